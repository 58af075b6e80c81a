// Step 2 of the build: the CLI and the library, bundled by esbuild.
//
// The CLI is CommonJS: Node 20 runs it without starting its ESM loader, which alone costs about a
// fifth of `node -e 0`. Compiling our code is most of what a start costs past Node's own, so the
// CLI is split:
// - bin/backpain.js picks the file for the command the line names, so that a command loads one
//   file of ours besides the bin;
// - dist/commands/<name>.cjs, one per entry of the command table (src/cli/commands.ts): the whole
//   CLI (src/cli/main.ts) with that command's handler and no other; dist/commands/all.cjs with
//   every command, for any other line;
// - dist/cli.cjs answers `--version` alone;
// - dist/lazy/<part>.cjs, the parts that load heavy packages (LAZY below), each loaded only by the
//   command that needs it.
// The data (guide, catalog, terminal text) is JSON beside the code, in dist/data/: V8 parses JSON
// much faster than it compiles the same text as a string inside a script.
import { build } from 'esbuild';
import { isBuiltin } from 'node:module';
import { join } from 'node:path';
import { stubPlugin } from './stubs.mjs';

// The parts of the CLI that load heavy packages, each a file of its own.
const LAZY = {
  'src/render/terminal-read.ts': 'terminal', // the guide's terminal text: `read` on a terminal, --format text
  'src/render/html-page.ts': 'html', // `read --format html` and `handout`: the pages, joined from pieces the build rendered
  'src/check/prompts.ts': 'prompts', // Inquirer.js: `check` on a terminal
  'src/check/plain-asker.ts': 'plain-prompts', // `check --accessible` on a terminal: one plain line at a time
  'src/cli/commander-parse.ts': 'commander', // commander: the flag forms fastParse leaves to it
  'src/cli/help.ts': 'help', // help, from the command table and the catalog
  'src/cli/errors.ts': 'errors', // an error's words, from the catalog: only when there is one
  'src/cli/pager.ts': 'pager', // the pager: `read` on a terminal, taller than the screen
  'src/check/answers-json.ts': 'answers-json', // jsonc-parser: `check --answers`
  'src/cli/read-input.ts': 'read-input', // `check --answers`: standard input or a regular file, read whole
  'src/cli/write-output.ts': 'write-output', // --output: the atomic write
};

/**
 * The build-time data modules. `files`: functions that read dist/data/<kind>.<lang>.json when first
 * asked (from `dataDir`, relative to the file that asks); `inline`: the library's own copy.
 * `backpain:version` is the package version alone, so `--version` loads nothing else.
 */
const dataPlugin = ({ mode, dataDir = '../data', version, content, root }) => ({
  name: 'backpain-data',
  setup(b) {
    b.onResolve({ filter: /^backpain:(data|version|rendered)$/ }, (args) => ({ path: args.path.slice('backpain:'.length), namespace: 'backpain' }));
    b.onLoad({ filter: /^version$/, namespace: 'backpain' }, () => ({ contents: `export const version = ${JSON.stringify(version)};\n`, loader: 'js' }));
    b.onLoad({ filter: /^(data|rendered)$/, namespace: 'backpain' }, (args) => {
      const kinds = args.path === 'data' ? { loadGuide: 'guide', loadMessages: 'messages' } : { loadRendered: 'rendered', loadHtml: 'html' };
      if (mode === 'inline') {
        const table = (kind) => JSON.stringify(Object.fromEntries(content.langs.map((lang) => [lang, JSON.stringify(content[kind][lang])])));
        const body = Object.entries(kinds).map(([fn, kind]) => `const ${kind}s = ${table(kind)};\nexport function ${fn}(lang) { return JSON.parse(${kind}s[lang]); }\n`);
        // The library prepares what search needs as it searches.
        if (args.path === 'data') body.push('export function loadSearchable() { return {}; }\n');
        // ... and renders a piped read from the markdown.
        if (args.path === 'data') body.push('export function loadMarkdownBlocks() { return undefined; }\n');
        // The library wraps at run time: it carries no text wrapped ahead.
        if (args.path === 'rendered') body.push('export function loadWrapped() { return undefined; }\n');
        return { contents: body.join(''), loader: 'js' };
      }
      const body = [
        "import { readFileSync } from 'node:fs';",
        `import { lazyBlocks, lazyCatalog, lazyGuide } from ${JSON.stringify(join(root, 'src/data/lazy-json.ts'))};`,
        'const cache = new Map();',
        // The guide and the catalog are read in pieces: a command parses only what it touches.
        `function pieces(kind, lang) { const key = kind + '.' + lang; if (!cache.has(key)) cache.set(key, (kind === 'guide' ? lazyGuide : lazyCatalog)(__dirname + ${JSON.stringify(`/${dataDir}/`)} + key)); return cache.get(key); }`,
        `function read(kind, lang) { const key = kind + '.' + lang; if (!cache.has(key)) cache.set(key, JSON.parse(readFileSync(__dirname + ${JSON.stringify(`/${dataDir}/`)} + key + '.json', 'utf8'))); return cache.get(key); }`,
        ...Object.entries(kinds).map(([fn, kind]) => `export function ${fn}(lang) { return ${kind === 'guide' || kind === 'messages' ? 'pieces' : 'read'}(${JSON.stringify(kind)}, lang); }`),
        ...(args.path === 'rendered' ? [`const wrapped = new Set(${JSON.stringify(content.wrappedWidths)});`, 'export function loadWrapped(lang, mode, width) { return wrapped.has(width) ? read(`terminal`, `${lang}.${mode}.${width}`) : undefined; }'] : []),
        ...(args.path === 'data' ? [`export function loadMarkdownBlocks(lang) { const key = 'markdown.' + lang; if (!cache.has(key)) cache.set(key, lazyBlocks(__dirname + ${JSON.stringify(`/${dataDir}/`)} + key)); return cache.get(key); }`] : []),
        ...(args.path === 'data' ? [`export function loadSearchable(lang) { const key = 'search.' + lang; if (!cache.has(key)) cache.set(key, lazyCatalog(__dirname + ${JSON.stringify(`/${dataDir}/`)} + key)); return cache.get(key); }`] : []),
      ];
      return { contents: `${body.join('\n')}\n`, loader: 'js', resolveDir: root };
    });
  },
});

/**
 * A dynamic import() of one of Node's built-in modules becomes a require() call: in CommonJS
 * output esbuild keeps import() as it is, and that would start Node's ESM loader.
 */
const builtinsByRequire = {
  name: 'builtins-by-require',
  setup(b) {
    b.onResolve({ filter: /^[a-z_:/]+$/ }, (args) => (args.kind === 'dynamic-import' && isBuiltin(args.path) ? { path: args.path, namespace: 'builtin-require' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'builtin-require' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});\n`, loader: 'js' }));
  },
};

/**
 * Where the CLI is split into files: an import() of one of these sources becomes a require() of
 * its own file at run time instead of bundling it in, and a static import of one is an error (it
 * would load at start). require(), not import(): import() would start Node's ESM loader.
 */
const splitAt = (root, parts) => ({
  name: 'split-points',
  setup(b) {
    const files = new Map(Object.entries(parts).map(([source, file]) => [join(root, source), file]));
    b.onResolve({ filter: /\.js$/ }, (args) => {
      const file = files.get(join(args.resolveDir, args.path.replace(/\.js$/, '.ts')));
      if (!file) return undefined;
      if (args.kind !== 'dynamic-import') return { errors: [{ text: `${args.path} must be imported with import(), so start-up does not load it` }] };
      return { path: file, namespace: 'require-file' };
    });
    b.onLoad({ filter: /.*/, namespace: 'require-file' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});\n`, loader: 'js' }));
    b.onResolve({ filter: /.*/ }, (args) => (args.namespace === 'require-file' ? { path: args.path, external: true } : undefined));
  },
});

/**
 * The command table's handlers in this file: only `keep` (a command's name, or every command for
 * `all`); each other handler becomes a stub that says it is not here, which main.ts never reaches
 * because it loads the file of the command the line starts with.
 */
const handlers = (root, keep) => ({
  name: 'handlers',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/\.\.\/commands\/[\w-]+\.js$/ }, (args) => {
      if (args.kind !== 'dynamic-import' || !args.importer.startsWith(join(root, 'src/cli/table/'))) return undefined;
      const name = /([\w-]+)\.js$/.exec(args.path)?.[1];
      return keep === 'all' || name === keep ? undefined : { path: name, namespace: 'handler-elsewhere' };
    });
    b.onLoad({ filter: /.*/, namespace: 'handler-elsewhere' }, (args) => ({ contents: `throw new Error(${JSON.stringify(`the ${args.path} command is not in this file`)});\n`, loader: 'js' }));
  },
});

/**
 * A command's file needs its own entry of the table and only the names of the others (for "Commands:
 * ..." in an error): each other entry is a stub. The file with every command, and `completion`,
 * whose scripts complete every command, keep the whole table.
 */
const table = (root, keep) => ({
  name: 'table',
  setup(b) {
    if (keep === 'all' || keep === 'completion') return;
    b.onResolve({ filter: /^\.\/table\/[\w-]+\.js$/ }, (args) => {
      if (args.importer !== join(root, 'src/cli/commands.ts')) return undefined;
      const name = /([\w-]+)\.js$/.exec(args.path)?.[1];
      return name === keep ? undefined : { path: name, namespace: 'entry-elsewhere' };
    });
    b.onLoad({ filter: /.*/, namespace: 'entry-elsewhere' }, (args) => ({
      // Its name is all this file reads of it.
      contents: `export const ${args.path} = { name: ${JSON.stringify(args.path)} };\n`,
      loader: 'js',
    }));
  },
});

/**
 * The entry of one command's file (or every command's, for `all`): main.ts with its runner. Each
 * file is the whole CLI for its command: bin/backpain.js loads it and nothing else of ours.
 */
function entryFor(root, name) {
  const names = name === 'all' ? '' : JSON.stringify([name]);
  const from = (file) => JSON.stringify(join(root, file));
  return {
    contents: `import { main } from ${from('src/cli/main.ts')};\nimport { nodeIo } from ${from('src/cli/node-io.ts')};\nimport { createRun } from ${from('src/cli/run.ts')};\nvoid main({ run: createRun(${names}), nodeIo });\n`,
    resolveDir: root,
    sourcefile: `commands/${name}.ts`,
    loader: 'ts',
  };
}

/** dist/cli.cjs: `--version` alone, the smallest file. */
function versionEntry(root) {
  return { contents: `import { printVersion } from ${JSON.stringify(join(root, 'src/cli/main.ts'))};\nvoid printVersion();\n`, resolveDir: root, sourcefile: 'cli.ts', loader: 'ts' };
}

const common = (root) => ({
  outdir: join(root, 'dist'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  metafile: true,
  minify: true,
  // Licences of bundled packages are collected in THIRD_PARTY_LICENSES.md instead.
  legalComments: 'none',
  logLevel: 'warning',
});

export async function buildBundles(root, { version, names, content }) {
  const commonjs = { ...common(root), format: 'cjs', outExtension: { '.js': '.cjs' } };
  const lazySplits = Object.fromEntries(Object.entries(LAZY).map(([source, name]) => [source, `../lazy/${name}.cjs`]));
  const data = dataPlugin({ mode: 'files', version, content, root });
  const cli = await build({ ...commonjs, stdin: versionEntry(root), outfile: join(root, 'dist', 'cli.cjs'), outdir: undefined, plugins: [dataPlugin({ mode: 'files', dataDir: 'data', version, content, root }), splitAt(root, { 'src/cli/errors.ts': './lazy/errors.cjs' })] });
  // One build per command file: each keeps only its own handler, so each is a bundle of its own.
  const commands = await Promise.all(
    [...names, 'all'].map((name) =>
      build({ ...commonjs, stdin: entryFor(root, name), outfile: join(root, 'dist', 'commands', `${name}.cjs`), outdir: undefined, plugins: [data, table(root, name), handlers(root, name), stubPlugin(root), splitAt(root, lazySplits), builtinsByRequire] }),
    ),
  );
  // One build per lazy part: esbuild splits code only for ESM, and these share nothing heavy.
  const lazy = await Promise.all(
    Object.entries(LAZY).map(([source, name]) =>
      build({ ...commonjs, entryPoints: { [`lazy/${name}`]: join(root, source) }, plugins: [data, handlers(root, 'none'), stubPlugin(root), builtinsByRequire] }),
    ),
  );
  // The library (`import ... from 'backpain'`), as ESM, with its own copy of the guide in every language.
  const esm = await build({ ...common(root), entryPoints: { index: join(root, 'src/index.ts') }, format: 'esm', plugins: [dataPlugin({ mode: 'inline', version, content })] });
  const results = [cli, ...commands, ...lazy, esm];
  return {
    inputs: Object.assign({}, ...results.map((r) => r.metafile.inputs)),
    outputs: Object.assign({}, ...results.map((r) => r.metafile.outputs)),
  };
}
