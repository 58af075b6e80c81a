import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // In-process tests read content/ and src/messages/ from disk; the built CLI reads the JSON the build writes.
    alias: {
      'backpain:data': fileURLToPath(new URL('./tests/support/data-from-disk.ts', import.meta.url)),
      'backpain:version': fileURLToPath(new URL('./tests/support/version.ts', import.meta.url)),
      'backpain:rendered': fileURLToPath(new URL('./tests/support/rendered-from-disk.ts', import.meta.url)),
    },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    // Most tests wait on a child process (the built CLI, a shell, tmux), not on a core: vitest's
    // default of one worker fewer than the cores leaves a 2-core machine running one file at a time.
    maxWorkers: Math.max(2, availableParallelism()),
    // No wall-clock limit a loaded machine can hit: a test that waits on something has its own
    // deadline for that, with a message saying what it waited for; these only end a hang.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    env: { FORCE_HYPERLINK: '0' },
  },
});
