import type { Help } from 'commander';
import { wrapLine } from '../render/wrap.js';
import type { CommandSpec } from './spec.js';

const INDENT = '  ';
const UNDER = '      ';

/** An example command: kept whole at any width, because it is meant to be copied. */
const EXAMPLE_COMMAND = /^\s*\$ backpain\b/;
/** An example's comment line (`  # what it does`): continued as a comment. */
const COMMENT = /^(\s*# )(.*)$/;

function wrapHelpLine(line: string, width: number): string[] {
  if (EXAMPLE_COMMAND.test(line)) return [line];
  const comment = COMMENT.exec(line);
  if (!comment) return wrapLine(line, width);
  const [, mark = '', words = ''] = comment;
  return wrapLine(words, Math.max(1, width - mark.length)).map((piece) => `${mark}${piece}`);
}

/**
 * Help text wrapped to `width`: commander leaves the usage line, and anything below its own
 * minimum width, unwrapped. Example commands stay whole.
 */
export function wrapHelp(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => wrapHelpLine(line, width))
    .join('\n');
}

/**
 * Commander's option and command lists are two columns; on a narrow screen the second column
 * would be a few letters wide. Below this many columns for the words, each entry's words go
 * under it instead.
 */
const MIN_WORDS_COLUMN = 30;

export function narrowFormatItem(defaultFormat: Help['formatItem']): Help['formatItem'] {
  return function formatItem(this: Help, term, termWidth, description, helper) {
    const width = helper.helpWidth ?? 80;
    if (!description || width - termWidth - 4 >= MIN_WORDS_COLUMN) return defaultFormat.call(this, term, termWidth, description, helper);
    const words = wrapLine(description, Math.max(1, width - UNDER.length)).map((piece) => `${UNDER}${piece}`);
    return [`${INDENT}${term}`, ...words].join('\n');
  };
}

/**
 * Examples as `$ command  # what`, aligned. Where a line would not fit `width`, each comment goes
 * on a line of its own above its command instead, so a long command is never wrapped mid-word.
 */
export function examplesText(examples: CommandSpec['examples'], width: number): string {
  const column = Math.max(...examples.map(([cmd]) => cmd.length));
  if (examples.every(([, what]) => `  $ ${''.padEnd(column)}  # ${what}`.length <= width)) {
    return examples.map(([cmd, what]) => `  $ ${cmd.padEnd(column)}  # ${what}`).join('\n');
  }
  return examples.map(([cmd, what]) => `  # ${what}\n  $ ${cmd}`).join('\n');
}
