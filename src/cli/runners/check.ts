// dist/commands/check.cjs: what `backpain check ...` loads (see main.ts), this command's code alone.
import { checkCommand } from '../../commands/check.js';
import { createRun } from '../run.js';
import { CHECK } from '../spec.js';

export const run = createRun([{ spec: CHECK, handler: checkCommand }]);
export { nodeIo } from '../node-io.js';
