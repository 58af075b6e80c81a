// dist/commands/search.cjs: what `backpain search ...` loads (see main.ts), this command's code alone.
import { searchCommand } from '../../commands/search.js';
import { createRun } from '../run.js';
import { SEARCH } from '../spec.js';

export const run = createRun([{ spec: SEARCH, handler: searchCommand }]);
export { nodeIo } from '../node-io.js';
