// How a terminating signal ends the process, in one place: 128 plus the signal's number, the
// cursor shown again. While the pager runs it holds the signals instead (see pager.ts).
import { EXIT_SIGNALS, SIGNAL_EXIT, type ExitSignal } from '../core/exit.js';

type Holder = (signal: ExitSignal) => void;

/** Who holds the signals while the pager runs; none at other times. */
let holder: Holder | undefined;

/** Until the returned function is called, a terminating signal goes to `hold` instead of ending the process. */
export function holdSignals(hold: Holder): () => void {
  holder = hold;
  return () => {
    if (holder === hold) holder = undefined;
  };
}

/** The exit code for a signal: 128 plus its number on this system (the table has Linux's). */
export async function signalExit(signal: ExitSignal): Promise<number> {
  const number = (await import('node:os')).constants.signals[signal];
  return typeof number === 'number' ? 128 + number : SIGNAL_EXIT[signal];
}

/**
 * Every terminating signal Node lets a program catch ends the process the same way: SIGINT and
 * SIGTERM, and SIGHUP (the terminal closed), SIGQUIT, SIGALRM and the rest. Catching SIGUSR1 also
 * keeps Node from opening its inspector on it. `before` restores the terminal.
 */
export function exitOnSignals(before: () => void): void {
  for (const signal of EXIT_SIGNALS) {
    process.on(signal, () => {
      if (holder) return holder(signal);
      before();
      void signalExit(signal).then((code) => process.exit(code));
    });
  }
}
