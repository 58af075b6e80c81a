// Builds dist/, one step per file under scripts/build/: the content of every language parsed and
// rendered (content.mjs), the CLI and the library bundled (bundles.mjs), the man pages (docs.mjs),
// the licence notices (licenses.mjs), the library's type declarations (declarations.mjs) and a
// V8 code cache for each command's file (code-cache.mjs).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBundles } from './build/bundles.mjs';
import { writeCodeCacheLines, writeCodeCaches } from './build/code-cache.mjs';
import { buildContent } from './build/content.mjs';
import { buildDocs, commandNames } from './build/docs.mjs';
import { writeDeclarations } from './build/declarations.mjs';
import { writeLicenses } from './build/licenses.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

rmSync(join(root, 'dist'), { recursive: true, force: true });
const content = await buildContent(root);
const names = await commandNames(root);
const metafile = await buildBundles(root, { version, names, content });
mkdirSync(join(root, '.build'), { recursive: true });
writeFileSync(join(root, '.build', 'meta.json'), JSON.stringify(metafile));
await buildDocs(root, { version, content });
// The licences cover the code in dist/ and the packages that rendered the guide's terminal text.
writeLicenses(root, { inputs: { ...metafile.inputs, ...content.renderMetafile.inputs } });
writeDeclarations(root);
await writeCodeCacheLines(root);
writeCodeCaches(root);
