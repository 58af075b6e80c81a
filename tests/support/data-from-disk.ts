// What `backpain:data` gives the built CLI, read from content/ and src/messages/ for in-process tests.
import { fileURLToPath } from 'node:url';
import { readGuide } from '../../src/content/load.js';
import type { Guide } from '../../src/content/types.js';
import type { Lang } from '../../src/core/lang.js';
import { en, type Messages } from '../../src/messages/en.js';
import { es } from '../../src/messages/es.js';

const guides = new Map<string, Guide>();
const CATALOGS: Readonly<Record<string, Messages>> = { en, es };

export function contentDir(lang: string): string {
  return fileURLToPath(new URL(`../../content/${lang}/`, import.meta.url));
}

export function loadGuide(lang: Lang): Guide {
  let guide = guides.get(lang);
  if (!guide) guides.set(lang, (guide = readGuide(contentDir(lang))));
  return guide;
}

export function loadMessages(lang: Lang): Messages {
  const messages = CATALOGS[lang];
  if (!messages) throw new Error(`no catalog for '${lang}'`);
  return messages;
}
