import { version } from 'backpain:version';

/**
 * The process edge: wires real streams to `run`, and ends quietly when a pipe closes early.
 * `--version` is answered before anything else loads; the rest of the CLI is imported after.
 */
export async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    process.stdout.write(`${version}\n`);
    return;
  }
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    process.stderr.write(`backpain: cannot write to standard output (${error.code ?? error.message}).\n`);
    process.exit(1);
  });
  const [{ run }, { nodeIo }] = await Promise.all([import('./run.js'), import('./node-io.js')]);
  process.exitCode = await run(argv, nodeIo());
}
