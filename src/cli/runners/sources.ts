// dist/commands/sources.cjs: what `backpain sources ...` loads (see main.ts), this command's code alone.
import { sourcesCommand } from '../../commands/sources.js';
import { createRun } from '../run.js';
import { SOURCES } from '../spec.js';

export const run = createRun([{ spec: SOURCES, handler: sourcesCommand }]);
export { nodeIo } from '../node-io.js';
