import { Command, Help, Option, InvalidArgumentError } from 'commander';
import type { CommandFlags, Context } from '../commands/context.js';
import { UsageError } from '../core/errors.js';
import { narrowFormatItem, wrapHelp } from './help-layout.js';
import type { Outcome } from './io.js';
import { FORMATS, MIN_WIDTH, parseWidth } from './settings.js';
import { COMMANDS, OUTPUT_OPTIONS, TOP_EXAMPLES, type CommandSpec } from './spec.js';

type Handler = (ctx: Context, args: string[]) => Outcome | Promise<Outcome>;

export interface ProgramHooks {
  version: string;
  helpWidth: number;
  write: (text: string) => void;
  /** Runs a command once commander has parsed its arguments and flags. */
  run: (handler: Handler, args: string[], flags: CommandFlags) => Promise<void>;
  handlers: Readonly<Record<string, Handler>>;
  /** The command that will run, from `commandFirst`: the other commands get only their name and summary. */
  only?: string | undefined;
}

/**
 * The command `argv` starts with, if any. commander dispatches to it before any help is shown,
 * so nothing reads the other commands' options and help texts, and building those is most of
 * the time commander takes at start-up. Anything else (help, an option first, a typo) builds all.
 */
export function commandFirst(argv: readonly string[]): string | undefined {
  return COMMANDS.find((spec) => spec.name === argv[0])?.name;
}

/**
 * Examples as `$ command  # what`, aligned. Where a line would not fit `width`, each comment goes
 * on a line of its own above its command instead, so a long command is never wrapped mid-word.
 */
export function examplesText(examples: CommandSpec['examples'], width: number): string {
  const column = Math.max(...examples.map(([cmd]) => cmd.length));
  if (examples.every(([, what]) => `  $ ${''.padEnd(column)}  # ${what}`.length <= width)) {
    return examples.map(([cmd, what]) => `  $ ${cmd.padEnd(column)}  # ${what}`).join('\n');
  }
  return examples.map(([cmd, what]) => `  # ${what}\n  $ ${cmd}`).join('\n');
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
  // Help fits the width at any size from 20 columns; only example commands stay whole.
  const writeOut = (text: string): void => hooks.write(wrapHelp(text, hooks.helpWidth));
  const help = { helpWidth: hooks.helpWidth, minWidthToWrap: MIN_WIDTH, showGlobalOptions: true, formatItem: narrowFormatItem(Help.prototype.formatItem) };
  // Commander's own error output is silenced: reportError writes one line instead.
  const output = { writeOut, writeErr: () => undefined, outputError: () => undefined };
  const program = new Command('backpain')
    .description('Can back pain cause leg pain? A plain-language guide to back pain, leg pain and sciatica, offline.')
    .version(hooks.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--color', 'use colour even when not on a terminal')
    .option('--no-color', 'never use colour (NO_COLOR works too)')
    .configureHelp(help)
    .configureOutput(output)
    .exitOverride()
    .addHelpCommand('help [command]', 'show help for a command')
    .addHelpText('before', `Examples:\n${examplesText(TOP_EXAMPLES, hooks.helpWidth)}\n`);
  for (const spec of COMMANDS) {
    const handler = hooks.handlers[spec.name];
    if (!handler) throw new Error(`no handler for command '${spec.name}'`);
    const command = program
      .command(`${spec.name}${spec.args ? ` ${spec.args}` : ''}`)
      .summary(spec.summary)
      .description(spec.description);
    if (hooks.only !== undefined && spec.name !== hooks.only) continue;
    for (const { flags, description } of spec.output === false ? [] : OUTPUT_OPTIONS) {
      const option = new Option(flags, description);
      if (option.long === '--format') option.choices(spec.formats.filter((f) => FORMATS.includes(f)));
      if (option.long === '--width') option.argParser(widthOption);
      command.addOption(option);
    }
    for (const option of spec.options ?? []) command.option(option.flags, option.description);
    command
      .addHelpText('before', `Examples:\n${examplesText(spec.examples, hooks.helpWidth)}\n`)
      .exitOverride()
      .configureHelp(help)
      .configureOutput(output);
    command.action(async (...params: unknown[]) => {
      const cmd = params[params.length - 1] as Command;
      const args = params.slice(0, -2).flatMap((p) => (Array.isArray(p) ? p.map(String) : p === undefined ? [] : [String(p)]));
      await hooks.run(handler, args, cmd.optsWithGlobals<CommandFlags>());
    });
  }
  return program;
}
