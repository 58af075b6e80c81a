import type { CommandFlags, Io, Outcome } from '../commands/context.js';
import { UsageError } from '../core/errors.js';
import { visible } from '../core/visible.js';
import type { Messages } from '../messages/en.js';
import { outputFile } from './settings.js';

const DEFAULT_PAGER = 'less -FRX';

/** With --output the command writes for a file, not a terminal: its default format follows. */
export function ioForFlags(io: Io, flags: CommandFlags): Io {
  if (outputFile(flags) === undefined) return io;
  return { ...io, stdout: { isTTY: false, columns: undefined, write: () => undefined } };
}

/** $PAGER, or less; an empty PAGER or `cat` means no pager. */
export function pagerCommand(env: Io['env']): string {
  return env.PAGER === undefined ? DEFAULT_PAGER : env.PAGER.trim();
}

function wantsPager(outcome: Outcome, flags: CommandFlags, io: Io, accessible: boolean): boolean {
  if (!outcome.pageable || flags.pager === false || !io.stdout.isTTY || !io.stdout.rows) return false;
  // A pager takes over the screen; in the accessible mode only a PAGER the user chose is used.
  if (accessible && io.env.PAGER === undefined) return false;
  const command = pagerCommand(io.env);
  if (command === '' || command === 'cat') return false;
  return outcome.stdout.split('\n').length > io.stdout.rows;
}

/** The file-system errors a write can meet that the user can act on, by their code (reasons in the catalog). */
const WRITE_ERRORS = ['EEXIST', 'ENOENT', 'EISDIR', 'EACCES', 'EROFS'] as const;

/** Sends a command's output where the flags say: a file, the pager, or standard output. */
export async function deliver(outcome: Outcome, flags: CommandFlags, io: Io, words: () => Messages, accessible = false): Promise<void> {
  const file = outputFile(flags);
  if (file !== undefined && outcome.code === 0) {
    try {
      await io.writeFile(file, outcome.stdout, flags.force === true);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      const known = WRITE_ERRORS.find((c) => c === code);
      if (!known) throw error;
      throw new UsageError('cannotWrite', { file: visible(file), reason: words().reasons[known] });
    }
  } else if (!wantsPager(outcome, flags, io, accessible) || !(await io.page(outcome.stdout, pagerCommand(io.env)))) {
    io.stdout.write(outcome.stdout);
  }
  if (outcome.stderr) io.stderr.write(outcome.stderr);
}
