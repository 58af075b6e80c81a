import type { CommandFlags, Env, OutputSettings, StreamInfo } from '../commands/context.js';
import { UsageError } from '../core/errors.js';
import { FORMATS, type CommandSpec, type Format } from '../core/spec.js';
import { visible } from '../core/visible.js';
import type { ColorLevel } from '../render/style.js';

const MIN_WIDTH = 20;
const MAX_WIDTH = 300;
const PIPE_WIDTH = 80;
/** Prose is hard to read in longer lines: a wide terminal gets this many columns unless --width asks for more. */
export const READABLE_WIDTH = 100;

function forcedLevel(value: string): ColorLevel {
  if (value === '0' || value === 'false') return 0;
  if (value === '2') return 2;
  if (value === '3') return 3;
  return 1;
}

function terminalLevel(env: Env): ColorLevel {
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  if (/256/.test(env.TERM ?? '')) return 2;
  return 1;
}

/**
 * The one place colour is decided: `--color`/`--no-color`, then NO_COLOR, then FORCE_COLOR,
 * then whether the stream is a terminal (and not TERM=dumb). Colour only ever paints the
 * terminal format: it never changes which format a pipe gets.
 */
function decideColor(flag: boolean | undefined, env: Env, stream: StreamInfo): ColorLevel {
  if (flag === false) return 0;
  if (flag === true) return stream.isTTY ? terminalLevel(env) : 1;
  if (env.NO_COLOR) return 0;
  if (env.FORCE_COLOR !== undefined) return forcedLevel(env.FORCE_COLOR);
  if (!stream.isTTY || env.TERM === 'dumb') return 0;
  return terminalLevel(env);
}

export function parseWidth(value: string): number {
  const width = Number(value);
  if (!/^\d+$/.test(value.trim()) || width < MIN_WIDTH || width > MAX_WIDTH) {
    throw new UsageError('badWidth', { min: MIN_WIDTH, max: MAX_WIDTH }, { key: 'widthExample' });
  }
  return width;
}

/** --width, then COLUMNS, then the terminal's own width (at most READABLE_WIDTH of either), then 80. */
export function decideWidth(flag: number | undefined, env: Env, stream: StreamInfo): number {
  if (flag !== undefined) return flag;
  const fromEnv = Number(env.COLUMNS);
  const raw = Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : stream.isTTY && stream.columns ? stream.columns : PIPE_WIDTH;
  return Math.min(READABLE_WIDTH, Math.max(MIN_WIDTH, raw));
}

const EXTENSIONS: Readonly<Record<string, Format>> = { html: 'html', htm: 'html', json: 'json', md: 'markdown', markdown: 'markdown', txt: 'text', tsv: 'tsv' };

/** The file's extension, lower case, or '' for none. */
function extensionOf(file: string): string {
  return /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';
}

/**
 * `--output handout.html` implies `--format html`. A name with no extension gets the pipe
 * format; an extension the command cannot write is a usage error naming what it can.
 */
function formatForFile(file: string, allowed: readonly Format[], pipe: Format): Format {
  const extension = extensionOf(file);
  if (extension === '') return pipe;
  const format = EXTENSIONS[extension];
  if (format && allowed.includes(format)) return format;
  const can = Object.entries(EXTENSIONS).filter(([, f]) => allowed.includes(f)).map(([e]) => `.${e}`);
  throw new UsageError('outputExtension', { extension: visible(extension), file: visible(file) }, { key: 'outputFormats', vars: { values: can.join(', ') } });
}

/** The formats a command has with these flags, and the one it prints on a pipe. */
function formatsFor(spec: CommandSpec, flags: CommandFlags): { formats: readonly Format[]; pipe: Format } {
  const mode = spec.modes?.find((m) => flags[m.when as keyof CommandFlags] !== undefined && flags[m.when as keyof CommandFlags] !== false);
  return mode ?? { formats: spec.formats, pipe: spec.pipe ?? 'text' };
}

/** Lines are not broken in the accessible mode: a braille display or screen reader breaks them itself, and a sentence cut in two reads as two. */
const UNWRAPPED_WIDTH = 10_000;

/**
 * The accessible mode: `--accessible`, or ACCESSIBLE or BACKPAIN_ACCESSIBLE set (as charmbracelet/huh
 * and others read ACCESSIBLE); `0`, `false` or empty leave it off.
 */
function decideAccessible(flag: boolean | undefined, env: Env): boolean {
  if (flag) return true;
  const on = (value: string | undefined): boolean => value !== undefined && !['', '0', 'false'].includes(value.trim().toLowerCase());
  return on(env.BACKPAIN_ACCESSIBLE) || on(env.ACCESSIBLE);
}

/** `-o -` is standard output, as for most tools. */
export function outputFile(flags: CommandFlags): string | undefined {
  return flags.output === '-' ? undefined : flags.output;
}

/**
 * Decides format, colour and width once for a command, from its spec. Without --format, a
 * terminal gets the rendered view; a pipe or a file gets the command's pipe format, whatever the
 * colour settings say.
 */
export function decideOutput(spec: CommandSpec, flags: CommandFlags, env: Env, stream: StreamInfo): OutputSettings {
  const { formats, pipe } = formatsFor(spec, flags);
  const accessible = decideAccessible(flags.accessible, env);
  const asked = flags.width === undefined ? undefined : parseWidth(flags.width);
  const width = accessible && asked === undefined ? UNWRAPPED_WIDTH : decideWidth(asked, env, stream);
  if (formats.length === 0) return { format: 'text', color: 0, width, accessible };
  const named = flags.format;
  if (named !== undefined && !(FORMATS as readonly string[]).includes(named)) throw noFormat(named, formats);
  if (flags.json && named !== undefined && named !== 'json') throw new UsageError('jsonAndFormat', { format: visible(named) }, { key: 'useFormat', vars: { values: formats.join(', ') } });
  const file = outputFile(flags);
  const format: Format = flags.json ? 'json' : ((named as Format | undefined) ?? (file !== undefined ? formatForFile(file, formats, pipe) : stream.isTTY ? 'terminal' : pipe));
  if (!formats.includes(format)) throw noFormat(format, formats);
  const color = file === undefined && format === 'terminal' ? decideColor(flags.color, env, stream) : 0;
  return { format, color, width, accessible };
}

function noFormat(format: string, allowed: readonly Format[]): UsageError {
  return new UsageError('noFormat', { format: visible(format) }, { key: 'useFormat', vars: { values: allowed.join(', ') } });
}
