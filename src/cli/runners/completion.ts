// dist/commands/completion.cjs: what `backpain completion ...` loads (see main.ts), this command's code alone.
import { completionCommand } from '../../commands/completion.js';
import { createRun } from '../run.js';
import { COMPLETION } from '../spec.js';

export const run = createRun([{ spec: COMPLETION, handler: completionCommand }]);
export { nodeIo } from '../node-io.js';
