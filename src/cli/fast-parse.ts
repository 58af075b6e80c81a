import type { CommandFlags } from '../commands/context.js';
import { isGlobalArg } from '../core/command-line.js';
import { EVERYWHERE_OPTIONS, longName, optionsOf, takesValue, type CommandSpec, type OptionSpec } from '../core/spec.js';

/** A command line as parsed: the command, its arguments and its flags. */
export interface Parsed {
  name: string;
  args: string[];
  flags: CommandFlags;
}

const camel = (name: string): string => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** What a long flag of a command means, looked up only for the flags given. */
function ruleFor(flag: string, options: readonly OptionSpec[]): { key: string; bare: boolean | undefined } | undefined {
  const option = options.find((o) => `--${longName(o)}` === flag);
  if (!option) return undefined;
  const name = longName(option);
  const negated = name.startsWith('no-');
  return { key: camel(negated ? name.slice(3) : name), bare: takesValue(option) ? undefined : !negated };
}

/** The defaults commander gives: `--no-pager` alone means `pager: true` until it is given. */
function negationDefaults(options: readonly OptionSpec[]): Record<string, boolean> {
  const names = options.map(longName);
  const defaults: Record<string, boolean> = {};
  for (const name of names) if (name.startsWith('no-') && !names.includes(name.slice(3))) defaults[camel(name.slice(3))] = true;
  return defaults;
}

/** How many arguments a command takes: `<kind>` one, `[section...]` any, `<words...>` one or more. */
export function arity(spec: Pick<CommandSpec, 'args'>): [number, number] {
  const parts = spec.args.split(' ').filter(Boolean);
  const min = parts.filter((p) => p.startsWith('<')).length;
  return [min, parts.some((p) => p.endsWith('...>') || p.endsWith('...]')) ? Infinity : parts.length];
}

/** A value commander would read as an option (it reads a lone `-` as a value). */
export const looksLikeOption = (arg: string): boolean => arg.length > 1 && arg.startsWith('-');

/**
 * Reads the common command lines (`list causes --json`, `read --format terminal`) without
 * loading commander, whose loading and set-up take most of a start. It accepts only the plain
 * forms: the command first (after any global options: `--lang es read`), long flags from its
 * spec, each with its value. For anything else (a
 * short flag, `--`, a typo, a missing value, too many arguments) it returns undefined and
 * commander parses as usual. A test holds every line it accepts to commander's reading of it.
 * Values are checked after parsing, the same way on both paths.
 */
export function fastParse(argv: readonly string[], specs: readonly CommandSpec[]): Parsed | undefined {
  // The command comes first, after any global options (`--lang es read`).
  const start = argv.findIndex((_, i) => !isGlobalArg(argv, i));
  const spec = specs.find((c) => c.name === argv[start]);
  if (!spec) return undefined;
  const options = optionsOf(spec);
  const args: string[] = [];
  const flags: Record<string, string | boolean> = negationDefaults(options);
  for (let i = 0; i < argv.length; i += 1) {
    if (i === start) continue;
    const arg = argv[i] ?? '';
    if (!looksLikeOption(arg)) {
      // Before its name, a line may give only the global options.
      if (i < start) return undefined;
      args.push(arg);
      continue;
    }
    const at = arg.indexOf('=');
    const rule = ruleFor(at > 2 ? arg.slice(0, at) : arg, i < start ? EVERYWHERE_OPTIONS : options);
    if (!rule) return undefined;
    if (rule.bare !== undefined) {
      if (at > 2) return undefined;
      flags[rule.key] = rule.bare;
      continue;
    }
    const value = at > 2 ? arg.slice(at + 1) : argv[(i += 1)];
    if (value === undefined || (at < 0 && looksLikeOption(value))) return undefined;
    flags[rule.key] = value;
  }
  const [min, max] = arity(spec);
  if (args.length < min || args.length > max) return undefined;
  return { name: spec.name, args, flags: flags as CommandFlags };
}
