// Preloaded (NODE_OPTIONS=--require) by tests that ask which of the package's files a run loads:
// bin/backpain.js reads a command's file itself, to compile it with its code cache, so Node's
// module log (NODE_DEBUG=module) does not see it. Each .cjs file read is written to stderr, in
// the order of that log, as the log would name it.
'use strict';
const fs = require('node:fs');
const { resolve } = require('node:path');
const readFileSync = fs.readFileSync;
fs.readFileSync = function readFileSyncLogged(path, ...rest) {
  if (typeof path === 'string' && path.endsWith('.cjs')) fs.writeSync(2, `MODULE ${process.pid}: load "${resolve(path)}" for module "(read by the bin)"\n`);
  return readFileSync.call(this, path, ...rest);
};
