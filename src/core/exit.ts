// Every exit code the CLI ends with, in one place.

export const EXIT = {
  ok: 0,
  /** Nothing matched (`search`), or the output could not be written. */
  failure: 1,
  /** Bad usage: an unknown name, flag or value. */
  usage: 2,
} as const;

/**
 * The signals the CLI ends on and their exit codes on Linux: 128 plus the signal's number, as
 * shells report it (src/cli/signals.ts asks the system for the number). Ctrl-C is SIGINT (130).
 * Not here: SIGXFSZ, which Node ignores, so a file-size limit fails the write (EFBIG) instead;
 * SIGPROF, which V8's profiler samples with.
 */
export const SIGNAL_EXIT = {
  SIGHUP: 129,
  SIGINT: 130,
  SIGQUIT: 131,
  SIGUSR1: 138,
  SIGUSR2: 140,
  SIGALRM: 142,
  SIGTERM: 143,
  SIGXCPU: 152,
} as const;

export type ExitSignal = keyof typeof SIGNAL_EXIT;

export const EXIT_SIGNALS = Object.keys(SIGNAL_EXIT) as ExitSignal[];

/** A checklist cancelled at a prompt ends as Ctrl-C does. */
export const EXIT_CANCELLED = SIGNAL_EXIT.SIGINT;
