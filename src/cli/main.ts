import { version } from 'backpain:version';
import { readFileSync, readlinkSync } from 'node:fs';
import { showControls } from '../core/visible.js';
import { EXIT_SIGNALS, SIGNAL_EXIT } from './signals.js';
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

/** Ctrl-C or a SIGTERM ends at once with 130 or 143, the cursor shown again if a prompt hid it. */
function exitOnSignals(): void {
  for (const signal of EXIT_SIGNALS) {
    process.on(signal, () => {
      if (stdout.isTTY) stdout.write('\u001b[?25h');
      process.exit(SIGNAL_EXIT[signal]);
    });
  }
}

/**
 * The process edge: wires real streams to `run`; `stdout` ends quietly when a pipe closes early.
 * `--version` is answered before anything else loads; the rest of the CLI is imported after.
 */
export async function main(): Promise<void> {
  if (stdoutClosed()) {
    stderr.write('backpain: standard output is closed; nothing can be printed.\n');
    process.exitCode = 1;
    return;
  }
  const argv = process.argv.slice(2);
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    stdout.write(`${version}\n`);
    return;
  }
  exitOnSignals();
  try {
    const { run, nodeIo } = await import('./core.js');
    process.exitCode = await run(argv, nodeIo(stdout, stderr));
  } catch (error) {
    // `run` reports its own errors; this is for a failure around it, such as a missing chunk.
    const detail = showControls(error instanceof Error ? error.message : String(error));
    stderr.write(`backpain: internal error: ${detail}. Please report it; BACKPAIN_DEBUG=1 shows the details.\n`);
    if (process.env.BACKPAIN_DEBUG && error instanceof Error) stderr.write(`${error.stack ?? ''}\n`);
    process.exitCode = 1;
  }
  // With everything written, end now: a natural exit first waits for V8's background work
  // (concurrent GC, compiling) that no longer matters, a few ms after a terminal render. One
  // turn of the loop first, so that a write error already raised (a full disk) is reported.
  setImmediate(() => {
    if (stdout.drained() && stderr.drained()) process.exit();
  });
}
