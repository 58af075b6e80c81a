import { UsageError } from '../core/errors.js';
import { visible } from '../core/visible.js';
import type { Io } from './io.js';
import { errorLine } from './message.js';

export const EXIT_USAGE = 2;
export const EXIT_FAILURE = 1;

/** Where to look for the right form: the help of the command the user was running, if any. */
export function helpFor(command: string | undefined): string {
  return `See 'backpain ${command ? `${command} ` : ''}--help'.`;
}

/**
 * Every usage error ends by naming a command that shows the valid choices. Only the hint is
 * looked at: the message may hold what the user typed.
 */
function withHelp(error: UsageError, command: string | undefined): string {
  return /\bbackpain [a-z-]/.test(error.hint) ? error.hint : `${error.hint ? `${error.hint} ` : ''}${helpFor(command)}`;
}

/**
 * Turns any error raised while `command` ran into one line on stderr and an exit code; the stack
 * only with BACKPAIN_DEBUG=1. Commander's own errors are reported where commander runs
 * (commander-errors.ts).
 */
export function reportError(error: unknown, command: string | undefined, io: Io): number {
  if (error instanceof UsageError) {
    io.stderr.write(errorLine(error.message, withHelp(error, command)));
    return EXIT_USAGE;
  }
  const detail = error instanceof Error ? error.message : String(error);
  io.stderr.write(errorLine(`internal error: ${visible(detail)}. Please report it; BACKPAIN_DEBUG=1 shows the details.`));
  if (io.env.BACKPAIN_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return EXIT_FAILURE;
}
