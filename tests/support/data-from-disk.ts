// The guide, its pages and the catalogs read from content/ and src/messages/, for tests of the content itself.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readContent } from '../../src/content/load.js';
import type { Guide, Pages } from '../../src/content/types.js';
import type { Lang } from '../../src/core/lang.js';
import { en, type Messages } from '../../src/messages/en.js';
import { es } from '../../src/messages/es.js';

const contents = new Map<string, { guide: Guide; pages: Pages }>();
const CATALOGS: Readonly<Record<Lang, Messages>> = { en, es };

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
  return CATALOGS[lang];
}
