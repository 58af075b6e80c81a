// What a command handler works with: the guide and the words of the language in use, the outside
// world behind one interface (so every command runs in-process in tests), its flags, and the
// output settings the CLI decided from the command's spec before calling it.
import type { Asker } from '../check/flow.js';
import { EXIT } from '../core/exit.js';
import type { Guide } from '../content/types.js';
import type { Lang } from '../core/lang.js';
import type { Format } from '../core/spec.js';
import type { Messages } from '../messages/en.js';
import type { Searchable } from '../core/search.js';
import type { TerminalBlocks } from '../render/terminal-read.js';
import type { HtmlFragments } from '../render/html-page.js';
import type { ColorLevel, Style } from '../render/style.js';

export type Env = Readonly<Record<string, string | undefined>>;

export interface StreamInfo {
  isTTY: boolean;
  columns?: number | undefined;
}

export interface Output extends StreamInfo {
  write(text: string): void;
  /** The terminal's height, when it is one. */
  rows?: number | undefined;
}

export interface Input {
  isTTY: boolean;
  /** Reads the whole stream, refusing more than `limit` bytes. */
  readAll(limit: number): Promise<string>;
}

/** What became of text sent to the pager: shown, or why not (then it is printed plainly). */
export type PagerResult = { shown: true } | { shown: false; why: 'notStarted' | 'notFound' | 'signal' | 'status'; detail?: string };

/** Everything a command may touch in the outside world, passed in so the core stays pure. */
export interface Io {
  stdout: Output;
  stderr: Output;
  stdin: Input;
  env: Env;
  /** Reads a file as text, refusing more than `limit` bytes. */
  readFile(path: string, limit: number): Promise<string>;
  /** Writes a new file; refuses to replace an existing one unless `overwrite`. */
  writeFile(path: string, text: string, overwrite: boolean): Promise<void>;
  /** Shows text through the pager command (`chosen`: the user's PAGER, not the default); says whether it was shown. */
  page(text: string, command: string, chosen: boolean): Promise<PagerResult>;
  /** The prompts, loaded only when `check` runs interactively, with the words of the language in use. */
  asker(messages: Messages, accessible: boolean): Promise<Asker>;
}

/** What a command produced: text for each stream and the exit code. */
export interface Outcome {
  stdout: string;
  stderr?: string;
  code: number;
  /** Long enough to deserve a pager when shown on a terminal (`read`). */
  pageable?: boolean;
}

export const ok = (stdout: string): Outcome => ({ stdout, code: EXIT.ok });

/** The flags a command line gave: output flags for every command, answer flags for `check`. */
export interface CommandFlags {
  color?: boolean;
  format?: string;
  json?: boolean;
  width?: string;
  output?: string;
  force?: boolean;
  /** False with --no-pager. */
  pager?: boolean;
  questions?: boolean;
  yes?: string;
  answers?: string;
  accessible?: boolean;
  lang?: string;
  card?: boolean;
  full?: boolean;
}

/** Format, colour and width, decided once for a command from its spec, its flags and the terminal. */
export interface OutputSettings {
  format: Format;
  color: ColorLevel;
  width: number;
  /**
   * For screen readers and braille displays: prompts one plain line at a time, warnings in words
   * with no symbol, no rules or other decoration, no lines broken by the tool, no pager unless
   * PAGER says so.
   */
  accessible: boolean;
}

export interface Context {
  guide: Guide;
  messages: Messages;
  /** Each block of a read as terminal text, rendered by the build, not yet wrapped. */
  terminal: TerminalBlocks;
  /** The printed pages' pieces, rendered by the build, read when first asked for. */
  html: () => HtmlFragments;
  /** Each section as search reads it, by id, prepared by the build, read when first asked for. */
  searchable: () => Readonly<Record<string, Searchable>>;
  lang: Lang;
  io: Io;
  flags: CommandFlags;
  out: OutputSettings;
  /** The look for `out.color`: plain, or chalk's bytes (as fixed codes) when there is colour. */
  style: Style;
}

/** A command's handler: what it prints for its arguments. */
export type Handler = (ctx: Context, args: readonly string[]) => Outcome | Promise<Outcome>;
