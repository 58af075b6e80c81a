import { Chalk } from 'chalk';
import type { ColorLevel, Style } from './style.js';

/** The tool's looks painted by chalk, at the level the CLI decided (chalk never decides it). */
export function chalkStyle(level: Exclude<ColorLevel, 0>): Style {
  const chalk = new Chalk({ level });
  return {
    level,
    title: (t) => chalk.bold.magenta(t),
    heading: (t) => chalk.bold.green(t),
    strong: (t) => chalk.bold(t),
    em: (t) => chalk.italic(t),
    dim: (t) => chalk.dim(t),
    id: (t) => chalk.cyan(t),
    warn: (t) => chalk.bold.red(t),
    match: (t) => chalk.bold.yellow(t),
    code: (t) => chalk.yellow(t),
    link: (t) => chalk.blue(t),
    href: (t) => chalk.blue.underline(t),
  };
}
