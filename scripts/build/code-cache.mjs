// Step 5 of the build: the command lines each command file's V8 code cache is made from
// (dist/code-cache/lines.json: its command's examples from the table, the part before any | or >),
// then the caches themselves for the node running the build (scripts/code-cache.cjs, which npm
// also runs after an install, for the user's own node). Most of what a command costs past Node's
// own start is V8 compiling our code; with its cache, V8 reads the compiled functions instead.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildTimeModule } from './modules.mjs';

/** An example's command line as arguments: `backpain list causes --json | jq` is ['list', 'causes', '--json']. */
export function exampleArgs(example) {
  const line = example.replace(/^backpain\s+/, '').split(/\s[|>]\s/)[0].trim();
  if (/["'\\$`]/.test(line)) throw new Error(`code cache: the example "${example}" needs a shell to split; keep quotes after a | or >`);
  return line.split(/\s+/).filter(Boolean);
}

export async function writeCodeCacheLines(root) {
  const { COMMANDS } = (await buildTimeModule(root, 'src/cli/commands.ts')).module;
  const lines = Object.fromEntries(COMMANDS.map((c) => [c.name, c.examples.map(exampleArgs)]));
  // The file for every other line: no command, help.
  lines.all = [[], ['--help']];
  mkdirSync(join(root, 'dist', 'code-cache'), { recursive: true });
  writeFileSync(join(root, 'dist', 'code-cache', 'lines.json'), `${JSON.stringify(lines)}\n`);
}

/** Makes the caches into `packageRoot`/dist/code-cache (its lines.json written), for the node running this and the V8 flags given. */
export function writeCodeCaches(root, { packageRoot = root, v8Flags = [] } = {}) {
  const { makeCodeCaches } = createRequire(import.meta.url)(join(root, 'scripts', 'code-cache.cjs'));
  makeCodeCaches({ packageRoot, v8Flags });
}
