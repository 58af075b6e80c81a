import { version } from 'backpain:version';
import { readFileSync, readlinkSync } from 'node:fs';

const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

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
  for (const [signal, code] of Object.entries(SIGNAL_EXIT)) {
    process.on(signal, () => {
      if (process.stdout.isTTY) process.stdout.write('\u001b[?25h');
      process.exit(code);
    });
  }
}

/**
 * The process edge: wires real streams to `run`, and ends quietly when a pipe closes early.
 * `--version` is answered before anything else loads; the rest of the CLI is imported after.
 */
export async function main(): Promise<void> {
  if (stdoutClosed()) {
    process.stderr.write('backpain: standard output is closed; nothing can be printed.\n');
    process.exitCode = 1;
    return;
  }
  const argv = process.argv.slice(2);
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    process.stdout.write(`${version}\n`);
    return;
  }
  exitOnSignals();
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    process.stderr.write(`backpain: cannot write to standard output (${error.code ?? error.message}).\n`);
    process.exit(1);
  });
  const [{ run }, { nodeIo }] = await Promise.all([import('./run.js'), import('./node-io.js')]);
  process.exitCode = await run(argv, nodeIo());
}
