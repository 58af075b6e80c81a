import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backpain } from '../support/cli.js';
import { pdfPages, pdfText, type PdfPage } from './pdf.js';

// Every printable page in a real browser: Debian's chromium, driven by playwright-core (which
// downloads no browser), axe-core for WCAG 2.1 AA, and page.pdf() for what a clinic's printer gets.
// Page counts depend on fonts: .ci/run installs fonts-liberation, whose Liberation Sans has Arial's
// metrics, the face the pages ask for first and that Windows and macOS have.
const CHROMIUM = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p): p is string => !!p && existsSync(p));
const PDFTOTEXT = spawnSync('pdftotext', ['-v']).status === 0;
const inCi = process.env.CI === 'true';
const missing = [CHROMIUM ? '' : 'chromium (apt-get install chromium)', PDFTOTEXT ? '' : 'pdftotext (apt-get install poppler-utils)'].filter(Boolean);
if (missing.length > 0 && !inCi) console.warn(`tests/browser skipped: this machine has no ${missing.join(' and no ')}; CI installs them and runs these tests`);

// The callbacks given to page.evaluate run in the page, not in Node: the few DOM names they use are
// declared here, so that the DOM library stays out of the type-check of the rest of the program.
interface DomNode {
  textContent: string | null;
  innerText: string;
  lang: string;
  closest(selector: string): DomNode | null;
}
declare const document: { documentElement: DomNode; querySelector(selector: string): DomNode | null; querySelectorAll(selector: string): Iterable<DomNode> };
declare const window: unknown;
declare function getComputedStyle(node: DomNode): { fontSize: string };

const OUT = fileURLToPath(new URL('../../.build/browser/', import.meta.url));
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const LANGS = ['en', 'es'] as const;
const PAGES = [
  { name: 'summary', args: [] as string[], maxPages: 2 },
  { name: 'card', args: ['--card'], maxPages: 1 },
  { name: 'full', args: ['--full'], maxPages: Infinity },
] as const;
const PAPERS = ['Letter', 'A4'] as const;

let browser: Browser;
let page: Page;
beforeAll(async () => {
  if (missing.length > 0) return;
  mkdirSync(OUT, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM ?? '',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

function handout(lang: string, args: readonly string[]): string {
  const result = backpain(['--lang', lang, 'handout', ...args]);
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
}

/** Loads a page the way a person opening the saved file would, and lists every request it makes. */
async function open(html: string): Promise<string[]> {
  const requests: string[] = [];
  const listener = (r: { url(): string }): void => void requests.push(r.url());
  page.on('request', listener);
  await page.emulateMedia({ media: null });
  await page.setViewportSize({ width: 900, height: 900 });
  await page.setContent(html, { waitUntil: 'load' });
  page.off('request', listener);
  return requests;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function axeViolations(): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as { axe: { run(context: unknown, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations;
  });
  return violations.map((v) => `${v.id} (${v.impact ?? ''}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A box's first and last few words, as printed text to look for on one PDF page (six at the start: two signs may share their first four). */
const ends = (text: string): [string, string] => {
  const words = text.normalize('NFKC').replace(/\s+/g, ' ').trim().split(' ');
  return [words.slice(0, 6).join(' '), words.slice(-4).join(' ')];
};

describe.skipIf(missing.length > 0 && !inCi)('printable pages in Chromium', () => {
  it('has what the browser tests need (CI installs chromium and poppler-utils)', () => {
    expect(missing, `missing: ${missing.join(', ')}`).toEqual([]);
  });

  for (const lang of LANGS) {
    for (const spec of PAGES) {
      describe(`${lang} ${spec.name}`, () => {
        let html = '';
        beforeAll(() => {
          html = handout(lang, spec.args);
        });

        it('loads nothing from the network, runs no script and says its language', async () => {
          const requests = await open(html);
          expect(requests.filter((url) => !url.startsWith('data:') && url !== 'about:blank')).toEqual([]);
          expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
          expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
        });

        it('has no axe violations at WCAG 2.1 AA', async () => {
          await open(html);
          expect(await axeViolations()).toEqual([]);
        });

        it('numbers the sections its text refers to, and ends with the sources, the review date and the disclaimer', async () => {
          await open(html);
          const { text, headings, footer } = await page.evaluate(() => ({
            text: document.querySelector('main')?.textContent ?? '',
            headings: [...document.querySelectorAll('h2')].map((h) => h.textContent ?? ''),
            footer: document.querySelector('footer')?.textContent ?? '',
          }));
          for (const [, n] of text.matchAll(/\b(?:section|sección) (\d+)/gi)) expect(headings.some((h) => h.startsWith(`${n}. `)), `"section ${n}" has no heading "${n}. "`).toBe(true);
          expect(footer).toMatch(/Helped/);
          expect(footer).toMatch(lang === 'es' ? /Última revisión del contenido: \d+ de \w+ de \d{4}/ : /Content last reviewed: \w+ \d+, \d{4}/);
          expect(footer).toMatch(lang === 'es' ? /No es un diagnóstico/ : /not a diagnosis/);
          expect(footer).not.toMatch(/backpain sources/);
          const links = await page.evaluate(() => [...document.querySelectorAll('a')].map((a) => (a.textContent ?? '').trim()));
          expect(links.filter((t) => t === '')).toEqual([]);
        });

        it('prints its body text at 12 pt or more', async () => {
          await open(html);
          await page.emulateMedia({ media: 'print' });
          const sizes = await page.evaluate(() =>
            [...document.querySelectorAll('main p, main li')].filter((e) => !e.closest('figure')).map((e) => Number.parseFloat(getComputedStyle(e).fontSize)),
          );
          expect(sizes.length).toBeGreaterThan(0);
          expect(Math.min(...sizes)).toBeGreaterThanOrEqual(16); // 12 pt = 16 CSS px
        });

        for (const paper of PAPERS) {
          it(`prints on ${paper}: ${spec.maxPages === Infinity ? 'no page more than half empty' : `${spec.maxPages} page${spec.maxPages > 1 ? 's or fewer' : ''}`}, no warning box split`, async () => {
            await open(html);
            const pdf = await page.pdf({ format: paper });
            const file = join(OUT, `${lang}-${spec.name}-${paper}.pdf`);
            writeFileSync(file, pdf);
            const pages: PdfPage[] = pdfPages(file);
            if (spec.maxPages === 1) expect(pages.length).toBe(1);
            else expect(pages.length).toBeLessThanOrEqual(spec.maxPages);
            // The last page may be short; any other page at most half empty.
            for (const [i, p] of pages.slice(0, -1).entries()) expect(p.filled, `page ${i + 1} of ${pages.length} is ${Math.round(p.filled * 100)}% filled`).toBeGreaterThanOrEqual(0.5);
            // Each warning box (on the full page, each sign in its box) starts and ends on one printed page.
            await page.emulateMedia({ media: 'print' });
            const boxes = await page.evaluate(() => [...document.querySelectorAll('.warning:not(.signs), .warning.signs li')].map((b) => b.innerText));
            expect(boxes.length).toBeGreaterThan(0);
            const texts = pdfText(file);
            for (const box of boxes) {
              const [first, last] = ends(box);
              const where = texts.findIndex((t) => t.includes(first));
              expect(where, `box "${first} ... ${last}" not found in the PDF`).toBeGreaterThanOrEqual(0);
              expect(texts[where]?.includes(last), `box "${first} ... ${last}" is split across pages ${where + 1} and after`).toBe(true);
            }
          });
        }

        it('leaves a screenshot for a person to look at', async () => {
          await open(html);
          const path = join(OUT, `${lang}-${spec.name}.png`);
          await page.screenshot({ path, fullPage: true });
          expect(existsSync(path)).toBe(true);
        });
      });
    }
  }
});
