// Builds dist/: parses content/ once (a malformed file fails the build, naming it), then bundles
// the CLI and the library (src/index.ts) with the parsed guide inlined, the renderer and prompts
// in chunks of their own, and writes the library's type declarations.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeDeclarations } from './declarations.mjs';
import { writeLicenses } from './licenses.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

async function parseContent() {
  const out = join(root, '.build', 'load.mjs');
  await build({ entryPoints: [join(root, 'src/content/load.ts')], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'warning' });
  const { loadGuide } = await import(pathToFileURL(out).href);
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

const guidePlugin = {
  name: 'backpain-guide',
  setup(b) {
    b.onResolve({ filter: /^backpain:(guide|version)$/ }, (args) => ({ path: args.path.slice('backpain:'.length), namespace: 'backpain' }));
    b.onLoad({ filter: /^guide$/, namespace: 'backpain' }, () => ({
      // V8 parses a JSON string faster than the same data as an object literal.
      contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(guide))});\nexport { version } from 'backpain:version';\n`,
      loader: 'js',
    }));
    b.onLoad({ filter: /^version$/, namespace: 'backpain' }, () => ({ contents: `export const version = ${JSON.stringify(pkg.version)};\n`, loader: 'js' }));
  },
};

const stubs = { 'cli-highlight': 'cli-highlight.js', 'node-emoji': 'node-emoji.js' };
const stubPlugin = {
  name: 'stubs',
  setup(b) {
    b.onResolve({ filter: /^(cli-highlight|node-emoji)$/ }, (args) => ({ path: join(root, 'scripts/stubs', stubs[args.path]) }));
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes('node_modules/commander/') ? { path: join(root, 'scripts/stubs/child-process.js') } : undefined,
    );
  },
};

/** dist/man/backpain.1, from the same command specs as --help, so the two cannot drift. */
async function writeManPage() {
  const out = join(root, '.build', 'man.mjs');
  await build({ entryPoints: [join(root, 'src/render/man.ts')], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'warning' });
  const { renderMan } = await import(pathToFileURL(out).href);
  const date = guide.sources.reviewed;
  mkdirSync(join(root, 'dist', 'man'), { recursive: true });
  writeFileSync(join(root, 'dist', 'man', 'backpain.1'), renderMan(pkg.version, guide.sources, date));
}

rmSync(join(root, 'dist'), { recursive: true, force: true });
const result = await build({
  // The CLI, and the library (`import ... from 'backpain'`): shared modules such as the guide go
  // to common chunks, so the package carries the guide once.
  entryPoints: { cli: join(root, 'src/cli/main.ts'), index: join(root, 'src/index.ts') },
  outdir: join(root, 'dist'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [guidePlugin, stubPlugin],
  // Bundled CommonJS packages (commander) call require() for Node's own modules.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  metafile: true,
  minify: true,
  // Licences of bundled packages are collected in THIRD_PARTY_LICENSES.md instead.
  legalComments: 'none',
  logLevel: 'warning',
});
mkdirSync(join(root, '.build'), { recursive: true });
writeFileSync(join(root, '.build', 'meta.json'), JSON.stringify(result.metafile));
await writeManPage();
writeLicenses(root, result.metafile);
writeDeclarations(root);
