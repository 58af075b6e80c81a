// Step 5 of the build: a V8 code cache for each command's file (dist/code-cache/<name>.<v8>.bin).
// Most of what a command costs past Node's own start is V8 compiling our code; with the cache,
// V8 reads the compiled functions instead. Each file is run on its command's examples from the
// command table (the part before any | or >, in a temporary folder, since some write a file),
// and the cache holds every function those runs compiled; a line that runs others compiles them
// as usual. The cache fits only this V8 and these V8 flags: bin/backpain.js looks for the file
// named for the V8 it runs on, and V8 rejects one made under other flags (the file then compiles
// as if there were no cache).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildTimeModule } from './modules.mjs';

/** An example's command line as arguments: `backpain list causes --json | jq` is ['list', 'causes', '--json']. */
export function exampleArgs(example) {
  const line = example.replace(/^backpain\s+/, '').split(/\s[|>]\s/)[0].trim();
  if (/["'\\$`]/.test(line)) throw new Error(`code cache: the example "${example}" needs a shell to split; keep quotes after a | or >`);
  return line.split(/\s+/).filter(Boolean);
}

/** Writes the caches into `packageRoot`/dist/code-cache, for the node running this and the V8 flags given. */
export async function writeCodeCaches(root, { packageRoot = root, v8Flags = [] } = {}) {
  const { COMMANDS } = (await buildTimeModule(root, 'src/cli/commands.ts')).module;
  const lines = Object.fromEntries(COMMANDS.map((c) => [c.name, c.examples.map(exampleArgs)]));
  // The file for every other line: no command, help.
  lines.all = [[], ['--help']];
  const dir = join(packageRoot, 'dist', 'code-cache');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const cwd = mkdtempSync(join(tmpdir(), 'backpain-code-cache-'));
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(NO_COLOR|FORCE_COLOR|COLUMNS|NODE_OPTIONS|LANG|LANGUAGE|LC_.*|BACKPAIN_.*)$/.test(key)));
  try {
    for (const [name, examples] of Object.entries(lines)) {
      const out = join(dir, `${name}.${process.versions.v8}.bin`);
      const worker = join(root, 'scripts', 'build', 'code-cache-worker.cjs');
      const bin = join(packageRoot, 'bin', 'backpain.js');
      const result = spawnSync(process.execPath, [...v8Flags, worker, bin, name, JSON.stringify(examples), out], { cwd, env, stdio: ['ignore', 'ignore', 'pipe'], timeout: 60_000, encoding: 'utf8' });
      if (result.status !== 0 || statSync(out, { throwIfNoEntry: false })?.size === undefined) {
        throw new Error(`code cache for ${name} failed (exit ${result.status ?? result.signal}): ${result.stderr}`);
      }
    }
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}
