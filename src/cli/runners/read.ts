// dist/commands/read.cjs: what `backpain read ...` loads (see main.ts), this command's code alone.
import { readCommand } from '../../commands/read.js';
import { createRun } from '../run.js';
import { READ } from '../spec.js';

export const run = createRun([{ spec: READ, handler: readCommand }]);
export { nodeIo } from '../node-io.js';
