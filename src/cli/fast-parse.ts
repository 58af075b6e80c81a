import type { CommandFlags } from '../commands/context.js';
import { UsageError } from '../core/errors.js';
import { FORMATS, parseWidth } from './settings.js';
import { COLOR_OPTIONS, OUTPUT_OPTIONS, type CommandSpec } from './spec.js';

/** A command line read without commander: the command, its arguments and its flags. */
export interface FastParse {
  name: string;
  args: string[];
  flags: CommandFlags;
}

interface FlagRule {
  key: string;
  /** The value a bare flag sets; undefined for a flag that takes a value. */
  bare: boolean | undefined;
  check: (value: string) => string | number | undefined;
}

type OptionLine = { flags: string };

const camel = (name: string): string => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** The option lines of a command, from the same specs commander is built from; --help and --version are commander's. */
function optionLines(spec: CommandSpec): OptionLine[] {
  return [...(spec.output === false ? [] : OUTPUT_OPTIONS), ...(spec.options ?? []), ...COLOR_OPTIONS];
}

/** The long flag of a spec line (`-o, --output <file>` gives `--output`); short ones are left to commander. */
const longFlag = (line: OptionLine): string => line.flags.slice(line.flags.indexOf('--')).split(' ')[0] ?? '';

function valueCheck(name: string, spec: CommandSpec): FlagRule['check'] {
  if (name === 'format') {
    const allowed = spec.formats.filter((f) => FORMATS.includes(f)) as readonly string[];
    return (value) => (allowed.includes(value) ? value : undefined);
  }
  if (name === 'width') {
    return (value) => {
      try {
        return parseWidth(value);
      } catch (error) {
        if (error instanceof UsageError) return undefined;
        throw error;
      }
    };
  }
  return (value) => value;
}

/**
 * What a long flag of `spec` means, looked up only for the flags given: building the rules of
 * every flag would be most of the work on a short line.
 */
function ruleFor(flag: string, lines: readonly OptionLine[], spec: CommandSpec): FlagRule | undefined {
  const line = lines.find((l) => longFlag(l) === flag);
  if (!line) return undefined;
  const name = flag.slice(2);
  const negated = name.startsWith('no-');
  const takesValue = line.flags.endsWith('>');
  return { key: camel(negated ? name.slice(3) : name), bare: takesValue ? undefined : !negated, check: valueCheck(name, spec) };
}

/** The defaults commander gives: `--no-pager` alone means `pager: true` until it is given. */
function negationDefaults(lines: readonly OptionLine[]): Record<string, boolean> {
  const flags = lines.map(longFlag);
  const defaults: Record<string, boolean> = {};
  for (const flag of flags) if (flag.startsWith('--no-') && !flags.includes(`--${flag.slice(5)}`)) defaults[camel(flag.slice(5))] = true;
  return defaults;
}

/** How many arguments a command takes: `<kind>` one, `[section...]` any, `<words...>` one or more. */
function arity(spec: CommandSpec): [number, number] {
  const parts = spec.args.split(' ').filter(Boolean);
  const min = parts.filter((p) => p.startsWith('<')).length;
  return [min, parts.some((p) => p.endsWith('...>') || p.endsWith('...]')) ? Infinity : parts.length];
}

/** A value commander would read as an option (it reads a lone `-` as a value). */
const looksLikeOption = (arg: string): boolean => arg.length > 1 && arg.startsWith('-');

/**
 * Reads the common command lines (`list causes --json`, `read --format terminal`) without
 * loading commander, whose loading and set-up take most of a start. It accepts only the plain
 * forms: the command first, long flags from the specs, values that are valid. For anything
 * else (help, a short flag, `--`, a typo, a bad value, too many arguments) it returns undefined
 * and commander parses as usual, so errors and help are commander's. A test holds every line
 * it accepts to commander's reading of the same line. `specs` are the commands it may read.
 */
export function fastParse(argv: readonly string[], specs: readonly CommandSpec[]): FastParse | undefined {
  const spec = specs.find((c) => c.name === argv[0]);
  if (!spec) return undefined;
  const lines = optionLines(spec);
  const args: string[] = [];
  const flags: Record<string, string | number | boolean> = negationDefaults(lines);
  for (let i = 1; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (!looksLikeOption(arg)) {
      args.push(arg);
      continue;
    }
    const at = arg.indexOf('=');
    const r = ruleFor(at > 2 ? arg.slice(0, at) : arg, lines, spec);
    if (!r) return undefined;
    if (r.bare !== undefined) {
      if (at > 2) return undefined;
      flags[r.key] = r.bare;
      continue;
    }
    const raw = at > 2 ? arg.slice(at + 1) : argv[(i += 1)];
    if (raw === undefined || (at < 0 && looksLikeOption(raw))) return undefined;
    const value = r.check(raw);
    if (value === undefined) return undefined;
    flags[r.key] = value;
  }
  const [min, max] = arity(spec);
  if (args.length < min || args.length > max) return undefined;
  return { name: spec.name, args, flags: flags as CommandFlags };
}
