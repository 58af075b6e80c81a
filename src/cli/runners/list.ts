// dist/commands/list.cjs: what `backpain list ...` loads (see main.ts), this command's code alone.
import { listCommand } from '../../commands/list.js';
import { createRun } from '../run.js';
import { LIST } from '../spec.js';

export const run = createRun([{ spec: LIST, handler: listCommand }]);
export { nodeIo } from '../node-io.js';
