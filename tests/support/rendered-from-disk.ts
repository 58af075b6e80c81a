// What `backpain:rendered` gives the built CLI, rendered from content/ for in-process tests.
import { prerenderReadBlocks, prewrapReadBlocks } from '../../src/build/prerender.js';
import { LANGS, type Lang } from '../../src/core/lang.js';
import type { Prerendered } from '../../src/render/terminal-read.js';
import { htmlFragments } from '../../src/render/html.js';
import type { HtmlFragments } from '../../src/render/html-page.js';
import { loadFigure, loadGuide, loadMessages, loadPages } from './data-from-disk.js';

const rendered = new Map<string, Prerendered>();
const wrapped = new Map<string, Awaited<ReturnType<typeof prewrapReadBlocks>>>();
for (const lang of LANGS) {
  const text = await prerenderReadBlocks(loadGuide(lang), loadMessages(lang));
  rendered.set(lang, text);
  wrapped.set(lang, await prewrapReadBlocks(text, loadGuide(lang), loadMessages(lang)));
}

export function loadRendered(lang: Lang): Prerendered {
  const found = rendered.get(lang);
  if (!found) throw new Error(`nothing rendered for '${lang}'`);
  return found;
}

export function loadWrapped(lang: Lang, mode: 'plain' | 'colour', width: number): Readonly<Record<string, string>> | undefined {
  return wrapped.get(lang)?.[mode][width];
}

export function loadHtml(lang: Lang): HtmlFragments {
  return htmlFragments(loadGuide(lang), loadPages(lang), loadFigure('lower-body'), loadMessages(lang), lang);
}
