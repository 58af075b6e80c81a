import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseContent, parseGuide } from './parse.js';
import type { ContentFile, Guide, Pages } from './types.js';

/** Reads every markdown file of one language's content folder (build time and tests only). */
function readContentDir(dir: string): ContentFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && name !== 'FORMAT.md')
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/** The guide of one language, parsed from `content/<lang>/`. */
export function readGuide(dir: string): Guide {
  return parseGuide(readContentDir(dir));
}

/** The guide of one language and its printed pages, parsed from `content/<lang>/`. */
export function readContent(dir: string): { guide: Guide; pages: Pages } {
  return parseContent(readContentDir(dir));
}
