// Builds dist/, one step per file under scripts/build/: every language's content parsed, checked
// and written as data (content.mjs), the CLI and the library bundled (bundles.mjs), the man pages
// (docs.mjs), the licence notices (licenses.mjs) and the library's type declarations
// (declarations.mjs). Two builds of one commit give the same dist/.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBundles } from './build/bundles.mjs';
import { buildContent } from './build/content.mjs';
import { buildDocs } from './build/docs.mjs';
import { writeDeclarations } from './build/declarations.mjs';
import { writeLicenses } from './build/licenses.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

rmSync(join(root, 'dist'), { recursive: true, force: true });
const content = await buildContent(root);
const bundles = await buildBundles(root, { version });
// What each file carries, for tests/cli/bundle.test.ts.
mkdirSync(join(root, '.build'), { recursive: true });
writeFileSync(join(root, '.build', 'meta.json'), JSON.stringify(bundles));
await buildDocs(root, { version, content });
// The licences cover the code in dist/ and the packages that rendered the guide's terminal text.
writeLicenses(root, { inputs: { ...bundles.inputs, ...content.renderMetafile.inputs } });
writeDeclarations(root);
