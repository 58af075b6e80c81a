// npm run bench: start-up time and peak memory of each command against `node -e 0`, run in
// alternation in the same session so that load on the machine hits both alike. Prints a markdown
// table and exits 1 if a target is missed. Plain Node, so it runs wherever the tests do (no
// hyperfine, no GNU time). This is a benchmark, not a test: nothing in the test suite times.
//
// How it measures:
// - every run is `node <args>` with this Node, as the installed `backpain` runs; stdin is
//   /dev/null, stdout and stderr are pipes whose contents are dropped (each command's output is
//   checked once first, so a broken build cannot pass as a fast one);
// - wall time: process.hrtime around spawnSync, over BENCH_RUNS pairs after BENCH_WARMUP pairs,
//   with nothing preloaded; which side goes first alternates from pair to pair;
// - peak memory: BENCH_MEMORY_RUNS further pairs with scripts/bench-rss.cjs preloaded into both
//   sides, which reports the child's own peak RSS (Node cannot see a child's getrusage);
// - each time and memory figure is the median of its runs; the time ratio is the median of the
//   pairs' ratios (each command run over the `node -e 0` run next to it), the memory ratio the
//   command's median over the median of `node -e 0` from the same pairs.
// `npm run bench -- --scale` measures a few commands with the guide 1, 10 and 100 times as large
// instead (scripts/bench-scale.mjs), and prints the ratio at each size and the output's size.
import { spawnSync } from 'node:child_process';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'backpain.js');
const rssPreload = join(root, 'scripts', 'bench-rss.cjs');
const count = (name, fallback) => Math.max(1, Number.parseInt(process.env[name] ?? '', 10) || fallback);
const runs = count('BENCH_RUNS', 60);
const memoryRuns = count('BENCH_MEMORY_RUNS', 10);
const warmup = count('BENCH_WARMUP', 3);
const MEMORY_TARGET = 1.1;

// Settings from the caller's shell that would change what a command does or loads. Node reads
// NODE_EXTRA_CA_CERTS at every start (about 50 ms and 2 MB where it is set to the system bundle):
// the same for both sides, it would only hide the difference the ratio is meant to show.
const UNSET = new Set(['NO_COLOR', 'FORCE_COLOR', 'COLUMNS', 'NODE_OPTIONS', 'NODE_EXTRA_CA_CERTS', 'BACKPAIN_DEBUG', 'BACKPAIN_LANG', 'LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG']);
const baseEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !UNSET.has(name)));

const ESC = '\u001b[';
// The speed budget (docs/SPEED.md): piped and JSON commands, terminal and text reads, printable pages.
const PIPED = 1.15;
const TERMINAL = 1.3;
const PAGE = 1.2;
const cases = [
  { name: 'backpain --version', args: ['--version'], target: PIPED, expect: (out) => /^\d+\.\d+\.\d+\n$/.test(out) },
  { name: 'backpain list causes --json', args: ['list', 'causes', '--json'], target: PIPED, expect: (out) => JSON.parse(out).length === 6 },
  { name: 'backpain sections (piped)', args: ['sections'], target: PIPED, expect: (out) => /^overview\t1\t/.test(out) && !out.includes(ESC) },
  { name: 'backpain search nerve (piped)', args: ['search', 'nerve'], target: PIPED, expect: (out) => out.startsWith('overview\t') },
  { name: 'backpain read (piped markdown)', args: ['read'], target: PIPED, expect: (out) => out.startsWith('#') && !out.includes(ESC) },
  { name: 'backpain check --yes age=45,pregnancy --json', args: ['check', '--yes', 'age=45,pregnancy', '--json'], target: PIPED, expect: (out) => JSON.parse(out).riskFactors[0] === 'pregnancy' },
  { name: 'backpain --lang es read (piped)', args: ['--lang', 'es', 'read'], target: PIPED, expect: (out) => out.startsWith('# ¿Puede') && !out.includes(ESC) },
  {
    name: 'LANG=es_ES.UTF-8 backpain list causes --json',
    args: ['list', 'causes', '--json'],
    env: { LANG: 'es_ES.UTF-8' },
    target: PIPED,
    expect: (out) => JSON.parse(out)[0].lang === 'es',
  },
  {
    name: 'backpain read --format terminal (colour)',
    args: ['read', '--format', 'terminal'],
    env: { FORCE_COLOR: '1' },
    target: TERMINAL,
    expect: (out) => out.includes(ESC) && !out.startsWith('#'),
  },
  { name: 'backpain read --format text', args: ['read', '--format', 'text'], target: TERMINAL, expect: (out) => out.startsWith('Can Back Pain') && !out.includes(ESC) },
  {
    name: 'backpain --lang es read --format terminal (colour)',
    args: ['--lang', 'es', 'read', '--format', 'terminal'],
    env: { FORCE_COLOR: '1' },
    target: TERMINAL,
    expect: (out) => out.includes(ESC) && out.includes('Puede'),
  },
  { name: 'backpain read --format html', args: ['read', '--format', 'html'], target: PAGE, expect: (out) => out.startsWith('<!doctype html>') },
  { name: 'backpain handout', args: ['handout'], target: PAGE, expect: (out) => out.includes('<body class="summary">') },
  { name: 'backpain --lang es handout --card', args: ['--lang', 'es', 'handout', '--card'], target: PAGE, expect: (out) => out.includes('<html lang="es">') && out.includes('<body class="card">') },
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** One run of `node <args>`: wall time in ms, and with `rss` the child's peak RSS in KiB. */
function runOnce(args, env, rss = false) {
  const stdio = rss ? ['ignore', 'pipe', 'pipe', 'pipe'] : ['ignore', 'pipe', 'pipe'];
  const argv = rss ? ['--require', rssPreload, ...args] : args;
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, argv, { stdio, env, maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${result.status ?? result.signal}: ${String(result.stderr).trim()}`);
  return { ms, rssKiB: rss ? Number(String(result.output[3])) : undefined, stdout: String(result.stdout) };
}

/** `pairs` runs of each side, alternating, the side that goes first swapped every pair. */
function alternate(sides, pairs, rss) {
  const results = sides.map(() => []);
  for (let pair = 0; pair < pairs; pair += 1) {
    const order = pair % 2 ? [1, 0] : [0, 1];
    for (const side of order) results[side].push(runOnce(sides[side].args, sides[side].env, rss));
  }
  return results;
}

function measure(c, at = bin) {
  const env = { ...baseEnv, ...c.env };
  const { stdout } = runOnce([at, ...c.args], env);
  if (!c.expect(stdout)) throw new Error(`${c.name}: unexpected output:\n${stdout.slice(0, 500)}`);
  const sides = [{ args: ['-e', '0'], env }, { args: [at, ...c.args], env }];
  alternate(sides, warmup, false);
  const [baseTime, cmdTime] = alternate(sides, runs, false);
  const [baseMem, cmdMem] = alternate(sides, memoryRuns, true);
  const baseMs = median(baseTime.map((r) => r.ms));
  const cmdMs = median(cmdTime.map((r) => r.ms));
  const baseRss = median(baseMem.map((r) => r.rssKiB));
  const cmdRss = median(cmdMem.map((r) => r.rssKiB));
  // The ratio of each pair, then their median: the two runs of a pair are next to each other in
  // time, so a slow drift in the machine's speed cancels out, where a ratio of two medians keeps it.
  const ratio = median(cmdTime.map((r, i) => r.ms / (baseTime[i]?.ms ?? Number.NaN)));
  const memRatio = cmdRss / baseRss;
  return { ...c, baseMs, cmdMs, ratio, baseRss, cmdRss, memRatio, outChars: stdout.length, pass: ratio <= c.target && memRatio <= MEMORY_TARGET };
}

const fmt = (n, d = 1) => n.toFixed(d);
const mb = (kib) => fmt(kib / 1024);
const [load1] = loadavg();
console.log(
  `node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), load ${fmt(load1, 2)}; ` +
    `per row ${warmup} warm-up, ${runs} timed and ${memoryRuns} memory pairs\n`,
);

/**
 * BENCH_INSTRUCTIONS=1 adds a table that does not depend on how busy the machine is: the CPU
 * instructions of one run of each side under valgrind (callgrind), with V8 made deterministic
 * (one thread, fixed seeds) and address randomisation off, so the same build gives the same
 * count each time. It explains the timings; the targets are the timings.
 */
const V8_COUNTING = ['--single-threaded', '--predictable', '--hash-seed=1', '--random-seed=1'];
function instructions(args, env) {
  const result = spawnSync('setarch', ['-R', 'valgrind', '--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, ...V8_COUNTING, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
    env,
    encoding: 'utf8',
  });
  const count = /Collected : (\d+)/.exec(result.stderr ?? '')?.[1];
  if (result.error || count === undefined) throw new Error(`valgrind (with setarch) is needed for BENCH_INSTRUCTIONS: ${result.error?.message ?? result.stderr}`);
  return Number(count) / 1e6;
}

// BENCH_ONLY=terminal measures only the rows whose name contains that text.
const only = process.env.BENCH_ONLY;

if (process.argv.includes('--scale')) {
  // The guide 1, 10 and 100 times as large (scripts/bench-scale.mjs builds the larger ones): a
  // command that needs one section or one list should cost about the same; the whole read grows
  // with what it prints.
  const { scaledCopy } = await import('./bench-scale.mjs');
  const factors = [1, 10, 100];
  const rows = [
    { name: 'read causes', args: ['read', 'causes'], target: Infinity, expect: (out) => out.startsWith('## ') },
    { name: 'list causes --json', args: ['list', 'causes', '--json'], target: Infinity, expect: (out) => JSON.parse(out).length === 6 },
    { name: 'check --yes age=45,pregnancy --json', args: ['check', '--yes', 'age=45,pregnancy', '--json'], target: Infinity, expect: (out) => JSON.parse(out).riskFactors[0] === 'pregnancy' },
    { name: 'sections', args: ['sections'], target: Infinity, expect: (out) => out.startsWith('overview') },
    { name: 'search nerve', args: ['search', 'nerve'], target: Infinity, expect: (out) => out.startsWith('overview') },
    { name: 'read (the whole guide)', args: ['read'], target: Infinity, expect: (out) => out.startsWith('# ') },
  ].filter((r) => !only || r.name.includes(only));
  const bins = factors.map((f) => (f === 1 ? bin : join(scaledCopy(root, f), 'bin', 'backpain.js')));
  const counted = Boolean(process.env.BENCH_INSTRUCTIONS);
  console.log(`| command | ${factors.map((f) => `${f}x ratio`).join(' | ')} | ${counted ? `${factors.map((f) => `${f}x instructions`).join(' | ')} | ` : ''}${factors.map((f) => `${f}x output (thousand characters)`).join(' | ')} |`);
  console.log(`|---|${factors.map(() => '---:').join('|')}|${counted ? `${factors.map(() => '---:').join('|')}|` : ''}${factors.map(() => '---:').join('|')}|`);
  for (const r of rows) {
    const results = bins.map((at) => measure(r, at));
    const counts = (counted ? bins : []).map((at) => instructions([at, ...r.args], baseEnv) / instructions(['-e', '0'], baseEnv));
    console.log(`| ${r.name} | ${results.map((x) => fmt(x.ratio, 2)).join(' | ')} | ${counted ? `${counts.map((c) => fmt(c, 3)).join(' | ')} | ` : ''}${results.map((x) => fmt(x.outChars / 1000)).join(' | ')} |`);
  }
} else {
  console.log('| command | median ms | node -e 0 ms | ratio | target | peak RSS MB | node -e 0 MB | memory ratio | target | result |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---|');
  let failed = 0;
  const chosen = only ? cases.filter((c) => c.name.includes(only)) : cases;
  for (const c of chosen) {
    const r = measure(c);
    if (!r.pass) failed += 1;
    console.log(
      `| ${r.name} | ${fmt(r.cmdMs)} | ${fmt(r.baseMs)} | ${fmt(r.ratio, 2)} | ${fmt(r.target, 2)} | ${mb(r.cmdRss)} | ${mb(r.baseRss)} | ` +
        `${fmt(r.memRatio, 2)} | ${fmt(MEMORY_TARGET, 2)} | ${r.pass ? 'pass' : 'FAIL'} |`,
    );
  }
  if (failed) console.error(`\n${failed} of ${chosen.length} rows missed a target.`);
  process.exitCode = failed ? 1 : 0;

  if (process.env.BENCH_INSTRUCTIONS) {
    console.log('\n| command | instructions (millions) | node -e 0 | ratio |');
    console.log('|---|---:|---:|---:|');
    for (const c of chosen) {
      const env = { ...baseEnv, ...c.env };
      const base = instructions(['-e', '0'], env);
      const cmd = instructions([bin, ...c.args], env);
      console.log(`| ${c.name} | ${fmt(cmd)} | ${fmt(base)} | ${fmt(cmd / base, 3)} |`);
    }
  }
}
