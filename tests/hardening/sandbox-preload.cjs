// Preloaded into backpain by tests/hardening/sandbox.test.ts: any use of the network throws, and
// so does any file write except to the one path in BACKPAIN_TEST_ALLOW_WRITE.
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
const guard = (what, original, flagIndex) =>
  function (file, ...rest) {
    const flags = flagIndex === undefined ? 'w' : rest[flagIndex - 1];
    const writing = typeof flags === 'object' && flags !== null ? /[wa+]/.test(String(flags.flag ?? 'r')) : /[wa+]/.test(String(flags ?? 'r'));
    if (writing && (typeof file !== 'string' || path.resolve(file) !== allowed)) return forbid(`${what}(${String(file)})`)();
    return original.call(this, file, ...rest);
  };
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
