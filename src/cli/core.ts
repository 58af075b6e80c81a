// Everything `main` loads once `--version` has had its chance: the command runner and the real
// streams and files. One module, so the build makes it one file (dist/core.cjs) that `backpain
// --version` never reads.
export { run } from './run.js';
export { nodeIo } from './node-io.js';
