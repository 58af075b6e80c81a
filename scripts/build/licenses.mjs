// Writes THIRD_PARTY_LICENSES.md: the licence text of every package whose code is in the bundle,
// or whose output is (marked-terminal renders the guide's terminal text at build time).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function packageDirs(metafile) {
  const dirs = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match) dirs.add(match[1]);
  }
  return [...dirs].sort();
}

export function writeLicenses(root, metafile) {
  const parts = ['# Third-party licences', '', 'backpain bundles code from these packages, or text they rendered when it was built; their licences follow.', ''];
  for (const dir of packageDirs(metafile)) {
    const pkg = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
    const file = readdirSync(join(root, dir)).find((name) => /^(licen[cs]e|copying)(\.|$)/i.test(name));
    const text = file && existsSync(join(root, dir, file)) ? readFileSync(join(root, dir, file), 'utf8').trim() : `License: ${pkg.license ?? 'see package'}`;
    parts.push(`## ${pkg.name}@${pkg.version} (${pkg.license ?? 'unknown'})`, '', '```', text, '```', '');
  }
  writeFileSync(join(root, 'THIRD_PARTY_LICENSES.md'), parts.join('\n'));
}
