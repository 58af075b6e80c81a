// Prints every page `backpain handout` makes in a real browser (Debian's chromium, driven by
// playwright-core), in each language, and says how many Letter and A4 pages each prints to.
// With --screenshots it also draws docs/handout-summary.png and docs/handout-card.png for the
// README: the English pages as print styles lay them out, at US Letter's printable width.
// Not run in CI (tests/browser/ asserts the same counts): run it when the pages change.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'backpain.js');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage();
const pages = [
  ['summary', []],
  ['card', ['--card']],
  ['full', ['--full']],
];
/** The page count at the root of a PDF's page tree: the largest /Count of its /Pages nodes. */
const count = (pdf) => Math.max(...[...pdf.toString('latin1').matchAll(/\/Type \/Pages\s*\/Count (\d+)/g)].map((m) => Number(m[1])));
for (const lang of ['en', 'es']) {
  for (const [name, args] of pages) {
    const html = spawnSync(process.execPath, [bin, '--lang', lang, 'handout', ...args], { encoding: 'utf8' }).stdout;
    await page.emulateMedia({ media: null });
    await page.setContent(html, { waitUntil: 'load' });
    const counts = [];
    for (const format of ['Letter', 'A4']) counts.push(`${format} ${count(await page.pdf({ format }))}`);
    console.log(`${lang} ${name}: ${counts.join(', ')}`);
    if (process.argv.includes('--screenshots') && lang === 'en' && name !== 'full') {
      // 8.5 in less the 12 mm side margins, at 96 px to the inch.
      await page.setViewportSize({ width: Math.round((8.5 - 24 / 25.4) * 96), height: 900 });
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: join(root, 'docs', `handout-${name}.png`), fullPage: true });
    }
  }
}
await browser.close();
