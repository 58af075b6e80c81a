import { buildProgram } from '../../src/cli/program.js';

/** What commander made of a command line: help it wrote, the command it ran, or its error. */
export interface CommanderReading {
  written: string[];
  calls: { name: string; args: string[]; flags: unknown }[];
  error?: { name: string; code: unknown; message: string };
}

/** Parses `argv` with the real commander program, recording instead of running the command. */
export async function commanderReading(argv: readonly string[], only?: string): Promise<CommanderReading> {
  const seen: CommanderReading = { written: [], calls: [] };
  const program = buildProgram({
    version: '9.9.9',
    helpWidth: 80,
    only,
    write: (text) => seen.written.push(text),
    run: async (name, args, flags) => {
      seen.calls.push({ name, args, flags });
    },
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    const { name, message, code } = error as Error & { code?: unknown };
    seen.error = { name, code, message };
  }
  return seen;
}
