import { CommanderError } from 'commander';
import { UsageError } from '../core/errors.js';
import { visible } from '../core/visible.js';
import type { Io } from './io.js';
import { errorLine } from './message.js';
import { COMMANDS } from './spec.js';

export const EXIT_USAGE = 2;
export const EXIT_FAILURE = 1;

/** Commander's words, made one line, with anything the user typed made safe to show. */
function commanderMessage(error: CommanderError): string {
  return error.message
    .replace(/^error:\s*/, '')
    .replace(/\s*\(Did you mean ([^)]+)\?\)/, (_, name: string) => `. Did you mean '${name}'?`)
    .replace(/'([^']*)'/g, (_, inner: string) => `'${visible(inner)}'`)
    .replace(/\s*\n\s*/g, ' ');
}

/** Where to look for the right form: the help of the command the user was running, if any. */
function helpHint(argv: readonly string[]): string {
  const command = COMMANDS.find((c) => argv.includes(c.name));
  return `See 'backpain ${command ? `${command.name} ` : ''}--help'.`;
}

/** Turns any error into one line on stderr and an exit code; the stack only with BACKPAIN_DEBUG=1. */
export function reportError(error: unknown, argv: readonly string[], io: Io): number {
  if (error instanceof CommanderError) {
    if (error.exitCode === 0) return 0;
    io.stderr.write(errorLine(commanderMessage(error), helpHint(argv)));
    return EXIT_USAGE;
  }
  if (error instanceof UsageError) {
    io.stderr.write(errorLine(error.message, error.hint));
    return EXIT_USAGE;
  }
  const detail = error instanceof Error ? error.message : String(error);
  io.stderr.write(errorLine(`internal error: ${visible(detail)}. Please report it; BACKPAIN_DEBUG=1 shows the details.`));
  if (io.env.BACKPAIN_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return EXIT_FAILURE;
}
