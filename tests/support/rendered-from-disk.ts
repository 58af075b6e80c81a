// What `backpain:rendered` gives the built CLI, rendered from content/ for in-process tests.
import { prerenderReadBlocks } from '../../src/build/prerender.js';
import { LANGS, type Lang } from '../../src/core/lang.js';
import type { Prerendered } from '../../src/render/terminal-read.js';
import { loadGuide, loadMessages } from './data-from-disk.js';

const rendered = new Map<string, Prerendered>();
for (const lang of LANGS) rendered.set(lang, await prerenderReadBlocks(loadGuide(lang), loadMessages(lang)));

export function loadRendered(lang: Lang): Prerendered {
  const found = rendered.get(lang);
  if (!found) throw new Error(`nothing rendered for '${lang}'`);
  return found;
}
