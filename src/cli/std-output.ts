import { fstatSync, readlinkSync, writeSync } from 'node:fs';
import type { Output } from '../commands/context.js';
import { loadMessages } from 'backpain:data';
import { EXIT } from '../core/exit.js';
import { langOfLine } from '../core/lang.js';
import { fill } from '../messages/fill.js';

type Fd = 1 | 2;

/** An `Output` that can tell whether everything written has left the process. */
export interface StandardOutput extends Output {
  drained(): boolean;
  /** Whether anything went through the stream, whose write errors arrive on a later turn of the loop. */
  streamed(): boolean;
}

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
 * use, and for a pipe that loads its net and stream modules and opens a socket (for a device, its
 * stream modules): about a tenth of the start-up of a piped command. A terminal, or another
 * device such as /dev/full, still gets the stream, which knows the terminal's size and reports
 * the device's errors.
 */
function writesDirectly(fd: Fd): boolean {
  try {
    const stat = fstatSync(fd);
    return stat.isFIFO() || stat.isFile() || stat.isSocket() || (stat.isCharacterDevice() && isDevNull(fd));
  } catch {
    return false;
  }
}

/** Standard output or error as an `Output`; `failed` decides what a failed write means. */
function standardOutput(fd: Fd, failed: (error: NodeJS.ErrnoException) => void): StandardOutput {
  let direct: boolean | undefined;
  let stream: NodeJS.WriteStream | undefined;
  const isDirect = (): boolean => (direct ??= writesDirectly(fd));
  const toStream = (): NodeJS.WriteStream => {
    if (!stream) {
      stream = fd === 1 ? process.stdout : process.stderr;
      stream.on('error', failed);
    }
    return stream;
  };
  return {
    // Direct writes are done when writeSync returns; the stream may still hold some (on Windows
    // pipes, or a pipe someone made non-blocking).
    drained: () => !stream || stream.writableLength === 0,
    streamed: () => stream !== undefined,
    get isTTY() {
      return !isDirect() && toStream().isTTY === true;
    },
    get columns() {
      return isDirect() ? undefined : toStream().columns;
    },
    get rows() {
      return isDirect() ? undefined : toStream().rows;
    },
    write(text) {
      if (!text) return;
      if (!isDirect()) {
        toStream().write(text);
        return;
      }
      const bytes = Buffer.from(text, 'utf8');
      let done = 0;
      try {
        while (done < bytes.length) done += writeSync(fd, bytes, done);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== 'EAGAIN') return failed(error as NodeJS.ErrnoException);
        // Someone made the pipe non-blocking and it is full: the stream waits for the reader.
        direct = false;
        toStream().write(bytes.subarray(done));
      }
    },
  };
}

/**
 * A reader that quits early (`| head`) ends the process quietly with 0; a full disk or another
 * write error is one line and exit 1, never a stack.
 */
function stdoutFailed(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE') process.exit(EXIT.ok);
  stderr.write(`backpain: ${fill(loadMessages(langOfLine(process.argv.slice(2), process.env)).errors.cannotWriteStdout, { code: error.code ?? error.message })}\n`);
  process.exit(EXIT.failure);
}

export const stdout: StandardOutput = standardOutput(1, stdoutFailed);

/** Errors on stderr itself are ignored: there is nowhere left to report them, and the exit code still tells. */
export const stderr: StandardOutput = standardOutput(2, () => undefined);
