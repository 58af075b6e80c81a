import type { Asker } from '../check/flow.js';
import type { Env, StreamInfo } from './settings.js';

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
  /** Shows text through the pager command; false when the pager could not be started. */
  page(text: string, command: string): Promise<boolean>;
  /** The prompts, loaded only when `check` runs interactively. */
  asker(): Promise<Asker>;
}

/** What a command produced: text for each stream and the exit code. */
export interface Outcome {
  stdout: string;
  stderr?: string;
  code: number;
  /** Long enough to deserve a pager when shown on a terminal (`read`). */
  pageable?: boolean;
}

export const ok = (stdout: string): Outcome => ({ stdout, code: 0 });
