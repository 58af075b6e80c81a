import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // In-process tests read content/ from disk; the built CLI has it inlined by scripts/build.mjs.
    alias: {
      'backpain:guide': fileURLToPath(new URL('./tests/support/guide-from-disk.ts', import.meta.url)),
      'backpain:version': fileURLToPath(new URL('./tests/support/guide-from-disk.ts', import.meta.url)),
      'backpain:rendered': fileURLToPath(new URL('./tests/support/rendered-from-disk.ts', import.meta.url)),
    },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 20_000,
    env: { FORCE_HYPERLINK: '0' },
  },
});
