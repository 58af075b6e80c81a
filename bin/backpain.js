#!/usr/bin/env node
// CommonJS (bin/package.json says so), as is the whole CLI: Node 20 starts its ESM loader for an
// ES module, which alone costs about a fifth of `node -e 0`. Each command's file is the whole CLI
// for that command (dist/commands/<name>.cjs, made from src/cli/main.ts), so a command line loads
// this file and one of ours: here is only the choice of which, and how to compile it. The word
// that names the command is found as src/core/command-line.ts finds it (commandWord): past the
// global options that may come first. tests/cli/bundle.test.ts holds the two to the same answer.
// Most of what a command costs past Node's own start is V8 compiling that file, so the build
// leaves a V8 code cache beside it (scripts/build/code-cache.mjs), and the file is compiled here
// with it, the way Node's loader would compile it without (tests/cli/code-cache.test.ts).
'use strict';

/** The global options a line may start with, and whether each takes a value (src/core/spec.ts). */
const GLOBAL = new Map([
  ['--color', false],
  ['--no-color', false],
  ['--lang', true],
  ['--accessible', false],
]);

/** The file a command line runs: its command's, `all` for any other line, `version` for `--version` alone. */
function fileFor(args) {
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) return 'version';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    // A global option, or the value of one that takes a value.
    if (GLOBAL.has(arg.split('=')[0]) || GLOBAL.get(args[i - 1]) === true) continue;
    return /^[a-z]+$/.test(arg) ? arg : 'all';
  }
  return 'all';
}

const DIST = `${__dirname}/../dist`;

/**
 * The V8 code cache the build made for a command's file, if it made one for this V8 (the file's
 * name says which): V8 then skips compiling what the build's runs compiled. A cache that does
 * not fit (other flags, another file) is rejected by V8 and the file compiled as usual.
 */
function codeCache(name) {
  try {
    return require('node:fs').readFileSync(`${DIST}/code-cache/${name}.${process.versions.v8}.bin`);
  } catch {
    return undefined;
  }
}

/** Compiles a command's file as Node would (the same wrapper and arguments), with its code cache. */
function compileCommand(name, cachedData) {
  const file = `${DIST}/commands/${name}.cjs`;
  const source = require('node:fs').readFileSync(file, 'utf8');
  const { Script } = require('node:vm');
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  const dir = `${DIST}/commands`;
  // The files it loads are beside it (../lazy/...) or Node's own: resolved as its own require would.
  const load = (id) => require(id.startsWith('.') ? `${dir}/${id}` : id);
  const mod = { exports: {} };
  return { script, run: () => script.runInThisContext()(mod.exports, load, mod, file, dir) };
}

function runCommand(name) {
  const cachedData = codeCache(name);
  if (cachedData === undefined) return require(`${DIST}/commands/${name}.cjs`);
  return compileCommand(name, cachedData).run();
}

function start(file) {
  if (file === 'version') return require('../dist/cli.cjs');
  try {
    return runCommand(file);
  } catch (error) {
    // A word that is no command has no file: the file with every command says so, and what is close.
    if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes(`commands/${file}.cjs'`)) return runCommand('all');
    throw error;
  }
}

if (require.main === module) start(fileFor(process.argv.slice(2)));
module.exports = { fileFor, compileCommand };
