import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'forks',
    // A test or two force a collection (globalThis.gc) to check that the map lets go of data.
    execArgv: ['--expose-gc'],
  },
});
