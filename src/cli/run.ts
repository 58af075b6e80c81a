import guide, { version } from 'backpain:guide';
import { checkCommand } from '../commands/check.js';
import { completionCommand } from '../commands/completion.js';
import { listCommand } from '../commands/list.js';
import { readCommand } from '../commands/read.js';
import { searchCommand } from '../commands/search.js';
import { sectionsCommand } from '../commands/sections.js';
import { sourcesCommand } from '../commands/sources.js';
import { deliver, ioForFlags } from './deliver.js';
import { reportError } from './errors.js';
import type { Io, Outcome } from './io.js';
import { buildProgram } from './program.js';
import { decideWidth } from './settings.js';
import { COMMANDS } from './spec.js';

export function shortHelp(): string {
  const examples = COMMANDS.flatMap((c) => c.examples.slice(0, 1));
  const width = Math.max(...examples.map(([cmd]) => cmd.length));
  return [
    `backpain ${version}: can back pain cause leg pain? A plain-language guide, offline.`,
    '',
    'Usage: backpain <command> [options]',
    '',
    'Examples:',
    ...examples.map(([cmd, what]) => `  ${cmd.padEnd(width)}  ${what}`),
    '',
    "Run 'backpain --help' for every command and option.",
    '',
  ].join('\n');
}

/** Runs the CLI for `argv` (without node and script) and returns the exit code. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  if (argv.length === 0) {
    io.stdout.write(shortHelp());
    return 0;
  }
  let outcome: Outcome | undefined;
  try {
    const program = buildProgram({
      version,
      helpWidth: Math.min(100, decideWidth(undefined, io.env, io.stdout)),
      write: (text) => io.stdout.write(text),
      run: async (handler, args, flags) => {
        outcome = await handler({ guide, io: ioForFlags(io, flags), flags }, args);
        await deliver(outcome, flags, io);
      },
      handlers: {
        read: (ctx, args) => readCommand(ctx, args),
        sections: (ctx) => sectionsCommand(ctx),
        list: (ctx, [kind = '']) => listCommand(ctx, kind),
        search: (ctx, words) => searchCommand(ctx, words),
        check: (ctx) => checkCommand(ctx),
        sources: (ctx) => sourcesCommand(ctx),
        completion: (ctx, [shell = '']) => completionCommand(ctx, shell),
      },
    });
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    return reportError(error, argv, io);
  }
  return outcome?.code ?? 0;
}
