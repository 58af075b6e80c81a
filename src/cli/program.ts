import { Command, Option, InvalidArgumentError } from 'commander';
import type { CommandFlags, Context } from '../commands/context.js';
import { UsageError } from '../core/errors.js';
import type { Outcome } from './io.js';
import { FORMATS, parseWidth } from './settings.js';
import { COMMANDS, type CommandSpec } from './spec.js';

type Handler = (ctx: Context, args: string[]) => Outcome | Promise<Outcome>;

export interface ProgramHooks {
  version: string;
  helpWidth: number;
  write: (text: string) => void;
  /** Runs a command once commander has parsed its arguments and flags. */
  run: (handler: Handler, args: string[], flags: CommandFlags) => Promise<void>;
  handlers: Readonly<Record<string, Handler>>;
}

export function examplesText(spec: CommandSpec): string {
  const width = Math.max(...spec.examples.map(([cmd]) => cmd.length));
  return spec.examples.map(([cmd, what]) => `  $ ${cmd.padEnd(width)}  # ${what}`).join('\n');
}

function widthOption(value: string): number {
  try {
    return parseWidth(value);
  } catch (error) {
    throw new InvalidArgumentError(error instanceof UsageError ? error.message : String(error));
  }
}

/** Builds the commander program from the command specs; commander only parses, handlers do the work. */
export function buildProgram(hooks: ProgramHooks): Command {
  const program = new Command('backpain')
    .description('Can back pain cause leg pain? A plain-language guide to back pain, leg pain and sciatica, offline.')
    .version(hooks.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--color', 'use colour even when not on a terminal')
    .option('--no-color', 'never use colour (NO_COLOR works too)')
    .configureHelp({ helpWidth: hooks.helpWidth, showGlobalOptions: true })
    .configureOutput({ writeOut: hooks.write, writeErr: () => undefined, outputError: () => undefined })
    .exitOverride()
    .addHelpCommand('help [command]', 'show help for a command');
  for (const spec of COMMANDS) {
    const handler = hooks.handlers[spec.name];
    if (!handler) throw new Error(`no handler for command '${spec.name}'`);
    const command = program
      .command(`${spec.name}${spec.args ? ` ${spec.args}` : ''}`)
      .summary(spec.summary)
      .description(spec.description)
      .addOption(new Option('--format <format>', 'output format').choices(spec.formats.filter((f) => FORMATS.includes(f))))
      .option('--json', 'same as --format json')
      .option('--width <columns>', 'wrap text at this many columns (20 to 300)', widthOption)
      .option('-o, --output <file>', 'write to this file instead of standard output (never overwrites without --force)')
      .option('--force', 'with --output: overwrite the file if it exists');
    for (const option of spec.options ?? []) command.option(option.flags, option.description);
    command
      .addHelpText('after', `\nExamples:\n${examplesText(spec)}\n`)
      .exitOverride()
      .configureOutput({ writeOut: hooks.write, writeErr: () => undefined, outputError: () => undefined });
    command.action(async (...params: unknown[]) => {
      const cmd = params[params.length - 1] as Command;
      const args = params.slice(0, -2).flatMap((p) => (Array.isArray(p) ? p.map(String) : p === undefined ? [] : [String(p)]));
      await hooks.run(handler, args, cmd.optsWithGlobals<CommandFlags>());
    });
  }
  return program;
}
