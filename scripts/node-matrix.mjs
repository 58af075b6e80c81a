// npm run test:node-matrix [-- <vitest paths...>]: runs the spawned-process tests under Node 22
// and 24, each fetched as the `node` npm package by npx (needs the npm registry; not run in CI,
// which tests the machine's own Node). Vitest itself runs under that Node, and the tests start
// the CLI with process.execPath, so every child process uses it too.
// NODE_MATRIX="22 24" chooses the versions. Exits 1 if any version fails.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const versions = (process.env.NODE_MATRIX ?? '22 24').split(/[\s,]+/).filter(Boolean);
const given = process.argv.slice(2);
const paths = given.length > 0 ? given : ['tests/cli', 'tests/hardening', 'tests/install'];
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');

/** No shell: arguments reach the program exactly as written. */
function run(command, args) {
  return spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status ?? 1;
}

// Built once, here, with the machine's Node: every version then tests the same dist/.
if (run('npm', ['run', 'build']) !== 0) process.exit(1);

const results = [];
for (const version of versions) {
  console.log(`\n== Node ${version} ==`);
  const withNode = ['--yes', '--package', `node@${version}`, '--', 'node'];
  const started = Date.now();
  const code = run('npx', [...withNode, '-e', 'console.log(`node ${process.version}`)']) || run('npx', [...withNode, vitest, 'run', ...paths]);
  results.push({ version, ok: code === 0, seconds: Math.round((Date.now() - started) / 1000) });
}

console.log('\nNode matrix:');
for (const r of results) console.log(`  Node ${r.version}: ${r.ok ? 'pass' : 'FAIL'} (${r.seconds} s)`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
