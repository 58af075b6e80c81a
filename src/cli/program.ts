import { Command, Option, InvalidArgumentError } from 'commander';
import type { CommandFlags, Context } from '../commands/context.js';
import { UsageError } from '../core/errors.js';
import type { Outcome } from './io.js';
import { FORMATS, parseWidth } from './settings.js';
import { COMMANDS, OUTPUT_OPTIONS, type CommandSpec } from './spec.js';

type Handler = (ctx: Context, args: string[]) => Outcome | Promise<Outcome>;

export interface ProgramHooks {
  version: string;
  helpWidth: number;
  write: (text: string) => void;
  /** Runs a command once commander has parsed its arguments and flags. */
  run: (handler: Handler, args: string[], flags: CommandFlags) => Promise<void>;
  handlers: Readonly<Record<string, Handler>>;
}

function topExamples(): string {
  return examplesText({ examples: COMMANDS.flatMap((c) => c.examples.slice(0, 1)) });
}

export function examplesText(spec: Pick<CommandSpec, 'examples'>): string {
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
    .addHelpCommand('help [command]', 'show help for a command')
    .addHelpText('before', `Examples:\n${topExamples()}\n`);
  for (const spec of COMMANDS) {
    const handler = hooks.handlers[spec.name];
    if (!handler) throw new Error(`no handler for command '${spec.name}'`);
    const command = program
      .command(`${spec.name}${spec.args ? ` ${spec.args}` : ''}`)
      .summary(spec.summary)
      .description(spec.description);
    for (const { flags, description } of spec.output === false ? [] : OUTPUT_OPTIONS) {
      const option = new Option(flags, description);
      if (option.long === '--format') option.choices(spec.formats.filter((f) => FORMATS.includes(f)));
      if (option.long === '--width') option.argParser(widthOption);
      command.addOption(option);
    }
    for (const option of spec.options ?? []) command.option(option.flags, option.description);
    command
      .addHelpText('before', `Examples:\n${examplesText(spec)}\n`)
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
