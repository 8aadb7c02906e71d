import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// Chromium's diagnostics (test/e2e/renderer-watch.ts): its stderr is kept by playwright's
// own browser log, which reads DEBUG and DEBUG_FILE when it loads.
const chromiumLog = process.env.MAILLAGE_E2E_CHROMIUM_LOG;
if (chromiumLog) mkdirSync(chromiumLog, { recursive: true });

// End-to-end tests: the built app in headless Chromium, one file at a time (2 cores).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/server.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    env: chromiumLog ? { DEBUG: 'pw:browser', DEBUG_FILE: join(chromiumLog, 'chromium.log') } : {},
  },
});
