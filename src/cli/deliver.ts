import type { CommandFlags } from '../commands/context.js';
import { UsageError } from '../core/errors.js';
import { visible } from '../core/visible.js';
import type { Io, Outcome } from './io.js';

const DEFAULT_PAGER = 'less -FRX';

/** With --output the command writes for a file, not a terminal: its default format follows. */
export function ioForFlags(io: Io, flags: CommandFlags): Io {
  if (flags.output === undefined) return io;
  return { ...io, stdout: { isTTY: false, columns: undefined, write: () => undefined } };
}

/** $PAGER, or less; an empty PAGER or `cat` means no pager. */
export function pagerCommand(env: Io['env']): string {
  return env.PAGER === undefined ? DEFAULT_PAGER : env.PAGER.trim();
}

function wantsPager(outcome: Outcome, flags: CommandFlags, io: Io): boolean {
  if (!outcome.pageable || flags.pager === false || !io.stdout.isTTY || !io.stdout.rows) return false;
  const command = pagerCommand(io.env);
  if (command === '' || command === 'cat') return false;
  return outcome.stdout.split('\n').length > io.stdout.rows;
}

const WRITE_ERRORS: Record<string, string> = {
  EEXIST: 'it already exists. Add --force to overwrite it, or choose another name.',
  ENOENT: 'its folder does not exist. Create the folder first, or choose another place.',
  EISDIR: 'it is a folder. Give a file name.',
  EACCES: 'permission denied. Choose a folder you can write to.',
  EROFS: 'the file system is read-only. Choose another place.',
};

/** Sends a command's output where the flags say: a file, the pager, or standard output. */
export async function deliver(outcome: Outcome, flags: CommandFlags, io: Io): Promise<void> {
  if (flags.output !== undefined && outcome.code === 0) {
    const file = flags.output;
    try {
      await io.writeFile(file, outcome.stdout, flags.force === true);
    } catch (error) {
      const reason = WRITE_ERRORS[(error as NodeJS.ErrnoException).code ?? ''];
      if (!reason) throw error;
      throw new UsageError(`cannot write '${visible(file)}': ${reason}`);
    }
  } else if (!wantsPager(outcome, flags, io) || !(await io.page(outcome.stdout, pagerCommand(io.env)))) {
    io.stdout.write(outcome.stdout);
  }
  if (outcome.stderr) io.stderr.write(outcome.stderr);
}
