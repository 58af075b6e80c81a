/** The languages the tool is written in; the first is the one used when none is chosen. */
export const LANGS = ['en'] as const;
export type Lang = (typeof LANGS)[number];

export const DEFAULT_LANG: Lang = LANGS[0];

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}
