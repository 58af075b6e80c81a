#!/usr/bin/env node
// CommonJS (bin/package.json says so), as is the whole CLI: Node 20 starts its ESM loader for an
// ES module, which alone costs about a fifth of `node -e 0`. Each command's file is the whole CLI
// for that command (dist/commands/<name>.cjs, made from src/cli/main.ts), so a command line loads
// this file and one of ours: here is only the choice of which. The word that names the command is
// found as src/core/command-line.ts finds it (commandWord): past the global options that may come
// first. tests/cli/bundle.test.ts holds the two to the same answer.
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

function start(file) {
  if (file === 'version') return require('../dist/cli.cjs');
  if (file === 'all') return require('../dist/commands/all.cjs');
  try {
    return require(`../dist/commands/${file}.cjs`);
  } catch (error) {
    // A word that is no command has no file: the file with every command says so, and what is close.
    if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes(`commands/${file}.cjs'`)) return require('../dist/commands/all.cjs');
    throw error;
  }
}

if (require.main === module) start(fileFor(process.argv.slice(2)));
module.exports = { fileFor };
