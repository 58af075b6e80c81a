import { UsageError } from '../core/errors.js';
import { visible } from '../core/visible.js';
import type { ColorLevel } from '../render/style.js';

export const FORMATS = ['terminal', 'text', 'markdown', 'json', 'tsv', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export type Env = Readonly<Record<string, string | undefined>>;

export interface StreamInfo {
  isTTY: boolean;
  columns?: number | undefined;
}

export interface OutputFlags {
  color?: boolean | undefined;
  format?: string | undefined;
  json?: boolean | undefined;
  width?: number | undefined;
  output?: string | undefined;
}

export interface OutputSettings {
  format: Format;
  color: ColorLevel;
  width: number;
}

export const MIN_WIDTH = 20;
export const MAX_WIDTH = 300;
const PIPE_WIDTH = 80;

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
 * then whether the stream is a terminal (and not TERM=dumb).
 */
export function decideColor(flag: boolean | undefined, env: Env, stream: StreamInfo): { level: ColorLevel; forced: boolean } {
  if (flag === false) return { level: 0, forced: false };
  if (flag === true) return { level: stream.isTTY ? terminalLevel(env) : 1, forced: true };
  if (env.NO_COLOR) return { level: 0, forced: false };
  if (env.FORCE_COLOR !== undefined) {
    const level = forcedLevel(env.FORCE_COLOR);
    return { level, forced: level > 0 };
  }
  if (!stream.isTTY || env.TERM === 'dumb') return { level: 0, forced: false };
  return { level: terminalLevel(env), forced: false };
}

export function parseWidth(value: string): number {
  const width = Number(value);
  if (!/^\d+$/.test(value.trim()) || width < MIN_WIDTH || width > MAX_WIDTH) {
    throw new UsageError(`--width must be a whole number from ${MIN_WIDTH} to ${MAX_WIDTH}.`, 'For example: --width 60');
  }
  return width;
}

/** --width, then COLUMNS, then the terminal's own width, then 80. Out-of-range values are clamped. */
export function decideWidth(flag: number | undefined, env: Env, stream: StreamInfo): number {
  if (flag !== undefined) return flag;
  const fromEnv = Number(env.COLUMNS);
  const raw = Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : stream.isTTY && stream.columns ? stream.columns : PIPE_WIDTH;
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, raw));
}

const EXTENSIONS: Readonly<Record<string, Format>> = { html: 'html', htm: 'html', json: 'json', md: 'markdown', markdown: 'markdown', txt: 'text', tsv: 'tsv' };

/** `--output handout.html` implies `--format html`, where the command has that format. */
function formatForFile(file: string | undefined, allowed: readonly Format[]): Format | undefined {
  const format = EXTENSIONS[/\.([a-z]+)$/i.exec(file ?? '')?.[1]?.toLowerCase() ?? ''];
  return format && allowed.includes(format) ? format : undefined;
}

/**
 * Decides format, colour and width once for a command. Without --format, a terminal (or forced
 * colour) gets the rendered view and a pipe gets `pipeFormat`.
 */
export function decideOutput(flags: OutputFlags, env: Env, stream: StreamInfo, pipeFormat: Format, allowed: readonly Format[]): OutputSettings {
  const color = decideColor(flags.color, env, stream);
  let format: Format;
  if (flags.json) format = 'json';
  else if (flags.format !== undefined) format = flags.format as Format;
  else format = formatForFile(flags.output, allowed) ?? (stream.isTTY || color.forced ? 'terminal' : pipeFormat);
  if (!allowed.includes(format)) {
    throw new UsageError(`this command has no '${visible(format)}' format.`, `Use --format with one of: ${allowed.join(', ')}.`);
  }
  return { format, color: format === 'terminal' ? color.level : 0, width: decideWidth(flags.width, env, stream) };
}
