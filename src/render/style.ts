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

/** The style for a colour level, painted by chalk: the build's and the library's. */
export async function loadStyle(level: ColorLevel): Promise<Style> {
  if (level === 0) return PLAIN;
  return (await import('./chalk-style.js')).chalkStyle(level);
}

/**
 * The style the CLI paints with at run time: the same bytes as loadStyle's (chalk's), from fixed
 * ANSI codes, so that a command in colour does not load chalk.
 */
export async function runtimeStyle(level: ColorLevel): Promise<Style> {
  if (level === 0) return PLAIN;
  return (await import('./ansi-style.js')).ansiStyle(level);
}
