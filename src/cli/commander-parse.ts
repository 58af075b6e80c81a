// commander's reading of a command line that fastParse leaves to it: short flags, `--`, typos,
// missing values. The CLI loads this file only for such a line (dist/lazy/commander.cjs).
// commander only parses here: help and version are answered before, and its errors become ours
// from their `code` and the command table, never from commander's wording.
import { Command, CommanderError, Option } from 'commander';
import type { CommandFlags } from '../commands/context.js';
import { UsageError, type Hint } from '../core/errors.js';
import { LIST_KINDS } from '../content/list-kinds.js';
import { EVERYWHERE_OPTIONS, SHELLS, isEverywhere, longName, optionsOf, takesValue, type CommandSpec, type OptionSpec } from '../core/spec.js';
import { suggestion } from '../core/suggest.js';
import { visible } from '../core/visible.js';
import { plainWords } from '../core/command-line.js';
import { arity, looksLikeOption, type Parsed } from './fast-parse.js';

/** Commander's own output is silenced: every error becomes one line of ours. */
const SILENT = { writeOut: () => undefined, writeErr: () => undefined, outputError: () => undefined };

/** The program for these commands: their arguments and options, nothing else. */
function program(specs: readonly CommandSpec[], seen: { parsed?: Parsed }): Command {
  const root = new Command('backpain').helpOption(false).configureOutput(SILENT).exitOverride().allowExcessArguments(false);
  for (const option of EVERYWHERE_OPTIONS) root.addOption(new Option(option.flags));
  for (const spec of specs) {
    const command = root.command(`${spec.name}${spec.args ? ` ${spec.args}` : ''}`).helpOption(false).configureOutput(SILENT).exitOverride().allowExcessArguments(false);
    for (const option of optionsOf(spec).filter((o) => !isEverywhere(o))) command.addOption(new Option(option.flags));
    command.action((...params: unknown[]) => {
      const cmd = params[params.length - 1] as Command;
      const args = params.slice(0, -2).flatMap((p) => (Array.isArray(p) ? p.map(String) : p === undefined ? [] : [String(p)]));
      seen.parsed = { name: spec.name, args, flags: cmd.optsWithGlobals<CommandFlags>() };
    });
  }
  return root;
}

/** The arguments before `--`: only they can be options. */
function optionPart(argv: readonly string[]): string[] {
  const end = argv.indexOf('--');
  return end < 0 ? [...argv] : argv.slice(0, end);
}

/** The command a line names: its first word that is a command. */
function commandOf(argv: readonly string[], specs: readonly CommandSpec[]): { spec: CommandSpec; at: number } | undefined {
  const part = optionPart(argv);
  const at = part.findIndex((arg) => specs.some((s) => s.name === arg));
  const spec = specs.find((s) => s.name === part[at]);
  return spec ? { spec, at } : undefined;
}

/** Whether `arg` (`--name`, `--name=value`, `-x` or `-xyz`) names one of `options`; a cluster is read by its first letter. */
function known(arg: string, options: readonly OptionSpec[]): boolean {
  if (arg.startsWith('--')) return options.some((o) => `--${longName(o)}` === arg.split('=')[0]);
  return options.some((o) => o.flags.startsWith(`-${arg[1] ?? ''},`));
}

function unknownOption(argv: readonly string[], specs: readonly CommandSpec[]): UsageError {
  const found = commandOf(argv, specs);
  const part = optionPart(argv);
  const globals = EVERYWHERE_OPTIONS;
  const bad = part.find((arg, i) => looksLikeOption(arg) && !known(arg, found && i > found.at ? optionsOf(found.spec) : globals)) ?? '';
  const name = bad.startsWith('--') ? bad.split('=')[0] ?? bad : bad.slice(0, 2);
  const candidates = (found ? optionsOf(found.spec) : globals).map((o) => `--${longName(o)}`);
  const early = found !== undefined && part.indexOf(bad) < found.at && optionsOf(found.spec).some((o) => known(bad, [o]));
  const hint: Hint = early ? { key: 'optionFirst', vars: { command: found.spec.name, option: visible(bad) } } : found ? { key: 'seeCommandHelp', vars: { command: found.spec.name } } : { key: 'seeHelp' };
  return new UsageError('unknownOption', { name: visible(name), ...(early ? {} : suggestion(name, candidates)) }, hint);
}

/** The option whose value is missing: one that takes a value with nothing (or another option) after it. */
function valueless(argv: readonly string[], spec: CommandSpec): OptionSpec | undefined {
  const part = optionPart(argv);
  const options = optionsOf(spec).filter(takesValue);
  for (let i = 0; i < part.length; i++) {
    const arg = part[i] ?? '';
    const option = options.find((o) => `--${longName(o)}` === arg || o.flags.startsWith(`${arg},`));
    const next = part[i + 1];
    if (option && (next === undefined || looksLikeOption(next))) return option;
  }
  return undefined;
}

/** The values a command's argument completes to, for the hint of a missing one. */
function completerValues(spec: CommandSpec): readonly string[] {
  if (spec.complete === 'lists') return LIST_KINDS;
  if (spec.complete === 'shells') return SHELLS;
  return [];
}

/** What a missing value of each option could be. */
const VALUE_HINTS: Readonly<Record<string, Hint['key']>> = { format: 'formats', width: 'widthValue', yes: 'yesValue', answers: 'answersValue', output: 'outputValue' };

function fromCommander(error: CommanderError, argv: readonly string[], specs: readonly CommandSpec[]): UsageError {
  const found = commandOf(argv, specs);
  const help: Hint = found ? { key: 'seeCommandHelp', vars: { command: found.spec.name } } : { key: 'seeHelp' };
  switch (error.code) {
    case 'commander.unknownCommand': {
      const name = plainWords(argv)[0] ?? '';
      const names = specs.map((s) => s.name);
      const close = suggestion(name, names);
      return new UsageError('unknownCommand', { name: visible(name), ...close }, close.suggestion ? { key: 'seeHelp' } : { key: 'commands', vars: { values: names.join(', ') } });
    }
    case 'commander.unknownOption':
      return unknownOption(argv, specs);
    case 'commander.missingArgument': {
      const name = found?.spec.args.split(' ')[0]?.replace(/[<>[\].]/g, '') ?? '';
      return new UsageError('missingArgument', { name }, found ? { key: 'missing', vars: { command: found.spec.name, values: completerValues(found.spec).join(', ') } } : help);
    }
    case 'commander.optionMissingArgument': {
      const option = found ? valueless(argv, found.spec) : undefined;
      const hint = option ? VALUE_HINTS[longName(option)] : undefined;
      const formats = found ? [...new Set([...found.spec.formats, ...(found.spec.modes ?? []).flatMap((m) => m.formats)])] : [];
      return new UsageError('optionNeedsValue', { name: option?.flags ?? '' }, hint ? { key: hint, vars: { values: formats.join(', ') } } : help);
    }
    case 'commander.excessArguments': {
      const [, max] = found ? arity(found.spec) : [0, 0];
      const given = found ? optionPart(argv).slice(found.at + 1).filter((a) => !looksLikeOption(a)).length : 0;
      return new UsageError('tooManyArguments', { command: found?.spec.name ?? '', count: max, given }, help);
    }
    default:
      return new UsageError('badCommandLine', {}, help);
  }
}

/** Parses `argv` with commander; a line it cannot read is a UsageError of ours. */
export async function parseWithCommander(argv: readonly string[], specs: readonly CommandSpec[]): Promise<Parsed> {
  const seen: { parsed?: Parsed } = {};
  try {
    await program(specs, seen).parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) throw fromCommander(error, argv, specs);
    throw error;
  }
  if (!seen.parsed) throw new UsageError('noCommand', {}, { key: 'tryRead' });
  return seen.parsed;
}
