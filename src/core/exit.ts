// Every exit code the CLI ends with, in one place.

export const EXIT = {
  ok: 0,
  /** Nothing matched (`search`), or the output could not be written. */
  failure: 1,
  /** Bad usage: an unknown name, flag or value. */
  usage: 2,
} as const;

/**
 * The signals the CLI ends on and their exit codes: 128 plus the signal's number, as shells
 * report it. Ctrl-C is SIGINT (130).
 */
export const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129, SIGQUIT: 131 } as const;

export type ExitSignal = keyof typeof SIGNAL_EXIT;

export const EXIT_SIGNALS = Object.keys(SIGNAL_EXIT) as ExitSignal[];

/** A checklist cancelled at a prompt ends as Ctrl-C does. */
export const EXIT_CANCELLED = SIGNAL_EXIT.SIGINT;
