import { defineConfig } from 'vitest/config';

/**
 * Browser tests (`npm run test:e2e`, via scripts/run-e2e.mjs which builds web/dist first). Each file starts
 * the real platform server and a headless Chromium; files run one at a time to keep a 2-core machine steady.
 */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    exclude: ['node_modules/**'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 240_000,
    reporters: ['default'],
  },
});
