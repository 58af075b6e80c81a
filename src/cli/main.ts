import { loadMessages } from 'backpain:data';
import { loadRunner } from 'backpain:dispatch';
import { version } from 'backpain:version';
import { readFileSync, readlinkSync } from 'node:fs';
import { EXIT, EXIT_SIGNALS, SIGNAL_EXIT } from '../core/exit.js';
import { commandWord } from '../core/command-line.js';
import { langOfLine } from '../core/lang.js';
import { stderr, stdout } from './std-output.js';

/**
 * Node reopens a closed stdout (`>&-`) on /dev/null read-write, so writes would vanish silently;
 * a plain `>/dev/null` is write-only. Linux shows the difference in /proc.
 */
function stdoutClosed(): boolean {
  if (process.platform !== 'linux') return false;
  try {
    if (readlinkSync('/proc/self/fd/1') !== '/dev/null') return false;
    const flags = /flags:\s*([0-7]+)/.exec(readFileSync('/proc/self/fdinfo/1', 'utf8'))?.[1];
    return flags !== undefined && (Number.parseInt(flags, 8) & 3) === 2;
  } catch {
    return false;
  }
}

/** A terminating signal ends at once with 128 + its number, the cursor shown again if a prompt hid it. */
function exitOnSignals(): void {
  for (const signal of EXIT_SIGNALS) {
    process.on(signal, () => {
      if (stdout.isTTY) stdout.write('\u001b[?25h');
      process.exit(SIGNAL_EXIT[signal]);
    });
  }
}

/** The words for a failure around `run`, which has not loaded its own: read only when one happens. */
async function failure(error: unknown): Promise<void> {
  const { internalErrorLine, debugOn } = await import('./errors.js');
  const messages = loadMessages(langOfLine(process.argv.slice(2), process.env));
  stderr.write(internalErrorLine(error, messages));
  if (debugOn(process.env) && error instanceof Error) stderr.write(`${error.stack ?? ''}\n`);
}

/**
 * The process edge: wires real streams to `run`; `stdout` ends quietly when a pipe closes early.
 * `--version` is answered before anything else loads; then the file of the command the line
 * names is loaded (see backpain:dispatch in scripts/build/bundles.mjs), or the file with
 * every command for any other line.
 */
export async function main(): Promise<void> {
  if (stdoutClosed()) {
    stderr.write(`backpain: ${loadMessages(langOfLine(process.argv.slice(2), process.env)).errors.stdoutClosed}\n`);
    process.exitCode = EXIT.failure;
    return;
  }
  const argv = process.argv.slice(2);
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    stdout.write(`${version}\n`);
    return;
  }
  exitOnSignals();
  try {
    const { run, nodeIo } = loadRunner(commandWord(argv));
    process.exitCode = await run(argv, nodeIo(stdout, stderr));
  } catch (error) {
    // `run` reports its own errors; this is for a failure around it, such as a missing file.
    await failure(error);
    process.exitCode = EXIT.failure;
  }
  // With everything written, end now: a natural exit first waits for V8's background work
  // (concurrent GC, compiling) that no longer matters, a few ms after a terminal render. Direct
  // writes have reported any error already; a stream (a terminal, /dev/full) reports its errors
  // on a later turn of the loop, so it gets one turn first.
  const done = (): void => {
    if (stdout.drained() && stderr.drained()) process.exit();
  };
  if (stdout.streamed() || stderr.streamed()) setImmediate(done);
  else done();
}
