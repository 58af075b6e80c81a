// What `check --answers` reads: standard input or a regular file, whole, up to a limit. Loaded only
// for --answers (dist/lazy/read-input.cjs).
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { UsageError } from '../core/errors.js';
import { visible } from '../core/visible.js';

/** Reads a stream whole, refusing more than `limit` bytes; `what` names it in the message (a file's name, or standard input). */
export async function readStream(stream: NodeJS.ReadableStream, limit: number, what: { file: string } | { stdin: true }): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > limit) {
      const named = 'file' in what ? { what: `'${visible(what.file)}'` } : { whatKey: 'standardInput' };
      throw new UsageError('tooLarge', { ...named, size: Math.round((limit / 1024 / 1024) * 10) / 10 });
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Reads a regular file whole, refusing more than `limit` bytes. Opened non-blocking and checked
 * before reading: a FIFO or a terminal (`/dev/stdin` on one) would block the open or the read
 * in a place no signal reaches, so anything but a regular file is refused (code ENOTREGULAR).
 */
export function readRegularFile(path: string, limit: number): string {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    if (!fstatSync(fd).isFile()) throw Object.assign(new Error('not a regular file'), { code: fstatSync(fd).isDirectory() ? 'EISDIR' : 'ENOTREGULAR' });
    const chunks: Buffer[] = [];
    let size = 0;
    for (;;) {
      const chunk = Buffer.alloc(64 * 1024);
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      size += read;
      if (size > limit) throw new UsageError('tooLarge', { what: `'${visible(path)}'`, size: Math.round((limit / 1024 / 1024) * 10) / 10 });
      chunks.push(chunk.subarray(0, read));
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

