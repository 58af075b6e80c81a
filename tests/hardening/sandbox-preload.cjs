// Preloaded into backpain by tests/hardening/sandbox.test.ts: any use of the network throws, and
// so does any file write except to the one path in BACKPAIN_TEST_ALLOW_WRITE (and the temporary
// file beside it that --output renames into place).
const { syncBuiltinESMExports } = require('node:module');
const path = require('node:path');

function forbid(what) {
  return () => {
    throw Object.assign(new Error(`sandbox: ${what} is not allowed`), { code: 'ESANDBOX' });
  };
}

for (const name of ['net', 'http', 'https', 'http2', 'tls', 'dgram']) {
  const mod = require(name);
  for (const key of ['connect', 'createConnection', 'request', 'get', 'createServer', 'createSocket']) {
    if (typeof mod[key] === 'function') mod[key] = forbid(`${name}.${key}`);
  }
}
require('net').Socket.prototype.connect = forbid('net.Socket.connect');
const dns = require('dns');
for (const key of Object.keys(dns)) if (typeof dns[key] === 'function' && key !== 'Resolver') dns[key] = forbid(`dns.${key}`);
for (const key of Object.keys(dns.promises)) if (typeof dns.promises[key] === 'function' && key !== 'Resolver') dns.promises[key] = forbid(`dns.promises.${key}`);
globalThis.fetch = forbid('fetch');
if (typeof globalThis.WebSocket === 'function') globalThis.WebSocket = forbid('WebSocket');

const allowed = process.env.BACKPAIN_TEST_ALLOW_WRITE ? path.resolve(process.env.BACKPAIN_TEST_ALLOW_WRITE) : null;
const fs = require('fs');
// --output writes a temporary file beside its target, then renames or links it into place.
const isTemp = (file) => allowed !== null && typeof file === 'string' && path.dirname(path.resolve(file)) === path.dirname(allowed) && /^\.backpain-\d+-[a-z0-9]+\.tmp$/.test(path.basename(file));
// Standard output and error, reopened non-blocking for a slow reader, are not files written.
const isStdio = (file) => file === '/proc/self/fd/1' || file === '/proc/self/fd/2';
const mayWrite = (file) => typeof file === 'string' && (path.resolve(file) === allowed || isTemp(file) || isStdio(file));
const writes = (flags) => (typeof flags === 'number' ? (flags & 3) !== 0 : typeof flags === 'object' && flags !== null ? /[wa+]/.test(String(flags.flag ?? 'r')) : /[wa+]/.test(String(flags ?? 'r')));
const guard = (what, original, flagIndex) =>
  function (file, ...rest) {
    const flags = flagIndex === undefined ? 'w' : rest[flagIndex - 1];
    if (writes(flags) && !mayWrite(file)) return forbid(`${what}(${String(file)})`)();
    return original.call(this, file, ...rest);
  };
const placing = (what, original) =>
  function (from, to, ...rest) {
    if (!isTemp(from) || typeof to !== 'string' || path.resolve(to) !== allowed) return forbid(`${what}(${String(from)}, ${String(to)})`)();
    return original.call(this, from, to, ...rest);
  };
const removing = (what, original) =>
  function (file, ...rest) {
    if (!isTemp(file)) return forbid(`${what}(${String(file)})`)();
    return original.call(this, file, ...rest);
  };
fs.renameSync = placing('renameSync', fs.renameSync);
fs.linkSync = placing('linkSync', fs.linkSync);
fs.unlinkSync = removing('unlinkSync', fs.unlinkSync);
fs.rmSync = forbid('rmSync');
fs.writeFileSync = guard('writeFileSync', fs.writeFileSync);
fs.writeFile = guard('writeFile', fs.writeFile);
fs.appendFileSync = guard('appendFileSync', fs.appendFileSync);
fs.openSync = guard('openSync', fs.openSync, 1);
fs.open = guard('open', fs.open, 1);
fs.createWriteStream = guard('createWriteStream', fs.createWriteStream);
fs.mkdirSync = forbid('mkdirSync');
fs.promises.writeFile = guard('promises.writeFile', fs.promises.writeFile, 1);
fs.promises.open = guard('promises.open', fs.promises.open, 1);
fs.promises.mkdir = forbid('promises.mkdir');
syncBuiltinESMExports();
