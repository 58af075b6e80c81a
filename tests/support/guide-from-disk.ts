// The English guide, parsed from content/en/, for tests that read the guide itself.
import { loadGuide } from './data-from-disk.js';

export default loadGuide('en');
