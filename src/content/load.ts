import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGuide } from './parse.js';
import type { ContentFile, Guide } from './types.js';

/** Reads every markdown file of a content folder (build time and tests only). */
export function readContentDir(dir: string): ContentFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && name !== 'FORMAT.md')
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

export function loadGuide(dir: string): Guide {
  return parseGuide(readContentDir(dir));
}
