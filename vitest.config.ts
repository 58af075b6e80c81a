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
    testTimeout: 20_000,
    env: { FORCE_HYPERLINK: '0' },
  },
});
