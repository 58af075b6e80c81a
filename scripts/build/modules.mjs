// Bundles a module of src/ that the build itself runs to .build/, and imports it.
import { build } from 'esbuild';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * A dynamic import of a command's handler (src/commands/*.ts) from the command table (src/cli/table/) becomes a
 * stub: the build reads the table for its names, options and words, never runs a command.
 */
export const noHandlers = (root) => ({
  name: 'no-handlers',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/\.\.\/commands\/[\w-]+\.js$/ }, (args) =>
      args.kind === 'dynamic-import' && args.importer.startsWith(join(root, 'src/cli/table/')) ? { path: args.path, namespace: 'no-handler' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'no-handler' }, () => ({ contents: 'export {};\n', loader: 'js' }));
  },
});

/** Bundles `source` (a path under src/) to .build/ and imports it; returns the module and its metafile. */
export async function buildTimeModule(root, source, plugins = []) {
  const out = join(root, '.build', source.replace(/^src\//, '').replace(/\//g, '-').replace(/\.ts$/, '.mjs'));
  const result = await build({ entryPoints: [join(root, source)], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'warning', plugins: [noHandlers(root), ...plugins], metafile: true });
  return { module: await import(`${pathToFileURL(out).href}?t=${Date.now()}`), metafile: result.metafile };
}
