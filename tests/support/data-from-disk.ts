// What `backpain:data` gives the built CLI, read from content/ and src/messages/ for in-process tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readContent } from '../../src/content/load.js';
import { markdownReadBlocks } from '../../src/render/markdown.js';
import { searchable, type Searchable } from '../../src/core/search.js';
import type { Guide, Pages } from '../../src/content/types.js';
import type { Lang } from '../../src/core/lang.js';
import { en, type Messages } from '../../src/messages/en.js';
import { es } from '../../src/messages/es.js';

const contents = new Map<string, { guide: Guide; pages: Pages }>();
const CATALOGS: Readonly<Record<string, Messages>> = { en, es };

export function contentDir(lang: string): string {
  return fileURLToPath(new URL(`../../content/${lang}/`, import.meta.url));
}

function content(lang: Lang): { guide: Guide; pages: Pages } {
  let found = contents.get(lang);
  if (!found) contents.set(lang, (found = readContent(contentDir(lang))));
  return found;
}

export function loadGuide(lang: Lang): Guide {
  return content(lang).guide;
}

export function loadPages(lang: Lang): Pages {
  return content(lang).pages;
}

export function loadFigure(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../content/figures/${name}.svg`, import.meta.url)), 'utf8');
}

export function loadMessages(lang: Lang): Messages {
  const messages = CATALOGS[lang];
  if (!messages) throw new Error(`no catalog for '${lang}'`);
  return messages;
}

/** What the build writes for a piped read, made here from the guide on disk. */
export function loadMarkdownBlocks(lang: Lang): (key: string) => string | undefined {
  const table = markdownReadBlocks(loadGuide(lang), loadMessages(lang));
  return (key) => table[key];
}

/** What the build prepares for search, made here from the guide on disk. */
export function loadSearchable(lang: Lang): Readonly<Record<string, Searchable>> {
  return Object.fromEntries(loadGuide(lang).sections.map((s) => [s.id, searchable(s, lang)]));
}
