// Builds dist/: parses content/ once (a malformed file fails the build, naming it), renders the
// guide's terminal text, then bundles the CLI (CommonJS, split by what each command needs) and
// the library (src/index.ts, ESM) with the parsed guide inlined, and writes the man page, the
// licence notices and the library's type declarations.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeDeclarations } from './declarations.mjs';
import { writeLicenses } from './licenses.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** A module of src/ that the build itself runs, bundled to .build/ and imported, with its metafile. */
async function buildTimeModule(source, plugins = []) {
  const out = join(root, '.build', source.replace(/^src\//, '').replace(/\//g, '-').replace(/\.ts$/, '.mjs'));
  const result = await build({ entryPoints: [join(root, source)], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'warning', plugins, metafile: true });
  return { module: await import(pathToFileURL(out).href), metafile: result.metafile };
}

async function parseContent() {
  const { loadGuide } = (await buildTimeModule('src/content/load.ts')).module;
  try {
    return loadGuide(join(root, 'content'));
  } catch (error) {
    if (error?.name === 'ContentError') {
      console.error(`content error: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

const guide = await parseContent();

/**
 * The build-time data: `backpain:version`, `backpain:guide` (the parsed guide) and
 * `backpain:rendered` (its terminal text). The library inlines the data. The CLI reads it from
 * dist/guide.json and dist/rendered.json, beside its chunks in dist/commands/ and dist/lazy/: V8
 * parses JSON much faster than it compiles the same text as a string in a script. The entry file
 * (dist/cli.cjs) may hold the version only.
 */
const dataPlugin = (where) => ({
  name: 'backpain-data',
  setup(b) {
    b.onResolve({ filter: /^backpain:(guide|version|rendered)$/ }, (args) => ({ path: args.path.slice('backpain:'.length), namespace: 'backpain' }));
    const data = (name, value) => {
      if (where === 'inline') return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;
      if (where === 'files') return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(__dirname + '/../${name}.json', 'utf8'));\n`;
      return undefined;
    };
    b.onLoad({ filter: /^(guide|rendered)$/, namespace: 'backpain' }, (args) => {
      const contents = data(args.path, args.path === 'guide' ? guide : rendered.text);
      if (contents === undefined) return { errors: [{ text: `backpain:${args.path} must not be in this file: only the version is` }] };
      return { contents: args.path === 'guide' ? `${contents}export { version } from 'backpain:version';\n` : contents, loader: 'js' };
    });
    b.onLoad({ filter: /^version$/, namespace: 'backpain' }, () => ({ contents: `export const version = ${JSON.stringify(pkg.version)};\n`, loader: 'js' }));
  },
});

const stubs = {
  'cli-highlight': 'cli-highlight.js',
  'node-emoji': 'node-emoji.js',
  'supports-hyperlinks': 'supports-hyperlinks.js',
  '#supports-color': 'supports-color.js',
  './system/supports-colors': 'supports-color.js',
};
const stubPlugin = {
  name: 'stubs',
  setup(b) {
    b.onResolve({ filter: /^(cli-highlight|node-emoji|supports-hyperlinks|#supports-color|\.\/system\/supports-colors)$/ }, (args) =>
      args.path.startsWith('./') && !args.importer.includes('node_modules/@colors/colors/') ? undefined : { path: join(root, 'scripts/stubs', stubs[args.path]) },
    );
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes('node_modules/commander/') ? { path: join(root, 'scripts/stubs/child-process.js') } : undefined,
    );
  },
};

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
 * Every block `read` can print, rendered for the terminal with marked + marked-terminal
 * (src/render/prerender.ts): the CLI only wraps this text to the width, so a terminal read does
 * not load marked at all.
 */
async function prerender() {
  const { module, metafile } = await buildTimeModule('src/render/prerender.ts', [stubPlugin]);
  return { text: await module.prerenderReadBlocks(guide), metafile };
}

/** dist/man/backpain.1, from the same command specs as --help, so the two cannot drift. */
async function writeManPage() {
  const { renderMan } = (await buildTimeModule('src/render/man.ts')).module;
  const date = guide.sources.reviewed;
  mkdirSync(join(root, 'dist', 'man'), { recursive: true });
  writeFileSync(join(root, 'dist', 'man', 'backpain.1'), renderMan(pkg.version, guide.sources, date));
}

// The parts of the CLI that load heavy packages, each a file of its own that the CLI loads only
// when a command needs it.
const LAZY = {
  'src/render/terminal-read.ts': 'terminal', // the guide's terminal text: `read` on a terminal, --format text
  'src/render/html.ts': 'html', // marked: `read --format html`
  'src/check/prompts.ts': 'prompts', // Inquirer.js: `check` on a terminal
  'src/cli/commander-parse.ts': 'commander', // commander: help, errors, and flag forms fastParse leaves to it
  'src/render/chalk-style.ts': 'chalk', // chalk: output in colour
};

// One file per command (src/cli/runners/), loaded by main.ts for a line that starts with that
// command; commands/all.cjs (src/cli/core.ts) has every command, for any other line.
const COMMAND_FILES = Object.fromEntries(
  readdirSync(join(root, 'src/cli/runners'))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [`src/cli/runners/${file}`, `commands/${file.replace(/\.ts$/, '')}`]),
);
COMMAND_FILES['src/cli/core.ts'] = 'commands/all';

/**
 * Where the CLI is split into files: an import() of one of these sources becomes a require() of
 * its own file at run time instead of bundling it in, and a static import of one is an error (it
 * would load at start). require(), not import(): import() would start Node's ESM loader.
 */
const splitAt = (parts) => ({
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

const common = {
  outdir: join(root, 'dist'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  metafile: true,
  minify: true,
  // Licences of bundled packages are collected in THIRD_PARTY_LICENSES.md instead.
  legalComments: 'none',
  logLevel: 'warning',
};

// The CLI is CommonJS: Node 20 runs it without starting its ESM loader, which alone costs about a
// fifth of `node -e 0`. Compiling is most of what loading a file costs, so the CLI is split:
// dist/cli.cjs (src/cli/main.ts) answers `--version`, or loads the file of the command the line
// starts with (COMMAND_FILES); the heavy parts in LAZY (commander among them) each have a file
// under dist/lazy/.
const commonjs = { ...common, format: 'cjs', outExtension: { '.js': '.cjs' } };

const rendered = await prerender();

rmSync(join(root, 'dist'), { recursive: true, force: true });
mkdirSync(join(root, 'dist'), { recursive: true });
writeFileSync(join(root, 'dist', 'guide.json'), JSON.stringify(guide));
writeFileSync(join(root, 'dist', 'rendered.json'), JSON.stringify(rendered.text));
const cli = await build({
  ...commonjs,
  entryPoints: { cli: join(root, 'src/cli/main.ts') },
  plugins: [dataPlugin('none'), splitAt(Object.fromEntries(Object.entries(COMMAND_FILES).map(([source, file]) => [source, `./${file}.cjs`])))],
});
// Several entry points and no code splitting: each command's file is a bundle of its own.
const commands = await build({
  ...commonjs,
  entryPoints: Object.fromEntries(Object.entries(COMMAND_FILES).map(([source, file]) => [file, join(root, source)])),
  plugins: [dataPlugin('files'), stubPlugin, splitAt(Object.fromEntries(Object.entries(LAZY).map(([source, name]) => [source, `../lazy/${name}.cjs`]))), builtinsByRequire],
});
// One build per lazy part: esbuild splits code only for ESM, and these share nothing heavy.
const lazy = await Promise.all(
  Object.entries(LAZY).map(([source, name]) => build({ ...commonjs, entryPoints: { [`lazy/${name}`]: join(root, source) }, plugins: [dataPlugin('files'), stubPlugin, builtinsByRequire] })),
);
// The library (`import ... from 'backpain'`), as ESM, with its own copy of the guide.
const esm = await build({
  ...common,
  entryPoints: { index: join(root, 'src/index.ts') },
  format: 'esm',
  plugins: [dataPlugin('inline')],
});
const metafile = {
  inputs: Object.assign({}, ...[cli, commands, ...lazy, esm].map((r) => r.metafile.inputs)),
  outputs: Object.assign({}, ...[cli, commands, ...lazy, esm].map((r) => r.metafile.outputs)),
};
mkdirSync(join(root, '.build'), { recursive: true });
writeFileSync(join(root, '.build', 'meta.json'), JSON.stringify(metafile));
await writeManPage();
// The licences cover the code in dist/ and the packages that rendered the guide's terminal text.
writeLicenses(root, { inputs: { ...metafile.inputs, ...rendered.metafile.inputs } });
writeDeclarations(root);
