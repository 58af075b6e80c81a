export type ColorLevel = 0 | 1 | 2 | 3;

type Paint = (text: string) => string;

/** The looks the tool uses; with colour level 0 every one returns its text unchanged. */
export interface Style {
  level: ColorLevel;
  title: Paint;
  heading: Paint;
  strong: Paint;
  em: Paint;
  dim: Paint;
  id: Paint;
  warn: Paint;
  match: Paint;
  code: Paint;
  link: Paint;
  href: Paint;
}

const same: Paint = (text) => text;

export const PLAIN: Style = {
  level: 0,
  title: same,
  heading: same,
  strong: same,
  em: same,
  dim: same,
  id: same,
  warn: same,
  match: same,
  code: same,
  link: same,
  href: same,
};

/**
 * The style for a colour level. chalk is in a file of its own, loaded only when there is colour
 * to paint: pipes, the common case for scripts, never compile it.
 */
export async function loadStyle(level: ColorLevel): Promise<Style> {
  if (level === 0) return PLAIN;
  return (await import('./chalk-style.js')).chalkStyle(level);
}
