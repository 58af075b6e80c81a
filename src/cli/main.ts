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

type Runner = typeof import('./core.js');

/**
 * Each command has a file of its own (dist/commands/<name>.cjs), with only the code that command
 * runs: compiling code is most of what a start costs past Node's own. A line that does not start
 * with a command (no arguments, help, an option first, a typo) loads the CLI with every command.
 */
const RUNNERS: ReadonlyMap<string, () => Promise<Runner>> = new Map([
  ['read', () => import('./runners/read.js')],
  ['sections', () => import('./runners/sections.js')],
  ['list', () => import('./runners/list.js')],
  ['search', () => import('./runners/search.js')],
  ['check', () => import('./runners/check.js')],
  ['sources', () => import('./runners/sources.js')],
  ['completion', () => import('./runners/completion.js')],
]);

const loadRunner = (command: string | undefined): Promise<Runner> => (RUNNERS.get(command ?? '') ?? (() => import('./core.js')))();

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
    const { run, nodeIo } = await loadRunner(argv[0]);
    process.exitCode = await run(argv, nodeIo(stdout, stderr));
  } catch (error) {
    // `run` reports its own errors; this is for a failure around it, such as a missing chunk.
    const detail = showControls(error instanceof Error ? error.message : String(error));
    stderr.write(`backpain: internal error: ${detail}. Please report it; BACKPAIN_DEBUG=1 shows the details.\n`);
    if (process.env.BACKPAIN_DEBUG && error instanceof Error) stderr.write(`${error.stack ?? ''}\n`);
    process.exitCode = 1;
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
