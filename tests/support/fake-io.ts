import type { Asker } from '../../src/check/flow.js';
import type { Io } from '../../src/commands/context.js';

export interface FakeIo extends Io {
  out: () => string;
  err: () => string;
}

/** An Io for in-process runs: captured output, a chosen terminal-ness, and an optional asker. */
export function fakeIo(options: { tty?: boolean; env?: Record<string, string>; stdin?: string; asker?: Asker } = {}): FakeIo {
  let out = '';
  let err = '';
  const tty = options.tty ?? false;
  return {
    stdout: { isTTY: tty, columns: 80, write: (t) => void (out += t) },
    stderr: { isTTY: tty, columns: 80, write: (t) => void (err += t) },
    stdin: { isTTY: tty, readAll: async () => options.stdin ?? '' },
    env: options.env ?? {},
    writeFile: async () => {
      throw Object.assign(new Error('no files here'), { code: 'EROFS' });
    },
    page: async () => ({ shown: false, why: 'notStarted' }),
    readFile: async () => {
      throw Object.assign(new Error('no files here'), { code: 'ENOENT' });
    },
    asker: async () => {
      if (!options.asker) throw new Error('this test gave no asker');
      return options.asker;
    },
    out: () => out,
    err: () => err,
  };
}
