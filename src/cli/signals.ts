/** The exit code for each signal the CLI ends on: 128 plus the signal's number, as shells report it. */
export const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

export type ExitSignal = keyof typeof SIGNAL_EXIT;

export const EXIT_SIGNALS = Object.keys(SIGNAL_EXIT) as ExitSignal[];
