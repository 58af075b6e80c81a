import { nodeIo } from './node-io.js';
import { run } from './run.js';

/** The process edge: wires real streams to `run`, and ends quietly when a pipe closes early. */
export async function main(): Promise<void> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    process.stderr.write(`backpain: cannot write to standard output (${error.code ?? error.message}).\n`);
    process.exit(1);
  });
  process.exitCode = await run(process.argv.slice(2), nodeIo());
}
