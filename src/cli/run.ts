import guide, { version } from 'backpain:guide';
import type { CommandFlags, Context } from '../commands/context.js';
import { deliver, ioForFlags } from './deliver.js';
import { reportError } from './errors.js';
import { fastParse } from './fast-parse.js';
import type { Io, Outcome } from './io.js';
import { decideWidth, parseWidth } from './settings.js';
import type { CommandSpec } from './spec.js';

/** A command's handler: what it prints for its arguments, given the guide, the world and its flags. */
export type Handler = (ctx: Context, args: readonly string[]) => Outcome | Promise<Outcome>;

/** A command: its spec (name, arguments, flags) and its handler. */
export interface Command {
  spec: CommandSpec;
  handler: Handler;
}

/** The CLI for a set of commands: runs `argv` (without node and script) and returns the exit code. */
export type Run = (argv: readonly string[], io: Io) => Promise<number>;

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
export function helpWidth(argv: readonly string[], io: Io): number {
  return Math.min(100, decideWidth(widthFlag(argv), io.env, io.stdout));
}

/**
 * The runner for `commands`. A plain command line is read by fastParse; anything else loads
 * commander (see fast-parse.ts for why), whose program has every command but runs only these.
 * The CLI builds one runner per command, so that a command loads its own code and no other's
 * (see main.ts), and one with them all (core.ts).
 */
export function createRun(commands: readonly Command[]): Run {
  const specs = commands.map((c) => c.spec);
  return async (argv, io) => {
    let outcome: Outcome | undefined;
    let ran: string | undefined;
    const runCommand = async (name: string, args: string[], flags: CommandFlags): Promise<void> => {
      const handler = commands.find((c) => c.spec.name === name)?.handler;
      if (!handler) throw new Error(`no handler for command '${name}'`);
      ran = name;
      outcome = await handler({ guide, io: ioForFlags(io, flags), flags }, args);
      await deliver(outcome, flags, io);
    };
    try {
      const parsed = fastParse(argv, specs);
      if (parsed) {
        await runCommand(parsed.name, parsed.args, parsed.flags);
      } else {
        const { parseWithCommander } = await import('./commander-parse.js');
        const code = await parseWithCommander(argv, io, { version, helpWidth: helpWidth(argv, io), run: runCommand });
        if (code !== undefined) return code;
      }
    } catch (error) {
      return reportError(error, ran, io);
    }
    return outcome?.code ?? 0;
  };
}
