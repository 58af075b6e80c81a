import { prerenderReadBlocks } from '../../src/render/prerender.js';
import guide from './guide-from-disk.js';

export default await prerenderReadBlocks(guide);
