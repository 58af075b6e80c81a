import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/lang.js';
import { renderHtml, type HtmlPage } from '../../src/render/html.js';
import { loadFigure, loadGuide, loadMessages, loadPages } from '../support/data-from-disk.js';

function page(kind: HtmlPage, lang: Lang = 'en'): string {
  const guide = loadGuide(lang);
  return renderHtml({ page: kind, guide, pages: loadPages(lang), sections: guide.sections, whole: true, figure: loadFigure('lower-body'), messages: loadMessages(lang), lang });
}

const text = (html: string): string =>
  html
    .replace(/<style>[^]*?<\/style>/, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&#34;/g, '"')
    .replace(/&#38;|&amp;/g, '&')
    .replace(/\s+/g, ' ');

/** The items of a list that the printed handouts take (the signs' follow-ups stay in the guide). */
const items = (lang: Lang, list: string) => {
  const printed = new Set(loadPages(lang).handout.parts.flatMap((p) => p.items));
  return loadGuide(lang)
    .sections.flatMap((s) => s.items)
    .filter((i) => i.list === list && printed.has(i.id));
};

describe('renderHtml: every page', () => {
  for (const kind of ['full', 'summary', 'card'] as const) {
    for (const lang of ['en', 'es'] as const) {
      it(`${lang} ${kind}: self-contained, in its language, ending with the credit, the sources, the review date and the disclaimer`, () => {
        const html = page(kind, lang);
        expect(html).toMatch(new RegExp(`^<!doctype html>\\n<html lang="${lang}">`));
        expect(html).not.toMatch(/<script|<link|<img|src=|href="http|@import|url\(/i);
        expect(html).not.toContain('[!]');
        const footer = text(html.slice(html.indexOf('<footer>')));
        const { sources } = loadGuide(lang);
        expect(footer).toContain(sources.article.author);
        expect(footer).toContain(sources.disclaimer);
        expect(footer).toMatch(lang === 'en' ? /Content last reviewed: December 1, 2026/ : /Última revisión del contenido: 1 de diciembre de 2026/);
        expect(footer).not.toMatch(/backpain sources/);
      });
    }
  }
});

describe('renderHtml: the full page', () => {
  it('numbers every section heading, as the text says "section 8"', () => {
    const html = page('full');
    for (const s of loadGuide('en').sections) expect(html).toContain(`<h2 id="${s.id}-title">${s.number}. ${s.title.replace(/'/g, '&#39;')}</h2>`);
  });

  it('prints every reference in full', () => {
    const footer = text(page('full').split('<footer>')[1] ?? '');
    for (const r of loadGuide('en').sources.references) expect(footer).toContain(r.name);
  });

  it('boxes the numbers, and gives each emergency sign its own box (boxed in content, handout.md)', () => {
    const html = page('full');
    expect(html.match(/<div class="warning">/g)).toHaveLength(1);
    expect(html.match(/<div class="warning signs">/g)).toHaveLength(1);
    const signs = html.split('<div class="warning signs">')[1]?.split('</div>')[0] ?? '';
    for (const item of items('en', 'red-flags')) expect(signs).toContain(item.name);
  });
});

describe('renderHtml: the summary', () => {
  const html = page('summary');
  const body = text(html.split('<footer>')[0] ?? '');

  it('takes the parts handout.md names, in its order, under their section headings', () => {
    const order = ['1. Yes, back pain can cause leg pain', '8. When to get help', '2. Today', '3. See a doctor', '7. How is sciatica treated?'].map((h) => body.indexOf(h));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('lists every emergency and same-day sign by name and summary, without the details', () => {
    for (const item of [...items('en', 'red-flags'), ...items('en', 'urgent-signs')]) expect(body).toContain(`${item.name}: ${item.summary}`);
    expect(body).not.toContain('A bone in your spine may be broken.');
  });

  it('gives the numbers and the action', () => {
    expect(body).toMatch(/Call 999 \(UK\), 911 \(US\) or 112 \(EU\) now/);
    expect(body).toMatch(/NHS 111/);
  });

  it('cites only the sources its parts name', () => {
    const footer = text(html.split('<footer>')[1] ?? '');
    expect(footer).toContain('NHS: Back pain');
    expect(footer).toContain('NICE NG234');
    expect(footer).not.toContain('NICE TA159');
  });

  it('shows the picture with its text alternative', () => {
    expect(html).toMatch(/<svg [^>]*role="img" aria-labelledby="figure-title"/);
    expect(html).toContain(`<title id="figure-title">${loadPages('en').handout.figureAlt.replace(/"/g, '&#34;')}</title>`);
    expect(html).toContain(`<figcaption>${loadPages('en').handout.figureCaption.replace(/"/g, '&#34;')}</figcaption>`);
  });
});

describe('renderHtml: the card', () => {
  for (const lang of ['en', 'es'] as const) {
    it(`${lang}: the title, the numbers and every emergency sign, nothing of the same-day ones`, () => {
      const body = text(page('card', lang).split('<footer>')[0] ?? '');
      expect(body).toContain(loadPages(lang).handout.cardTitle);
      expect(body).toMatch(/112/);
      expect(body).toMatch(/911/);
      for (const item of items(lang, 'red-flags')) expect(body).toContain(`${item.name}: ${item.summary}`);
      for (const item of items(lang, 'urgent-signs')) expect(body).not.toContain(item.name);
    });
  }
});
