import type { Guide } from '../content/types.js';
import type { Io } from '../cli/io.js';
import type { OutputFlags } from '../cli/settings.js';

/** What every command handler receives: the guide, the outside world, and its output flags. */
export interface Context {
  guide: Guide;
  io: Io;
  flags: CommandFlags;
}

/** The flags commander parsed: output flags for every command, answer flags for `check`. */
export interface CommandFlags extends OutputFlags {
  questions?: boolean;
  yes?: string;
  answers?: string;
  output?: string;
  force?: boolean;
  /** False with --no-pager. */
  pager?: boolean;
}
