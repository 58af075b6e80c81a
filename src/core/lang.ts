import { flagValue } from './command-line.js';

/** The languages the tool is written in; the first is the one used when none is chosen. */
export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

export const DEFAULT_LANG: Lang = LANGS[0];

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/**
 * The language of a locale or language tag: `es_MX.UTF-8`, `es-419` and `es` are all Spanish.
 * Undefined for one the tool does not have.
 */
export function langOf(tag: string): Lang | undefined {
  // [a-zA-Z], not [a-z] with the i flag: the same letters (outside Unicode mode no other letter
  // folds to an ASCII one), but a case-insensitive class makes V8 ask ICU for case folds when it
  // compiles the pattern, about 0.7 million instructions of every run.
  const code = /^([a-zA-Z]{2,3})(?:[_.@-]|$)/.exec(tag.trim())?.[1]?.toLowerCase() ?? '';
  return isLang(code) ? code : undefined;
}

/** The C locale (and POSIX, its other name) means "no language chosen": gettext then ignores LANGUAGE. */
function isCLocale(value: string): boolean {
  return /^(C|POSIX)([._@].*)?$/.test(value);
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The one place the language is decided: `--lang` (already checked), then BACKPAIN_LANG, then the
 * gettext order: LANGUAGE (a colon-separated list, the first language the tool has; ignored when
 * the locale is C or POSIX), LC_ALL, LC_MESSAGES, LANG. The first of those three that is set is
 * the locale; one the tool does not have means English, silently.
 */
export function decideLang(flag: Lang | undefined, env: Env): Lang {
  if (flag) return flag;
  const own = env.BACKPAIN_LANG ? langOf(env.BACKPAIN_LANG) : undefined;
  if (own) return own;
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '') ?? '';
  if (env.LANGUAGE && !isCLocale(locale)) {
    const listed = env.LANGUAGE.split(':').map(langOf).find((l) => l !== undefined);
    if (listed) return listed;
  }
  return langOf(locale) ?? DEFAULT_LANG;
}

/** The language of a command line: its `--lang` if the tool has that language, else as decideLang says. */
export function langOfLine(argv: readonly string[], env: Env): Lang {
  const flag = flagValue(argv, 'lang');
  return decideLang(flag !== undefined && isLang(flag) ? flag : undefined, env);
}

/**
 * The region of the locale, for the emergency number to lead with: `en_US.UTF-8` is `US`,
 * `es_MX` is `MX`; undefined when the locale names none (`es`, `C`). Read in the gettext order
 * of the locale variables (LANGUAGE names languages, not places). `UK` is written `GB`.
 */
export function regionOf(env: Env): string | undefined {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '') ?? '';
  const region = /^[a-zA-Z]{2,3}[_-]([a-zA-Z]{2})(?:[.@]|$)/.exec(locale.trim())?.[1]?.toUpperCase();
  return region === 'UK' ? 'GB' : region;
}
