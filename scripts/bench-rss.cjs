// Preloaded (`node --require`) by scripts/bench.mjs into the memory runs, for `node -e 0` and for
// backpain alike: at exit it writes the process's peak resident memory (KiB) to fd 3, a pipe the
// bench opens. Node reports no child's own peak (only its own, through getrusage), so the child
// has to tell. It costs about 0.4 MB on both sides; the timed runs go without it.
process.on('exit', () => {
  require('node:fs').writeSync(3, String(process.resourceUsage().maxRSS));
});
