// Makes the V8 code caches that bin/backpain.js compiles the command files with
// (dist/code-cache/<file>.<v8>.bin), for the node running this. A cache fits only the V8 that
// made it, so none is published: the build makes them for development, and npm runs this after
// it installs the package (postinstall) for the user's own Node. Each command file is run, in a
// temporary folder, on the command lines in dist/code-cache/lines.json (its command's examples
// from the table, written by the build), and the cache keeps every function those runs compiled.
// After an install a failure is only time not saved: each command then compiles as usual.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const SETTINGS = /^(NO_COLOR|FORCE_COLOR|COLUMNS|NODE_OPTIONS|LANG|LANGUAGE|LC_.*|BACKPAIN_.*)$/;

/** Writes a cache for each command file of the package at `packageRoot`, under the V8 flags given (the bench counts under its own). */
function makeCodeCaches({ packageRoot = path.join(__dirname, '..'), v8Flags = [] } = {}) {
  const dir = path.join(packageRoot, 'dist', 'code-cache');
  const lines = JSON.parse(fs.readFileSync(path.join(dir, 'lines.json'), 'utf8'));
  for (const file of fs.readdirSync(dir)) if (file.endsWith('.bin')) fs.rmSync(path.join(dir, file));
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'backpain-code-cache-'));
  // The runs must decide as a user's plain run does: no settings from the caller's shell.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !SETTINGS.test(key)));
  try {
    for (const [name, examples] of Object.entries(lines)) {
      const out = path.join(dir, `${name}.${process.versions.v8}.bin`);
      const args = [...v8Flags, path.join(__dirname, 'code-cache-worker.cjs'), path.join(packageRoot, 'bin', 'backpain.js'), name, JSON.stringify(examples), `${out}.tmp`];
      const result = spawnSync(process.execPath, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'], timeout: 60_000, encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`code cache for ${name} failed (exit ${result.status ?? result.signal}): ${result.stderr}`);
      // Whole or not at all (V8 would reject a cut-short cache anyway).
      fs.renameSync(`${out}.tmp`, out);
    }
  } finally {
    fs.rmSync(cwd, { recursive: true, force: true });
    for (const file of fs.readdirSync(dir)) if (file.endsWith('.tmp')) fs.rmSync(path.join(dir, file), { force: true });
  }
}

module.exports = { makeCodeCaches };

if (require.main === module) {
  const install = process.argv.includes('--install');
  // `npm ci` in a clone runs this before anything is built: there is nothing to cache yet.
  if (install && !fs.existsSync(path.join(__dirname, '..', 'dist', 'code-cache', 'lines.json'))) process.exit(0);
  try {
    makeCodeCaches();
  } catch (error) {
    if (!install) throw error;
    process.exit(0);
  }
}
