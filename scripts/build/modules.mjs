// Bundles a module of src/ that the build itself runs to .build/, and imports it.
import { build } from 'esbuild';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Bundles `source` (a path under src/) to .build/ and imports it; returns the module and its metafile. */
export async function buildTimeModule(root, source, plugins = []) {
  const out = join(root, '.build', source.replace(/^src\//, '').replace(/\//g, '-').replace(/\.ts$/, '.mjs'));
  const result = await build({ entryPoints: [join(root, source)], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'warning', plugins, metafile: true });
  return { module: await import(`${pathToFileURL(out).href}?t=${Date.now()}`), metafile: result.metafile };
}
