import { Chalk } from 'chalk';
import type { ColorLevel, Style } from './style.js';

/**
 * The tool's looks painted by chalk, at the level the CLI decided (chalk never decides it). Only
 * the basic ANSI colours that read on light and on dark backgrounds (red, green, magenta), never
 * a background, and never bold alone for a warning: a warning is red and also carries its word.
 * Yellow and white vanish on a light terminal, blue on a dark one.
 */
export function chalkStyle(level: Exclude<ColorLevel, 0>): Style {
  const chalk = new Chalk({ level });
  return {
    level,
    title: (t) => chalk.bold.magenta(t),
    heading: (t) => chalk.bold.green(t),
    strong: (t) => chalk.bold(t),
    em: (t) => chalk.italic(t),
    dim: (t) => chalk.dim(t),
    id: (t) => chalk.magenta(t),
    warn: (t) => chalk.bold.red(t),
    match: (t) => chalk.bold.underline(t),
    code: (t) => chalk.magenta(t),
    link: (t) => chalk.underline(t),
    href: (t) => chalk.underline(t),
  };
}
