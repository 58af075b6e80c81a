import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../../src/cli/commands.js';
import { BIN } from '../support/cli.js';

// The V8 code caches (dist/code-cache/<file>.<v8>.bin, made by scripts/code-cache.cjs after the
// build and after an install): bin/backpain.js compiles a command's file with its cache when there
// is one for the V8 it runs on. A cache must only ever save time: the same output, the same exit
// code, with it, without it, or with one V8 rejects.
const PACKAGE_ROOT = dirname(dirname(BIN));
const FILES = [...COMMAND_NAMES, 'all'];
const v8 = process.versions.v8;
const cacheOf = (root: string, name: string): string => join(root, 'dist', 'code-cache', `${name}.${v8}.bin`);

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/** A copy of `from` (the bin, dist/ and package.json: all a run reads). */
function packageCopy(from = PACKAGE_ROOT): string {
  const dir = mkdtempSync(join(tmpdir(), 'backpain-code-cache-test-'));
  copies.push(dir);
  for (const name of ['bin', 'dist', 'package.json']) cpSync(join(from, name), join(dir, name), { recursive: true });
  return dir;
}

/** A copy with caches made for the node running the tests, as an install makes them (under another Node than the build's too). */
function cachedCopy(): string {
  const dir = packageCopy();
  const maker = fileURLToPath(new URL('../../scripts/code-cache.cjs', import.meta.url));
  const made = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(maker)}).makeCodeCaches({ packageRoot: ${JSON.stringify(dir)} })`], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`making the caches failed: ${made.stderr}`);
  return dir;
}

function run(root: string, args: readonly string[], cwd: string): { stdout: string; stderr: string; code: number | null } {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !['FORCE_COLOR', 'NO_COLOR', 'COLUMNS', 'NODE_OPTIONS'].includes(key)));
  const result = spawnSync(process.execPath, [join(root, 'bin', 'backpain.js'), ...args], { env: { ...env, LANG: 'C' }, input: '', cwd, encoding: 'utf8', timeout: 15_000 });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}

// Lines through every command file: the examples' paths, others the build did not run, errors.
const LINES: readonly (readonly string[])[] = [
  ['list', 'causes', '--json'],
  ['list', 'red-flags'],
  ['sections'],
  ['read', 'causes', '8'],
  ['read', 'sciatica', '--format', 'text', '--width', '60'],
  ['--lang', 'es', 'read', 'causes'],
  ['read', 'nowhere'],
  ['search', 'nerve'],
  ['check', '--yes', 'pregnancy', '--json'],
  ['check', '--yes', 'pee-start-bowel', '--json'],
  ['check'],
  ['sources', '--json'],
  ['handout', '--card'],
  ['completion', 'fish'],
  ['--help'],
  ['lsit'],
];

describe('the code cache', () => {
  // Under another Node than the build's (npm run test:node-matrix) there is no cache for its V8: the bin compiles as usual.
  const builtHere = readdirSync(join(PACKAGE_ROOT, 'dist', 'code-cache')).some((file) => file.includes(`.${v8}.`));
  it.skipIf(!builtHere && process.env.CI !== 'true')('the build made one for each command file and for the file with every command, for this V8, and V8 takes it (skipped under a Node the build did not run on)', () => {
    expect(readdirSync(join(PACKAGE_ROOT, 'dist', 'code-cache')).filter((file) => file.endsWith('.bin')).sort()).toEqual(FILES.map((name) => `${name}.${v8}.bin`).sort());
    for (const name of FILES) {
      expect(statSync(cacheOf(PACKAGE_ROOT, name)).size, name).toBeGreaterThan(10_000);
      // Compiled as the bin compiles it: V8 says whether it rejected the cache.
      const probe = `const { compileCommand } = require(${JSON.stringify(BIN)}); const fs = require('node:fs');
        process.stdout.write(String(compileCommand(${JSON.stringify(name)}, fs.readFileSync(${JSON.stringify(cacheOf(PACKAGE_ROOT, name))})).script.cachedDataRejected));`;
      const result = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
      expect(result.stdout, `${name}: ${result.stderr}`).toBe('false');
    }
  });

  it('gives the same output and exit code with its cache, without one, and with one V8 rejects (damaged, cut short, another file\'s)', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'backpain-code-cache-cwd-'));
    copies.push(cwd);
    const withCache = cachedCopy();
    const without = packageCopy(withCache);
    for (const name of FILES) rmSync(cacheOf(without, name));
    const damaged = packageCopy(withCache);
    for (const name of FILES) {
      const file = cacheOf(damaged, name);
      const bytes = readFileSync(file);
      // The header's first bytes (V8's magic number and version hash) changed: rejected.
      bytes.fill(0x5a, 0, 16);
      writeFileSync(file, bytes);
    }
    const short = packageCopy(withCache);
    for (const name of FILES) writeFileSync(cacheOf(short, name), readFileSync(cacheOf(short, name)).subarray(0, 4096));
    const swapped = packageCopy(withCache);
    // Each file given the cache of another: V8 sees it was made for another source.
    for (const [i, name] of FILES.entries()) renameSync(cacheOf(swapped, name), join(swapped, `${i}.bin`));
    for (const [i, name] of FILES.entries()) renameSync(join(swapped, `${(i + 1) % FILES.length}.bin`), cacheOf(swapped, name));
    for (const args of LINES) {
      const expected = run(without, args, cwd);
      expect(expected.stdout.length + expected.stderr.length, args.join(' ')).toBeGreaterThan(0);
      for (const root of [withCache, damaged, short, swapped]) expect(run(root, args, cwd), `${args.join(' ')} in ${root}`).toEqual(expected);
    }
    expect(existsSync(cacheOf(withCache, 'list'))).toBe(true);
  });
});
