import { Command, Help, Option, InvalidArgumentError } from 'commander';
import type { CommandFlags } from '../commands/context.js';
import { UsageError } from '../core/errors.js';
import { examplesText, narrowFormatItem, wrapHelp } from './help-layout.js';
import { FORMATS, MIN_WIDTH, parseWidth } from './settings.js';
import { COMMANDS, OUTPUT_OPTIONS, topExamples } from './spec.js';

export interface ProgramHooks {
  version: string;
  helpWidth: number;
  write: (text: string) => void;
  /** Runs the named command once commander has parsed its arguments and flags. */
  run: (name: string, args: string[], flags: CommandFlags) => Promise<void>;
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
  // Commander's own error output is silenced: reportCommanderError writes one line instead.
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
    .addHelpText('before', `Examples:\n${examplesText(topExamples(), hooks.helpWidth)}\n`);
  for (const spec of COMMANDS) {
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
      await hooks.run(spec.name, args, cmd.optsWithGlobals<CommandFlags>());
    });
  }
  return program;
}
