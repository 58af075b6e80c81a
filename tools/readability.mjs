// Prints the reading scores of the guide in every language: npm run readability. The gates themselves are tests/content/readability*.test.ts.
// English: Flesch-Kincaid grade and SMOG. Spanish: the Szigriszt-Pazos index on the INFLESZ scale
// and the corrected Fernandez-Huerta index (formulas for English do not fit Spanish).
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.build', 'readability.mjs');
await build({
  stdin: {
    contents:
      "export { readGuide } from './src/content/load.ts'; export { checklistReadability, guideReadability } from './tools/readability.ts'; export { checklistReadabilityEs, guideReadabilityEs } from './tools/readability-es.ts';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: out,
  logLevel: 'warning',
});
const { readGuide, checklistReadability, checklistReadabilityEs, guideReadability, guideReadabilityEs } = await import(pathToFileURL(out).href);

function table(head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

const enGuide = readGuide(join(root, 'content', 'en'));
const en = guideReadability(enGuide);
console.log('English (content/en/)\n');
table(['section', 'words', 'sentences', 'FK grade', 'SMOG'], [...en.sections, { ...en.whole, id: 'whole guide' }, checklistReadability(enGuide)].map((r) => [r.id, r.words, r.sentences, r.fk.toFixed(1), r.smog.toFixed(1)]));
console.log('\nGates: each section FK <= 8.0, whole guide FK <= 7.0, the checklist\'s own words FK <= 8.0 (tests/content/readability.test.ts).\n');

const esGuide = readGuide(join(root, 'content', 'es'));
const es = guideReadabilityEs(esGuide);
console.log('Spanish (content/es/)\n');
table(
  ['section', 'words', 'sentences', 'syllables', 'Szigriszt-Pazos', 'INFLESZ', 'Fernandez-Huerta'],
  [...es.sections, { ...es.whole, id: 'whole guide' }, checklistReadabilityEs(esGuide)].map((r) => [r.id, r.words, r.sentences, r.syllables, r.szigrisztPazos.toFixed(1), r.inflesz, r.fernandezHuerta.toFixed(1)]),
);
console.log('\nGates: each section INFLESZ >= 55 ("normal" or easier), the whole guide >= 65 ("bastante facil"), Fernandez-Huerta >= 70 for the whole guide, the checklist\'s own words INFLESZ >= 55 (tests/content/readability-es.test.ts).');
