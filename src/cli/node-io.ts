import type { Io, Output } from '../commands/context.js';
import { UsageError } from '../core/errors.js';
import { visible } from '../core/visible.js';

/** Reads a stream whole, refusing more than `limit` bytes; `what` names it in the message (a file's name, or standard input). */
async function readStream(stream: NodeJS.ReadableStream, limit: number, what: { file: string } | { stdin: true }): Promise<string> {
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

/** The real process streams (standard output and error from std-output.ts) and file system, for the bin. */
export function nodeIo(stdout: Output, stderr: Output): Io {
  return {
    stdout,
    stderr,
    stdin: {
      // Only `check` asks; making process.stdin costs a stream (and a file's read stream on /dev/null).
      get isTTY() {
        return process.stdin.isTTY === true;
      },
      readAll: (limit) => readStream(process.stdin, limit, { stdin: true }),
    },
    env: process.env,
    // File and process modules load only when a command needs them, to keep start-up short.
    writeFile: async (path, text, overwrite) => (await import('node:fs/promises')).writeFile(path, text, { flag: overwrite ? 'w' : 'wx' }),
    page: async (text, command) => (await import('./pager.js')).page(text, command, process.env),
    // The accessible mode asks one plain line at a time: no Inquirer.js, nothing redrawn.
    asker: async (messages, accessible) => (accessible ? (await import('../check/plain-asker.js')).plainAsker(messages) : (await import('../check/prompts.js')).inquirerAsker(messages)),
    readFile: async (path, limit) => {
      const handle = await (await import('node:fs/promises')).open(path, 'r');
      try {
        return await readStream(handle.createReadStream(), limit, { file: path });
      } finally {
        await handle.close();
      }
    },
  };
}
