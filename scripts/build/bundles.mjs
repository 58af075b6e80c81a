// Step 2 of the build: the CLI and the library, bundled by esbuild.
// - dist/backpain.cjs: the whole CLI (src/cli/main.ts). CommonJS: Node 20 runs it without starting
//   its ESM loader, which alone costs about a fifth of `node -e 0`.
// - dist/lazy/<part>.cjs: the few parts that load a heavy package a command line rarely needs
//   (LAZY below), each loaded by require() when first imported.
// - dist/index.js: the library, as ESM. Both read the data files of dist/data/ (src/data/files.ts).
import { build } from 'esbuild';
import { isBuiltin } from 'node:module';
import { join } from 'node:path';
import { stubPlugin } from './stubs.mjs';

const LAZY = {
  'src/check/prompts.ts': 'prompts', // Inquirer.js: `check` on a terminal
  'src/cli/commander-parse.ts': 'commander', // commander: the command lines fastParse leaves to it
  'src/check/answers-json.ts': 'answers-json', // jsonc-parser: `check --answers`
};

/**
 * An import() of a LAZY source becomes a require() of its own file (a static import of one is an
 * error: it would load at start), and an import() of a Node built-in a require() too: in CommonJS
 * output esbuild keeps import() as it is, and that would start Node's ESM loader.
 */
const lazyParts = (root) => ({
  name: 'lazy-parts',
  setup(b) {
    const files = new Map(Object.entries(LAZY).map(([source, name]) => [join(root, source), `./lazy/${name}.cjs`]));
    const required = (path) => ({ path, namespace: 'require' });
    b.onResolve({ filter: /.*/ }, (args) => {
      if (args.namespace === 'require') return { path: args.path, external: true };
      if (args.kind === 'dynamic-import' && isBuiltin(args.path)) return required(args.path);
      const file = args.path.endsWith('.js') ? files.get(join(args.resolveDir, args.path.replace(/\.js$/, '.ts'))) : undefined;
      if (!file) return undefined;
      if (args.kind !== 'dynamic-import') return { errors: [{ text: `${args.path} must be imported with import(), so start-up does not load it` }] };
      return required(file);
    });
    b.onLoad({ filter: /.*/, namespace: 'require' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});\n`, loader: 'js' }));
  },
});

export async function buildBundles(root, { version }) {
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    metafile: true,
    minify: true,
    // Licences of bundled packages are collected in THIRD_PARTY_LICENSES.md instead.
    legalComments: 'none',
    logLevel: 'warning',
    define: { BACKPAIN_VERSION: JSON.stringify(version) },
  };
  const cjs = { ...common, format: 'cjs', plugins: [stubPlugin(root), lazyParts(root)] };
  const results = await Promise.all([
    build({ ...cjs, entryPoints: [join(root, 'src/cli/main.ts')], outfile: join(root, 'dist', 'backpain.cjs') }),
    ...Object.entries(LAZY).map(([source, name]) => build({ ...cjs, entryPoints: [join(root, source)], outfile: join(root, 'dist', 'lazy', `${name}.cjs`) })),
    build({ ...common, entryPoints: [join(root, 'src/index.ts')], format: 'esm', outfile: join(root, 'dist', 'index.js') }),
  ]);
  return { inputs: Object.assign({}, ...results.map((r) => r.metafile.inputs)), outputs: Object.assign({}, ...results.map((r) => r.metafile.outputs)) };
}
