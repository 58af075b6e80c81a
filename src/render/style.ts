import { Chalk, type ChalkInstance } from 'chalk';

export type ColorLevel = 0 | 1 | 2 | 3;

type Paint = (text: string) => string;

/** The few looks the tool uses; with colour level 0 every one returns its text unchanged. */
export interface Style {
  level: ColorLevel;
  chalk: ChalkInstance;
  title: Paint;
  heading: Paint;
  strong: Paint;
  em: Paint;
  dim: Paint;
  id: Paint;
  warn: Paint;
  match: Paint;
}

export function makeStyle(level: ColorLevel): Style {
  const chalk = new Chalk({ level });
  return {
    level,
    chalk,
    title: (t) => chalk.bold.magenta(t),
    heading: (t) => chalk.bold.green(t),
    strong: (t) => chalk.bold(t),
    em: (t) => chalk.italic(t),
    dim: (t) => chalk.dim(t),
    id: (t) => chalk.cyan(t),
    warn: (t) => chalk.bold.red(t),
    match: (t) => chalk.bold.yellow(t),
  };
}
