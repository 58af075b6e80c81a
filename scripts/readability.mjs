// Prints the reading grades of the guide: npm run readability.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.build', 'readability.mjs');
await build({
  stdin: {
    contents: "export { loadGuide } from './src/content/load.ts'; export { guideReadability } from './src/content/readability.ts';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: out,
  logLevel: 'warning',
});
const { loadGuide, guideReadability } = await import(pathToFileURL(out).href);
const { sections, whole } = guideReadability(loadGuide(join(root, 'content')));
const rows = [...sections, { ...whole, id: 'whole guide' }].map((r) => [r.id, r.words, r.sentences, r.fk.toFixed(1), r.smog.toFixed(1)]);
const head = ['section', 'words', 'sentences', 'FK grade', 'SMOG'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(' | ')} |`;
console.log(line(head));
console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
for (const row of rows) console.log(line(row));
console.log('\nGates: each section FK <= 8.0, whole guide FK <= 7.0 (tests/content/readability.test.ts).');
