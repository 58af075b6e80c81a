import { loadMessages } from 'backpain:data';
import { version } from 'backpain:version';
import { EXIT } from '../core/exit.js';
import { langOfLine } from '../core/lang.js';
import type { Runner } from './run.js';
import { exitOnSignals } from './signals.js';
import { stderr, stdout } from './std-output.js';

/**
 * A prompt may have hidden the cursor: show it again before a signal ends the process (Node puts
 * the terminal's settings back itself). A dumb terminal gets no escape codes at all.
 */
function restoreTerminal(): void {
  if (process.env.TERM !== 'dumb' && stdout.isTTY) stdout.write('\u001b[?25h');
}

/** The words for a failure around `run`, which has not loaded its own: read only when one happens. */
async function failure(error: unknown): Promise<void> {
  const { internalErrorLine, debugOn } = await import('./errors.js');
  const messages = loadMessages(langOfLine(process.argv.slice(2), process.env));
  stderr.write(internalErrorLine(error, messages));
  if (debugOn(process.env) && error instanceof Error) stderr.write(`${error.stack ?? ''}\n`);
}

/** `--version`, answered by the smallest file of all (dist/cli.cjs): the version, nothing else. */
export async function printVersion(): Promise<void> {
  stdout.write(`${version}\n`);
  await Promise.all([stdout.flushed(), stderr.flushed()]);
  // As after a command: a natural exit would wait for V8's background work (about 5% of `node -e 0`).
  process.exit();
}

/**
 * The process edge: wires real streams to `run`; `stdout` ends quietly when a pipe closes early.
 * Each command's file (dist/commands/<name>.cjs) starts here with its own runner, which
 * bin/backpain.js picked from the command line: a command loads one file of the CLI's.
 */
export async function main(runner: Runner): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) return printVersion();
  exitOnSignals(restoreTerminal);
  try {
    process.exitCode = await runner.run(argv, runner.nodeIo(stdout, stderr));
  } catch (error) {
    // `run` reports its own errors; this is for a failure around it, such as a missing file.
    await failure(error);
    process.exitCode = EXIT.failure;
  }
  // With everything written, end now: a natural exit first waits for V8's background work
  // (concurrent GC, compiling) that no longer matters, a few ms after a terminal render. A pipe
  // whose reader is slow is waited for without blocking, so a signal still ends the process.
  await Promise.all([stdout.flushed(), stderr.flushed()]);
  process.exit();
}
