import { lexReadBlocks } from '../../src/render/lex.js';
import guide from './guide-from-disk.js';

export default lexReadBlocks(guide);
