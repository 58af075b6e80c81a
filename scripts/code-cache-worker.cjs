// Run by scripts/code-cache.cjs, once per command file: compiles the file as bin/backpain.js
// does, runs it on each of the given command lines in turn, and writes the V8 code cache of all
// it compiled. Not the CLI: process.exit is held back between lines, so one process (one
// compiled script) sees every line.
'use strict';
const { writeFileSync } = require('node:fs');

const [bin, name, linesJson, out] = process.argv.slice(2);
const { compileCommand } = require(bin);
const { script, run } = compileCommand(name, undefined);
const exit = process.exit.bind(process);

(async () => {
  for (const line of JSON.parse(linesJson)) {
    process.argv = [process.execPath, bin, ...line];
    process.exitCode = undefined;
    await new Promise((resolve) => {
      process.exit = () => resolve();
      run();
    });
  }
  writeFileSync(out, script.createCachedData());
  exit(0);
})();
