import { CommanderError } from 'commander';
import { reportCommanderError } from './commander-errors.js';
import type { Io } from './io.js';
import { buildProgram, commandFirst, type ProgramHooks } from './program.js';

/**
 * Commander's reading of a command line: help, version, every form of flag, and the errors. The
 * CLI loads this file only for a line that fastParse leaves to it. Returns the exit code of help,
 * version or a usage error; undefined once the command has run.
 */
export async function parseWithCommander(argv: readonly string[], io: Io, hooks: Pick<ProgramHooks, 'version' | 'helpWidth' | 'run'>): Promise<number | undefined> {
  const program = buildProgram({ ...hooks, only: commandFirst(argv), write: (text) => io.stdout.write(text) });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return undefined;
  } catch (error) {
    if (error instanceof CommanderError) return reportCommanderError(error, argv, io);
    throw error;
  }
}
