import type { Io, Output } from '../commands/context.js';

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
      readAll: async (limit) => (await import('./read-input.js')).readStream(process.stdin, limit, { stdin: true }),
    },
    env: process.env,
    // File and process modules load only when a command needs them, to keep start-up short.
    writeFile: async (path, text, overwrite) => (await import('./write-output.js')).writeOutput(path, text, overwrite),
    page: async (text, command, chosen) => (await import('./pager.js')).page(text, command, process.env, chosen),
    // The accessible mode asks one plain line at a time: no Inquirer.js, nothing redrawn.
    asker: async (messages, accessible) => (accessible ? (await import('../check/plain-asker.js')).plainAsker(messages) : (await import('../check/prompts.js')).inquirerAsker(messages)),
    // Only `check --answers` reads input: its readers are a file of their own.
    readFile: async (path, limit) => (await import('./read-input.js')).readRegularFile(path, limit),
  };
}
