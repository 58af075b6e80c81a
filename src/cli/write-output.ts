// `--output`: a file is written whole or not at all. Loaded only by a command given --output.
import { closeSync, fsyncSync, linkSync, lstatSync, openSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';

/** What stands at the target when it is not a file that can be replaced. */
type Refused = 'folder' | 'fifo' | 'device' | 'socket';

/** An error for what is at the target: the caller says it in words (reasons.<kind>). */
export class TargetRefused extends Error {
  constructor(readonly kind: Refused | 'exists') {
    super(kind);
    this.name = 'TargetRefused';
  }
}

function refusedKind(stat: Stats): Refused | undefined {
  if (stat.isDirectory()) return 'folder';
  if (stat.isFIFO()) return 'fifo';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'device';
  if (stat.isSocket()) return 'socket';
  return undefined;
}

function lstatOrNone(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function statOrNone(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone, or the folder went read-only: nothing more can be done.
  }
}

/** Puts the finished temporary file in place without replacing anything: link() fails if the target appeared meanwhile. */
function placeNew(temp: string, path: string): void {
  try {
    linkSync(temp, path);
    removeQuietly(temp);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // File systems without hard links (FAT, some network ones): rename, having checked again.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EMLINK') throw error;
    if (lstatOrNone(path)) throw new TargetRefused('exists');
    renameSync(temp, path);
  }
}

/**
 * Writes `text` to `path` atomically: into a new temporary file in the same folder, flushed to
 * disk, then renamed over the target (or linked to it when nothing may be replaced). A full disk,
 * a file-size limit or any other failure leaves the old file as it was and no temporary file;
 * two writers at once leave one whole file. A symbolic link at the target is replaced by the
 * file, never written through, so --force cannot change the file a link points to. A folder,
 * FIFO, device or socket at the target, or a link to one, is refused. The mode is the usual one for a new file
 * (0666 less the umask). Synchronous on purpose: no signal handler runs in the middle of it.
 */
export function writeOutput(path: string, text: string, overwrite: boolean): void {
  const existing = lstatOrNone(path);
  if (existing) {
    // A link is judged by what it points to: /dev/stdout is a link to a pipe or a terminal, and
    // replacing it would be wrong. A link to a file (or to nothing) is replaced with --force.
    const refused = refusedKind(existing.isSymbolicLink() ? (statOrNone(path) ?? existing) : existing);
    if (refused) throw new TargetRefused(refused);
    if (!overwrite) throw new TargetRefused('exists');
  }
  // A short name of our own: the target's name plus a suffix could pass the file system's limit.
  const temp = join(dirname(path), `.backpain-${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`);
  const fd = openSync(temp, 'wx', 0o666);
  try {
    const bytes = Buffer.from(text, 'utf8');
    for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    removeQuietly(temp);
    throw error;
  }
  closeSync(fd);
  try {
    if (overwrite) renameSync(temp, path);
    else placeNew(temp, path);
  } catch (error) {
    removeQuietly(temp);
    throw error;
  }
}
