// npm run bench: start-up time and peak memory of each command against `node -e 0`, measured
// alternately in the same run (scripts/bench_runner.py does the runs). Exits 1 if a target is missed.
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'backpain.js');
const runs = Number(process.env.BENCH_RUNS ?? 40);
const MEMORY_TARGET = 1.25;

const cases = [
  { name: 'backpain --version', args: ['--version'], target: 1.15 },
  { name: 'backpain list causes --json', args: ['list', 'causes', '--json'], target: 1.2 },
  { name: 'backpain sections (piped)', args: ['sections'], target: 1.2 },
  { name: 'backpain read (piped markdown)', args: ['read'], target: 1.2 },
  { name: 'backpain read --format terminal', args: ['read', '--format', 'terminal', '--color'], target: 1.6 },
  { name: 'backpain check --yes age --json', args: ['check', '--yes', 'age', '--json'], target: 1.3 },
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function measure(argsList) {
  const spec = { commands: argsList.map((args) => [process.execPath, ...args]), runs, warmup: 3, unset: ['NO_COLOR', 'FORCE_COLOR', 'COLUMNS'] };
  const result = spawnSync('python3', [join(root, 'scripts', 'bench_runner.py')], { input: JSON.stringify(spec), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`bench runner failed: ${result.stderr}`);
  return JSON.parse(result.stdout).results;
}

const rows = [];
for (const c of cases) {
  // Each command alternates with its own baseline, so load on the machine hits both alike.
  const [base, cmd] = measure([['-e', '0'], [bin, ...c.args]]);
  const baseMs = median(base.map((r) => r.ms));
  const cmdMs = median(cmd.map((r) => r.ms));
  const baseRss = median(base.map((r) => r.rss_kb));
  const cmdRss = median(cmd.map((r) => r.rss_kb));
  const ratio = cmdMs / baseMs;
  const memRatio = cmdRss / baseRss;
  rows.push({ ...c, baseMs, cmdMs, ratio, baseRss, cmdRss, memRatio, pass: ratio <= c.target && memRatio <= MEMORY_TARGET });
}

const fmt = (n, d = 1) => n.toFixed(d);
console.log(`node ${process.version}, ${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, ${runs} alternating runs per row\n`);
console.log('| command | median ms | node -e 0 ms | ratio | target | peak RSS MB | node RSS MB | memory ratio | result |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---|');
for (const r of rows) {
  console.log(`| ${r.name} | ${fmt(r.cmdMs)} | ${fmt(r.baseMs)} | ${fmt(r.ratio, 2)} | ${fmt(r.target, 2)} | ${fmt(r.cmdRss / 1024)} | ${fmt(r.baseRss / 1024)} | ${fmt(r.memRatio, 2)} | ${r.pass ? 'pass' : 'FAIL'} |`);
}
process.exitCode = rows.every((r) => r.pass) ? 0 : 1;
