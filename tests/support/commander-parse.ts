import { COMMANDS } from '../../src/commands/table.js';
import { parseWithCommander } from '../../src/cli/commander-parse.js';
import type { Parsed } from '../../src/cli/fast-parse.js';

/** What commander made of a command line: the command it would run, or its error. */
export interface CommanderReading {
  parsed?: Parsed;
  error?: { name: string; key: unknown };
}

/** Parses `argv` with the real commander program. */
export async function commanderReading(argv: readonly string[]): Promise<CommanderReading> {
  try {
    return { parsed: await parseWithCommander(argv, COMMANDS) };
  } catch (error) {
    const { name, key } = error as Error & { key?: unknown };
    return { error: { name, key } };
  }
}
