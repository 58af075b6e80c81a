import type { Io } from '../commands/context.js';
import { isFailureError, isUsageError, type Hint, type UsageError } from '../core/errors.js';
import { EXIT } from '../core/exit.js';
import { showControls } from '../core/visible.js';
import type { Messages } from '../messages/en.js';
import { fill, type Vars } from '../messages/fill.js';

import { errorLine } from '../core/error-line.js';

export { errorLine };

/** Values named by catalog key (`whereKey: 'standardInput'`) said in the language: `where: 'standard input'`. */
function said(vars: Vars, m: Messages): Vars {
  const out: Record<string, string | number> = { ...vars };
  for (const [name, value] of Object.entries(vars)) {
    if (name.endsWith('Key') && typeof value === 'string' && value in m.values) out[name.slice(0, -3)] = fill(m.values[value as keyof Messages['values']], vars);
  }
  return out;
}

function hintText(hint: Hint, m: Messages): string {
  const vars = said(hint.vars ?? {}, m);
  if (hint.key === 'missing') return fill(m.commands[vars.command as keyof Messages['commands']]?.missing ?? '', vars);
  return fill(m.hints[hint.key], vars);
}

/**
 * A usage error in words: what was wrong, the closest valid name, what would be right, and a
 * command that shows the valid choices (the command's help, unless the hint names one already).
 */
export function usageText(error: UsageError, m: Messages, command: string | undefined): string {
  const vars = said(error.vars, m);
  const wrong = fill(m.errors[error.key], vars);
  const close = typeof vars.suggestion === 'string' ? ` ${fill(m.errors.didYouMean, { name: vars.suggestion })}` : '';
  const right = error.hint ? hintText(error.hint, m) : '';
  const see = /\bbackpain [a-z-]/.test(right) ? '' : command ? fill(m.hints.seeCommandHelp, { command }) : m.hints.seeHelp;
  return [`${wrong}${close}`, right, see].filter(Boolean).join(' ');
}

/** The one sentence for an error the user cannot fix: it asks for a report. */
export function internalErrorLine(error: unknown, m: Messages): string {
  const detail = showControls(error instanceof Error ? error.message : String(error));
  return errorLine(fill(m.errors.internal, { detail }));
}

/** Only `1` or `true` turn the debug output on: a stray value must not spill stacks. */
export function debugOn(env: Io['env']): boolean {
  return env.BACKPAIN_DEBUG === '1' || env.BACKPAIN_DEBUG === 'true';
}

/**
 * Turns any error raised while `command` ran into one line on stderr and an exit code; the stack
 * only with BACKPAIN_DEBUG=1, its control characters shown escaped.
 */
export function reportError(error: unknown, command: string | undefined, io: Io, m: Messages): number {
  if (isUsageError(error)) {
    io.stderr.write(errorLine(usageText(error, m, command)));
    return EXIT.usage;
  }
  if (isFailureError(error)) {
    io.stderr.write(errorLine(fill(m.errors[error.key], said(error.vars, m))));
    return EXIT.failure;
  }
  io.stderr.write(internalErrorLine(error, m));
  if (debugOn(io.env) && error instanceof Error && error.stack) io.stderr.write(`${error.stack.split('\n').map(showControls).join('\n')}\n`);
  return EXIT.failure;
}
