// The shapes every layer shares: output formats and the command specs that the CLI, its help,
// completion and man page are built from. Neutral: it imports nothing, so render/ and cli/ both
// may import it.

export const FORMATS = ['terminal', 'text', 'markdown', 'tsv', 'json', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/** What a command's first argument completes to in the shells. */
type Completer = 'sections' | 'lists' | 'shells' | 'commands' | 'none';

/** One option: its flags as commander reads them (`-o, --output <file>`). Its words are in the catalog, by its long name. */
export interface OptionSpec {
  flags: string;
}

/** A set of formats a command has while one of its flags is given (`check --questions`). */
interface FormatMode {
  /** The flag's key, as parsed (`questions`). */
  when: string;
  formats: readonly Format[];
  pipe: Format;
}

export interface CommandSpec {
  name: string;
  /** The arguments as commander reads them: `<kind>`, `[section...]`, `<words...>`. */
  args: string;
  /** The formats it can print, and the one it prints on a pipe or to a file; none for a command that prints no data. */
  formats: readonly Format[];
  pipe?: Format;
  modes?: readonly FormatMode[];
  /** Options beyond the output options every data command has. */
  options?: readonly OptionSpec[];
  /** The example command lines help leads with; their words are in the catalog, in the same order. */
  examples: readonly string[];
  complete: Completer;
}

/** The options every command that prints data has, in help order. */
export const OUTPUT_OPTIONS: readonly OptionSpec[] = [
  { flags: '--format <format>' },
  { flags: '--json' },
  { flags: '--width <columns>' },
  { flags: '-o, --output <file>' },
  { flags: '--force' },
];

/** The options every command takes, before or after its name (-V and -h are read before any parsing). */
export const GLOBAL_OPTIONS: readonly OptionSpec[] = [
  { flags: '-h, --help' },
  { flags: '-V, --version' },
  { flags: '--color' },
  { flags: '--no-color' },
  { flags: '--lang <code>' },
  { flags: '--accessible' },
];

/** The global options a parser reads on every command, before or after its name: those not answered before parsing. */
export const EVERYWHERE_OPTIONS: readonly OptionSpec[] = GLOBAL_OPTIONS.filter((o) => !o.flags.startsWith('-h') && !o.flags.startsWith('-V'));

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/** The long name of an option (`-o, --output <file>` gives `output`), by which the catalog holds its words. */
export function longName(option: OptionSpec): string {
  return /--([\w-]+)/.exec(option.flags)?.[1] ?? '';
}

/** Whether the option takes a value (`<file>`). */
export function takesValue(option: OptionSpec): boolean {
  return option.flags.endsWith('>');
}

/** The formats wrapped at a width: --width means something only for a command that has one. */
const WRAPPED: readonly Format[] = ['terminal', 'text'];

/** The output options a command has: --json only with a JSON format, --width only with a wrapped one. */
function outputOptionsOf(spec: CommandSpec): readonly OptionSpec[] {
  const formats = [...spec.formats, ...(spec.modes ?? []).flatMap((m) => m.formats)];
  if (formats.length === 0) return [];
  return OUTPUT_OPTIONS.filter((o) => (o.flags !== '--json' || formats.includes('json')) && (o.flags !== '--width <columns>' || formats.some((f) => WRAPPED.includes(f))));
}

/** Every option a command reads: the output options (for a command that prints data), its own, then the global ones. */
export function optionsOf(spec: CommandSpec): OptionSpec[] {
  return [...outputOptionsOf(spec), ...(spec.options ?? []), ...EVERYWHERE_OPTIONS];
}

/** Whether an option is one of the global ones every command reads. */
export function isEverywhere(option: OptionSpec): boolean {
  return EVERYWHERE_OPTIONS.includes(option);
}
