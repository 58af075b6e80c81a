import { constants, fstatSync, openSync, readlinkSync, writeSync } from 'node:fs';
import type { Output } from '../commands/context.js';
import { EXIT } from '../core/exit.js';
import type { Messages } from '../messages/en.js';
import { fill } from '../messages/fill.js';

type Fd = 1 | 2;

/** An `Output` that can say when everything written has left the process. */
export interface StandardOutput extends Output {
  /** Resolves once every byte written has been handed to the system (or the stream). */
  flushed(): Promise<void>;
}

/**
 * What a blocking write may put into a pipe or a socket before it could block: well under a Linux
 * pipe's 64 KiB, and under a Unix socket's send buffer (about 208 KiB by default; a Node parent's
 * `stdio: 'pipe'` is one). Past it, a reader that has stalled (`| sleep 15`) would hold the
 * process inside writeSync, where no signal handler can run: a pipe is then written through a
 * non-blocking descriptor of its own, a socket through Node's stream.
 */
const PIPE_BUDGET = 32 * 1024;
const SOCKET_BUDGET = 128 * 1024;
const RETRY_MS = 10;

type Kind = 'fifo' | 'socket' | 'file' | 'folder' | 'stream';

/**
 * Scripts send output they only test the exit code of to /dev/null. Linux names it in /proc;
 * elsewhere a device gets the stream, as a terminal does.
 */
function isDevNull(fd: Fd): boolean {
  try {
    return process.platform === 'linux' && readlinkSync(`/proc/self/fd/${fd}`) === '/dev/null';
  } catch {
    return false;
  }
}

/**
 * A pipe, file, socket or /dev/null is written with writeSync. Node makes process.stdout on first
 * use, and for a pipe that loads its net and stream modules and opens a socket: about a tenth of
 * the start-up of a piped command. A terminal or another device (/dev/full) gets the stream,
 * which knows a terminal's size and reports a device's errors. A folder (a script's `1<.`) is
 * written directly too, so that its error is reported as any other.
 */
function kindOf(fd: Fd): Kind {
  try {
    const stat = fstatSync(fd);
    if (stat.isFIFO()) return 'fifo';
    if (stat.isSocket()) return 'socket';
    if (stat.isFile() || (stat.isCharacterDevice() && isDevNull(fd))) return 'file';
    if (stat.isDirectory()) return 'folder';
    return 'stream';
  } catch {
    return 'stream';
  }
}

/**
 * The pipe again, opened non-blocking (Linux: through /proc), so a full pipe gives EAGAIN instead
 * of blocking. A new open file description: the reader's side and its flags are not touched.
 */
function nonBlocking(fd: Fd): number | undefined {
  if (process.platform !== 'linux') return undefined;
  try {
    return openSync(`/proc/self/fd/${fd}`, constants.O_WRONLY | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
}

/** Standard output or error as an `Output`; `failed` decides what a failed write means. */
function standardOutput(fd: Fd, failed: (error: NodeJS.ErrnoException) => void): StandardOutput {
  let kind: Kind | undefined;
  let stream: NodeJS.WriteStream | undefined;
  let target: number | undefined;
  let blocking = 0;
  const queue: Buffer[] = [];
  let waiting: (() => void)[] = [];
  let timer: NodeJS.Timeout | undefined;
  const kindNow = (): Kind => (kind ??= kindOf(fd));
  const toStream = (): NodeJS.WriteStream => {
    if (!stream) {
      stream = fd === 1 ? process.stdout : process.stderr;
      stream.on('error', failed);
    }
    return stream;
  };
  const settle = (): void => {
    const done = waiting;
    waiting = [];
    for (const resolve of done) resolve();
  };
  /** Writes what is queued until the pipe is full; then tries again shortly, leaving the loop free for signals. */
  const pump = (): void => {
    timer = undefined;
    while (queue.length > 0) {
      const head = queue[0] as Buffer;
      let written: number;
      try {
        written = writeSync(target ?? fd, head);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
          timer = setTimeout(pump, RETRY_MS);
          return;
        }
        queue.length = 0;
        // A folder opened as standard output takes no writes (EBADF): say what it is.
        failed(kindNow() === 'folder' ? Object.assign(new Error('folder'), { code: 'EISDIR' }) : (error as NodeJS.ErrnoException));
        return;
      }
      if (written === head.length) queue.shift();
      else queue[0] = head.subarray(written);
    }
    settle();
  };
  const direct = (bytes: Buffer): void => {
    const k = kindNow();
    if (k === 'fifo' && target === undefined && blocking + bytes.length > PIPE_BUDGET) target = nonBlocking(fd);
    if (k === 'socket' && blocking + bytes.length > SOCKET_BUDGET) {
      // No non-blocking way to a socket without its stream: the stream takes the rest.
      kind = 'stream';
      toStream().write(bytes);
      return;
    }
    if (target === undefined) blocking += bytes.length;
    queue.push(bytes);
    if (!timer) pump();
  };
  return {
    flushed: () =>
      new Promise((resolve) => {
        // A stream (a terminal, /dev/full) reports a write error on a later turn of the loop: give it one.
        const later = (): void => void setImmediate(resolve);
        const streamDone = (): void => {
          if (!stream) resolve();
          else if (stream.writableLength === 0) later();
          else stream.once('drain', later);
        };
        if (queue.length === 0) streamDone();
        else waiting.push(streamDone);
      }),
    get isTTY() {
      return kindNow() === 'stream' && toStream().isTTY === true;
    },
    get columns() {
      return kindNow() === 'stream' ? toStream().columns : undefined;
    },
    get rows() {
      return kindNow() === 'stream' ? toStream().rows : undefined;
    },
    write(text) {
      if (!text) return;
      if (kindNow() === 'stream') {
        toStream().write(text);
        return;
      }
      direct(Buffer.from(text, 'utf8'));
    },
  };
}

/**
 * Standard output and error. A reader that quits early (`| head`) ends the process quietly with
 * 0; a full disk, a folder or another write error on stdout is one line (in `words`) and exit 1,
 * never a stack. Errors on stderr itself are ignored: there is nowhere left to report them, and
 * the exit code still tells.
 */
export function standardOutputs(words: () => Messages): { stdout: StandardOutput; stderr: StandardOutput } {
  const stderr = standardOutput(2, () => undefined);
  const stdout = standardOutput(1, (error) => {
    if (error.code === 'EPIPE') process.exit(EXIT.ok);
    const { errors } = words();
    stderr.write(`backpain: ${error.code === 'EISDIR' ? errors.stdoutFolder : fill(errors.cannotWriteStdout, { code: error.code ?? error.message })}\n`);
    process.exit(EXIT.failure);
  });
  return { stdout, stderr };
}
