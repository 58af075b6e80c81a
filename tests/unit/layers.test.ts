import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The data flows one way: content -> core -> check -> render -> data -> commands -> cli. A file may
// import its own layer or a lower one, never a higher one (types included: a type that points up
// is a dependency that points up).
const LAYERS = ['content', 'core', 'check', 'render', 'data', 'commands', 'cli'] as const;
/** The catalog is words only, below everything; the build-time renderers and the library entry sit on top. */
const RANK: Readonly<Record<string, number>> = { messages: -1, ...Object.fromEntries(LAYERS.map((l, i) => [l, i])), build: LAYERS.length, types: LAYERS.length, 'index.ts': LAYERS.length };

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

const layerOf = (file: string): string => relative(SRC, file).split('/')[0] ?? '';

/** Every import of our own files, static or dynamic, with the layer on each side. */
function imports(): { from: string; to: string }[] {
  return files(SRC).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/(?:from|import\()\s*'(\.[^']+)'/g)].map((m) => ({ from: relative(SRC, file), to: relative(SRC, join(dirname(file), (m[1] ?? '').replace(/\.js$/, '.ts'))) })),
  );
}

describe('the layers of src/', () => {
  it('every folder of src/ is a layer with a place', () => {
    for (const file of files(SRC)) expect(RANK[layerOf(file)], relative(SRC, file)).toBeDefined();
  });

  it('no file imports from a layer above its own', () => {
    const up = imports().filter(({ from, to }) => (RANK[layerOf(join(SRC, to))] ?? 99) > (RANK[layerOf(join(SRC, from))] ?? -99));
    expect(up.map(({ from, to }) => `${from} -> ${to}`)).toEqual([]);
  });

  it('can tell: an import that points up is seen', () => {
    expect(imports().some(({ from, to }) => from === 'cli/run.ts' && to === 'commands/table.ts')).toBe(true);
  });
});
