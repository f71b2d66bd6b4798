import { defineConfig } from '@playwright/test';

// Browser tests of the built extension (.output/chrome-mv3) in the system Chromium.
// One worker: each worker runs its own Chromium and the machines have 2 cores.
export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  // CI adds a JSON report for its one-line summary (tests/ci-summary.mjs).
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'reports/e2e.json' }]] : [['list']],
  use: { trace: 'retain-on-failure' },
});
