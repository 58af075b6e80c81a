// For `npm run bench -- --scale`: a copy of the project whose guide is `factor` times larger, built
// in a temporary folder. Every section is copied factor - 1 times under new ids and orders, in
// every language alike (so the translation still matches English), as plain sections: no list of
// their own (each list kind lives in one section), no handout marks, no checklist questions. So a
// command that needs one section or one list has ten or a hundred times more guide around it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A section as a plain copy: a new id and order, its lists, items' annotations and handout marks dropped. */
function plainCopy(text, copy, order) {
  return text
    .replace(/^id: (.+)$/m, (_, id) => `id: ${id}-copy${copy}`)
    .replace(/^order: \d+$/m, `order: ${order}`)
    .replace(/^list: .*\n/m, '')
    .replace(/ \{#[^}]*\}:/g, ':')
    .split('\n')
    .filter((line) => !/^\s+(Ask|Advice):|^\s+Note \{|^\{\/?handout/.test(line))
    .join('\n');
}

/** Builds a copy of `root` with the guide `factor` times larger; returns the copy's folder. */
export function scaledCopy(root, factor) {
  const dir = mkdtempSync(join(tmpdir(), `backpain-scale-${factor}-`));
  const skip = new Set(['node_modules', '.git', 'dist', '.build', 'coverage']);
  for (const name of readdirSync(root)) if (!skip.has(name)) cpSync(join(root, name), join(dir, name), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (const lang of readdirSync(join(dir, 'content')).filter((name) => /^[a-z]{2}$/.test(name))) {
    const folder = join(dir, 'content', lang);
    const sections = readdirSync(folder).filter((name) => /^\d+-[\w-]+\.md$/.test(name)).sort();
    let order = sections.length;
    for (let copy = 1; copy < factor; copy++) {
      for (const file of sections) {
        order += 1;
        const text = plainCopy(readFileSync(join(folder, file), 'utf8'), copy, order);
        const id = /^id: (.+)$/m.exec(text)?.[1];
        writeFileSync(join(folder, `${String(order).padStart(2, '0')}-${id}.md`), text);
      }
    }
  }
  const built = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: dir, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`the ${factor} times larger guide did not build:\n${built.stderr}`);
  return dir;
}
