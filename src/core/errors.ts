import type { Messages } from '../messages/en.js';
import type { Vars } from '../messages/fill.js';

type ErrorKey = keyof Messages['errors'];
type HintKey = keyof Messages['hints'];

/** What would be right, or where to see the valid choices: a catalog hint and its values. */
export interface Hint {
  key: HintKey;
  vars?: Vars;
}

/**
 * Input the user can fix: a bad name, flag or value. The CLI exits 2. It carries a catalog key
 * and values, not words, so the core holds no prose and the message is said in the user's
 * language where it is printed. `suggestion` among the values is the closest valid name.
 */
export class UsageError extends Error {
  constructor(
    readonly key: ErrorKey,
    readonly vars: Vars = {},
    readonly hint?: Hint,
  ) {
    super(key);
    this.name = 'UsageError';
  }
}

/**
 * Brand check, not instanceof: each CommonJS bundle of the CLI has its own copy of this class,
 * so an error thrown in one file fails `instanceof` in another.
 */
export function isUsageError(error: unknown): error is UsageError {
  return error instanceof Error && error.name === 'UsageError' && 'key' in error;
}

/**
 * Something outside the user's command line went wrong and they can act on it: a file could not
 * be written (the disk is full, the folder is read-only). The CLI exits 1 with one line, never
 * "internal error". Like a usage error it carries a catalog key and values, not words.
 */
export class FailureError extends Error {
  constructor(
    readonly key: ErrorKey,
    readonly vars: Vars = {},
  ) {
    super(key);
    this.name = 'FailureError';
  }
}

/** Brand check, as for usage errors. */
export function isFailureError(error: unknown): error is FailureError {
  return error instanceof Error && error.name === 'FailureError' && 'key' in error;
}
