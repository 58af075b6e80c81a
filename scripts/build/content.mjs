// Step 1 of the build: every language's content and words, parsed and checked once. A malformed
// content file fails the build, naming the file and line. Writes dist/data/: for each language,
// guide.<lang>.idx.json and .<n>.dat (the parsed guide in pieces), messages.<lang>.* (the catalog
// of src/messages/, in pieces), search.<lang>.* (each section as search reads it),
// rendered.<lang>.json (the terminal text of every block a read can print, rendered by marked +
// marked-terminal: the CLI only wraps it) and terminal.<lang>.<plain|colour>.<width>.json (the
// same wrapped ahead to the common widths: the CLI only joins it), and html.<lang>.json (the
// pieces of the printable pages, rendered by marked: the CLI only joins them).
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOG_PIECES, asciiJson, writeBlocks, writeChunked, writeGuide } from './chunks.mjs';
import { buildTimeModule } from './modules.mjs';
import { stubPlugin } from './stubs.mjs';

/** The languages: one folder each under content/ with a catalog of the same name in src/messages/, English first. */
function languages(root) {
  return readdirSync(join(root, 'content'))
    .filter((name) => statSync(join(root, 'content', name)).isDirectory() && existsSync(join(root, 'src', 'messages', `${name}.ts`)))
    .sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
}

export async function buildContent(root) {
  const { readContent } = (await buildTimeModule(root, 'src/content/load.ts')).module;
  const { parityProblems } = (await buildTimeModule(root, 'src/content/parity.ts')).module;
  const { checklistQuestions, orderProblems } = (await buildTimeModule(root, 'src/check/questions.ts')).module;
  const { searchable } = (await buildTimeModule(root, 'src/core/search.ts')).module;
  const { module: prerender, metafile } = await buildTimeModule(root, 'src/build/prerender.ts', [stubPlugin(root)]);
  const langs = languages(root);
  const guides = {};
  const pages = {};
  const messages = {};
  const rendered = {};
  let wrappedWidths = [];
  for (const lang of langs) {
    try {
      ({ guide: guides[lang], pages: pages[lang] } = readContent(join(root, 'content', lang)));
    } catch (error) {
      if (error?.name !== 'ContentError') throw error;
      console.error(`content error: content/${lang}/${error.message}`);
      process.exit(1);
    }
    // A follow-up names what it follows: that must be asked before it, or it is never asked.
    const order = orderProblems(checklistQuestions(guides[lang]));
    if (order.length > 0) {
      console.error(`content error: content/${lang}/ asks the checklist out of order:\n  ${order.join('\n  ')}`);
      process.exit(1);
    }
    messages[lang] = (await buildTimeModule(root, `src/messages/${lang}.ts`)).module[lang];
    if (!messages[lang]) throw new Error(`src/messages/${lang}.ts must export '${lang}'`);
    rendered[lang] = await prerender.prerenderReadBlocks(guides[lang], messages[lang]);
  }
  // A translation says what the English guide says: the same sections, items, questions, notes and numbers.
  for (const lang of langs.filter((l) => l !== 'en')) {
    const problems = parityProblems(guides.en, guides[lang], { base: pages.en, other: pages[lang] });
    if (problems.length > 0) {
      console.error(`content error: content/${lang}/ does not match content/en/:\n  ${problems.join('\n  ')}`);
      process.exit(1);
    }
  }
  const data = join(root, 'dist', 'data');
  mkdirSync(data, { recursive: true });
  // The pictures of the printed pages: language-neutral SVG, whose text alternative is in each language's handout.md.
  const figures = {};
  for (const file of readdirSync(join(root, 'content', 'figures')).filter((f) => f.endsWith('.svg'))) {
    figures[file.replace(/\.svg$/, '')] = readFileSync(join(root, 'content', 'figures', file), 'utf8');
  }
  const html = {};
  for (const lang of langs) {
    // The guide and the catalog in pieces, as the CLI reads them (src/data/lazy-json.ts).
    writeGuide(join(data, `guide.${lang}`), guides[lang]);
    writeChunked(join(data, `messages.${lang}`), messages[lang], CATALOG_PIECES);
    // What search reads of each section, prepared: a search parses only that, and makes none of it.
    writeChunked(join(data, `search.${lang}`), Object.fromEntries(guides[lang].sections.map((s) => [s.id, searchable(s, lang)])), CATALOG_PIECES);
    writeFileSync(join(data, `rendered.${lang}.json`), asciiJson(rendered[lang]));
    // What a piped read prints, by block: the CLI only joins it.
    writeBlocks(join(data, `markdown.${lang}`), prerender.markdownReadBlocks(guides[lang], messages[lang]));
    // The printable pages' pieces, rendered ahead: the CLI joins them and parses no markdown.
    html[lang] = prerender.htmlFragments(guides[lang], pages[lang], figures['lower-body'], messages[lang], lang);
    writeFileSync(join(data, `html.${lang}.json`), asciiJson(html[lang]));
    // The same, wrapped ahead to the common widths, a file each, so a read parses only its own.
    const wrapped = await prerender.prewrapReadBlocks(rendered[lang], guides[lang], messages[lang]);
    wrappedWidths = Object.keys(wrapped.plain).map(Number);
    for (const [mode, widths] of Object.entries(wrapped)) {
      for (const [width, table] of Object.entries(widths)) writeFileSync(join(data, `terminal.${lang}.${mode}.${width}.json`), asciiJson(table));
    }
  }
  return { langs, guide: guides, pages, messages, rendered, html, wrappedWidths, figures, renderMetafile: metafile };
}
