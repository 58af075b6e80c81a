import guide, { version } from 'backpain:guide';
import type { CommandFlags, Context } from '../commands/context.js';
import { deliver, ioForFlags } from './deliver.js';
import { reportError } from './errors.js';
import { fastParse } from './fast-parse.js';
import { examplesText, wrapHelp } from './help-layout.js';
import type { Io, Outcome } from './io.js';
import { decideWidth, parseWidth } from './settings.js';
import { TOP_EXAMPLES } from './spec.js';

export function shortHelp(width: number): string {
  const text = [
    `backpain ${version}: can back pain cause leg pain? A plain-language guide, offline.`,
    '',
    'Usage: backpain <command> [options]',
    '',
    'Examples:',
    examplesText(TOP_EXAMPLES, width),
    '',
    "Run 'backpain --help' for every command and option.",
    '',
  ].join('\n');
  return wrapHelp(text, width);
}

/** Help is printed before options are checked, so a valid `--width` is looked for here. */
function widthFlag(argv: readonly string[]): number | undefined {
  const at = argv.findIndex((arg) => arg === '--width' || arg.startsWith('--width='));
  const flag = argv[at];
  const value = flag?.startsWith('--width=') ? flag.slice('--width='.length) : argv[at + 1];
  try {
    return at < 0 || value === undefined ? undefined : parseWidth(value);
  } catch {
    return undefined;
  }
}

/** Help is never wider than 100 columns: longer lines are hard to read. */
function helpWidth(argv: readonly string[], io: Io): number {
  return Math.min(100, decideWidth(widthFlag(argv), io.env, io.stdout));
}

type Handler = (ctx: Context, args: string[]) => Promise<Outcome>;

// Each command's module loads (and runs its top-level code) only when that command runs.
const HANDLERS: Readonly<Record<string, Handler>> = {
  read: async (ctx, args) => (await import('../commands/read.js')).readCommand(ctx, args),
  sections: async (ctx) => (await import('../commands/sections.js')).sectionsCommand(ctx),
  list: async (ctx, [kind = '']) => (await import('../commands/list.js')).listCommand(ctx, kind),
  search: async (ctx, words) => (await import('../commands/search.js')).searchCommand(ctx, words),
  check: async (ctx) => (await import('../commands/check.js')).checkCommand(ctx),
  sources: async (ctx) => (await import('../commands/sources.js')).sourcesCommand(ctx),
  completion: async (ctx, [shell = '']) => (await import('../commands/completion.js')).completionCommand(ctx, shell),
};

/**
 * Runs the CLI for `argv` (without node and script) and returns the exit code. A plain command
 * line is read by fastParse; anything else loads commander (see fast-parse.ts for why).
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  if (argv.length === 0) {
    io.stdout.write(shortHelp(helpWidth(argv, io)));
    return 0;
  }
  let outcome: Outcome | undefined;
  const runCommand = async (name: string, args: string[], flags: CommandFlags): Promise<void> => {
    const handler = HANDLERS[name];
    if (!handler) throw new Error(`no handler for command '${name}'`);
    outcome = await handler({ guide, io: ioForFlags(io, flags), flags }, args);
    await deliver(outcome, flags, io);
  };
  try {
    const parsed = fastParse(argv);
    if (parsed) {
      await runCommand(parsed.name, parsed.args, parsed.flags);
    } else {
      const { parseWithCommander } = await import('./commander-parse.js');
      const code = await parseWithCommander(argv, io, { version, helpWidth: helpWidth(argv, io), run: runCommand });
      if (code !== undefined) return code;
    }
  } catch (error) {
    return reportError(error, argv, io);
  }
  return outcome?.code ?? 0;
}
