import type { CommandFlags } from '../commands/context.js';
import { UsageError } from '../core/errors.js';
import { FORMATS, parseWidth } from './settings.js';
import { COMMANDS, GLOBAL_OPTIONS, OUTPUT_OPTIONS, type CommandSpec } from './spec.js';

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

type Rules = ReadonlyMap<string, FlagRule>;

const camel = (name: string): string => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** The long flags of one spec line (`-o, --output <file>` gives `--output`); short ones are left to commander. */
function rule(flags: string, spec: CommandSpec): [string, FlagRule] | undefined {
  const match = /--([a-z][\w-]*)(?: <\w+>)?$/.exec(flags);
  if (!match?.[1]) return undefined;
  const name = match[1];
  const takesValue = flags.endsWith('>');
  const negated = name.startsWith('no-');
  const key = camel(negated ? name.slice(3) : name);
  let check: FlagRule['check'] = (value) => value;
  if (name === 'format') {
    const allowed = spec.formats.filter((f) => FORMATS.includes(f)) as readonly string[];
    check = (value) => (allowed.includes(value) ? value : undefined);
  } else if (name === 'width') {
    check = (value) => {
      try {
        return parseWidth(value);
      } catch (error) {
        if (error instanceof UsageError) return undefined;
        throw error;
      }
    };
  }
  return [`--${name}`, { key, bare: takesValue ? undefined : !negated, check }];
}

/** A command's long flags, from the same specs commander is built from; --help and --version are commander's. */
function rulesFor(spec: CommandSpec): Rules {
  const lines = [...(spec.output === false ? [] : OUTPUT_OPTIONS), ...(spec.options ?? []), ...GLOBAL_OPTIONS.filter((o) => /--(no-)?color$/.test(o.flags))];
  return new Map(lines.map((line) => rule(line.flags, spec)).filter((r) => r !== undefined));
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
 * it accepts to commander's reading of the same line.
 */
export function fastParse(argv: readonly string[]): FastParse | undefined {
  const spec = COMMANDS.find((c) => c.name === argv[0]);
  if (!spec) return undefined;
  const rules = rulesFor(spec);
  const args: string[] = [];
  const flags: Record<string, string | number | boolean> = {};
  for (const [flag, r] of rules) if (flag.startsWith('--no-') && !rules.has(`--${flag.slice(5)}`)) flags[r.key] = true;
  for (let i = 1; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (!looksLikeOption(arg)) {
      args.push(arg);
      continue;
    }
    const at = arg.indexOf('=');
    const r = rules.get(at > 2 ? arg.slice(0, at) : arg);
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
