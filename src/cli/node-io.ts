import type { Io, Output } from './io.js';
import { UsageError } from '../core/errors.js';
import { visible } from '../core/visible.js';

async function readStream(stream: NodeJS.ReadableStream, limit: number, what: string): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > limit) throw new UsageError(`${what} is larger than ${Math.round((limit / 1024 / 1024) * 10) / 10} MiB, the most backpain reads.`);
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
      readAll: (limit) => readStream(process.stdin, limit, 'standard input'),
    },
    env: process.env,
    // File and process modules load only when a command needs them, to keep start-up short.
    writeFile: async (path, text, overwrite) => (await import('node:fs/promises')).writeFile(path, text, { flag: overwrite ? 'w' : 'wx' }),
    page: async (text, command) => (await import('./pager.js')).page(text, command, process.env),
    asker: async () => (await import('../check/prompts.js')).inquirerAsker(),
    readFile: async (path, limit) => {
      const handle = await (await import('node:fs/promises')).open(path, 'r');
      try {
        return await readStream(handle.createReadStream(), limit, `'${visible(path)}'`);
      } finally {
        await handle.close();
      }
    },
  };
}
