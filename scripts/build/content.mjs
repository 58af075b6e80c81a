// Step 1 of the build: every language's content and words, parsed and checked once. A malformed
// content file fails the build, naming the file and line. Writes, for each language of LANGS
// (src/core/lang.ts), the files of src/data/files.ts: dist/data/<lang>.json (the LangData of
// src/data/types.ts), <lang>.search.json (each section as search reads it) and <lang>.html.json
// (the printable pages' pieces). Both extras pay: see docs/SPEED.md.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildTimeModule } from './modules.mjs';
import { stubPlugin } from './stubs.mjs';

function fail(message) {
  console.error(`content error: ${message}`);
  process.exit(1);
}

export async function buildContent(root) {
  const { LANGS } = (await buildTimeModule(root, 'src/core/lang.ts')).module;
  const { readContent } = (await buildTimeModule(root, 'src/content/load.ts')).module;
  const { parityProblems } = (await buildTimeModule(root, 'src/check/parity.ts')).module;
  const { checklistQuestions, orderProblems } = (await buildTimeModule(root, 'src/check/questions.ts')).module;
  const { searchable } = (await buildTimeModule(root, 'src/core/search.ts')).module;
  const { module: prerender, metafile } = await buildTimeModule(root, 'src/build/prerender.ts', [stubPlugin(root)]);
  const figures = Object.fromEntries(
    readdirSync(join(root, 'content', 'figures'))
      .filter((f) => f.endsWith('.svg'))
      .map((f) => [f.replace(/\.svg$/, ''), readFileSync(join(root, 'content', 'figures', f), 'utf8')]),
  );
  const parsed = {};
  const messages = {};
  for (const lang of LANGS) {
    try {
      parsed[lang] = readContent(join(root, 'content', lang));
    } catch (error) {
      if (error?.name !== 'ContentError') throw error;
      fail(`content/${lang}/${error.message}`);
    }
    // A follow-up names what it follows: that must be asked before it, or it is never asked.
    const order = orderProblems(checklistQuestions(parsed[lang].guide));
    if (order.length > 0) fail(`content/${lang}/ asks the checklist out of order:\n  ${order.join('\n  ')}`);
    messages[lang] = (await buildTimeModule(root, `src/messages/${lang}.ts`)).module[lang];
    if (!messages[lang]) throw new Error(`src/messages/${lang}.ts must export '${lang}'`);
  }
  // A translation says what the English guide says: the same sections, items, questions, notes and numbers.
  for (const lang of LANGS.filter((l) => l !== 'en')) {
    const problems = parityProblems(parsed.en.guide, parsed[lang].guide, { base: parsed.en.pages, other: parsed[lang].pages });
    if (problems.length > 0) fail(`content/${lang}/ does not match content/en/:\n  ${problems.join('\n  ')}`);
  }
  const data = join(root, 'dist', 'data');
  mkdirSync(data, { recursive: true });
  const written = {};
  for (const lang of LANGS) {
    const { guide, pages } = parsed[lang];
    const m = messages[lang];
    written[lang] = { guide, messages: m, terminal: await prerender.terminalBlocks(guide, m) };
    writeFileSync(join(data, `${lang}.json`), JSON.stringify(written[lang]));
    writeFileSync(join(data, `${lang}.search.json`), JSON.stringify(Object.fromEntries(guide.sections.map((s) => [s.id, searchable(s, lang)]))));
    writeFileSync(join(data, `${lang}.html.json`), JSON.stringify(prerender.htmlFragments(guide, pages, figures['lower-body'], m, lang)));
  }
  return { langs: LANGS, data: written, renderMetafile: metafile };
}
