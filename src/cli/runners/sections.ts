// dist/commands/sections.cjs: what `backpain sections ...` loads (see main.ts), this command's code alone.
import { sectionsCommand } from '../../commands/sections.js';
import { createRun } from '../run.js';
import { SECTIONS } from '../spec.js';

export const run = createRun([{ spec: SECTIONS, handler: sectionsCommand }]);
export { nodeIo } from '../node-io.js';
