import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  // As the build puts it in (scripts/build/bundles.mjs). In-process tests read the data files the build wrote.
  define: { BACKPAIN_VERSION: JSON.stringify(version) },
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
