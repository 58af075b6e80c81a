import type { CommandFlags, Io, Outcome, PagerResult } from '../commands/context.js';
import { EXIT } from '../core/exit.js';
import { FailureError, UsageError } from '../core/errors.js';
import { visible } from '../core/visible.js';
import type { Messages } from '../messages/en.js';
import { fill } from '../messages/fill.js';
import { errorLine } from '../core/error-line.js';
import { outputFile } from './settings.js';

const DEFAULT_PAGER = 'less -FRX';

/** With --output the command writes for a file, not a terminal: its default format follows. */
export function ioForFlags(io: Io, flags: CommandFlags): Io {
  if (outputFile(flags) === undefined) return io;
  return { ...io, stdout: { isTTY: false, columns: undefined, write: () => undefined } };
}

/** $PAGER, or less; an empty PAGER or `cat` means no pager. */
function pagerCommand(env: Io['env']): string {
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

/** What is at the target when it cannot be written over: said as the reason. */
const REFUSED = { exists: 'EEXIST', folder: 'EISDIR', fifo: 'fifo', device: 'device', socket: 'socket' } as const;

/** The file-system errors a write can meet, by code, that have their own words; others give their code. */
const WRITE_ERRORS = ['ENOENT', 'ENOTDIR', 'ELOOP', 'ENAMETOOLONG', 'ENOSPC', 'EDQUOT', 'EFBIG', 'EROFS', 'EACCES', 'EPERM', 'EISDIR'] as const;

/** Writes the file; what stands in the way is the user's to change (exit 2), what the file system refuses is a failure (exit 1). */
async function writeFile(file: string, text: string, force: boolean, io: Io, words: () => Messages): Promise<void> {
  try {
    await io.writeFile(file, text, force);
  } catch (error) {
    const { name, kind } = error as { name?: string; kind?: keyof typeof REFUSED };
    if (name === 'TargetRefused' && kind) throw new UsageError('cannotWrite', { file: visible(file), reason: words().reasons[REFUSED[kind]] });
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code !== 'string') throw error;
    const known = WRITE_ERRORS.find((c) => c === code);
    const reason = known ? words().reasons[known] : fill(words().reasons.otherCode, { code: visible(code) });
    throw new FailureError('cannotWrite', { file: visible(file), reason });
  }
}

/** One line for a pager that did not show the text, which is then printed plainly. */
function pagerProblem(result: Exclude<PagerResult, { shown: true }>, command: string, m: Messages): string {
  return errorLine(fill(m.errors.pagerFailed, { pager: visible(command), why: fill(m.values[result.why === 'signal' ? 'pagerSignal' : result.why === 'status' ? 'pagerStatus' : 'pagerMissing'], { detail: result.detail ?? '' }) }));
}

/**
 * Sends a command's output where the flags say: a file, the pager, or standard output. A file
 * gets the result even when it is empty (`search` that finds nothing still writes it, exit 1).
 */
export async function deliver(outcome: Outcome, flags: CommandFlags, io: Io, words: () => Messages, accessible = false): Promise<void> {
  const file = outputFile(flags);
  if (file !== undefined && (outcome.code === EXIT.ok || outcome.code === EXIT.failure)) {
    await writeFile(file, outcome.stdout, flags.force === true, io, words);
  } else if (wantsPager(outcome, flags, io, accessible)) {
    const command = pagerCommand(io.env);
    const result = await io.page(outcome.stdout, command, io.env.PAGER !== undefined);
    if (!result.shown) {
      io.stderr.write(pagerProblem(result, command, words()));
      io.stdout.write(outcome.stdout);
    }
  } else {
    io.stdout.write(outcome.stdout);
  }
  if (outcome.stderr) io.stderr.write(outcome.stderr);
}
