// The process edge, and the CLI bundle's entry (dist/backpain.cjs, run by bin/backpain.js): wires
// the real streams, environment and data files to `run`.
import { join } from 'node:path';
import { fileSource } from '../data/files.js';
import { EXIT } from '../core/exit.js';
import { langOfLine } from '../core/lang.js';
import { createRun } from './run.js';
import { nodeIo } from './node-io.js';
import { exitOnSignals } from './signals.js';
import { standardOutputs } from './std-output.js';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  // The package root: this file is dist/backpain.cjs.
  const source = fileSource(join(__dirname, '..'));
  const words = () => source.data(langOfLine(argv, process.env)).messages;
  const { stdout, stderr } = standardOutputs(words);
  // A prompt may have hidden the cursor: show it again before a signal ends the process (Node
  // puts the terminal's settings back itself). A dumb terminal gets no escape codes at all.
  exitOnSignals(() => {
    if (process.env.TERM !== 'dumb' && stdout.isTTY) stdout.write('\u001b[?25h');
  });
  try {
    process.exitCode = await createRun(source)(argv, nodeIo(stdout, stderr));
  } catch (error) {
    // `run` reports its own errors; this is for a failure around it, such as a missing file.
    const { internalErrorLine, debugOn } = await import('./errors.js');
    stderr.write(internalErrorLine(error, words()));
    if (debugOn(process.env) && error instanceof Error) stderr.write(`${error.stack ?? ''}\n`);
    process.exitCode = EXIT.failure;
  }
  // With everything written, end now: a natural exit first waits for V8's background work
  // (concurrent GC, compiling) that no longer matters. A pipe whose reader is slow is waited for
  // without blocking, so a signal still ends the process.
  await Promise.all([stdout.flushed(), stderr.flushed()]);
  process.exit();
}

void main();
