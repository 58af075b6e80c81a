import { readFileSync } from 'node:fs';
import { loadGuide } from '../../src/content/load.js';

const root = new URL('../../', import.meta.url);
const guide = loadGuide(new URL('content/', root).pathname);
export const version: string = (JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { version: string }).version;
export default guide;
