// Writes the library's type declarations (dist/index.d.ts and the modules it names) with tsc,
// from tsconfig.lib.json. esbuild strips types, so the published .d.ts come from here.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export function writeDeclarations(root) {
  const tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.lib.json')], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('declarations: tsc -p tsconfig.lib.json failed');
    process.exit(1);
  }
}
