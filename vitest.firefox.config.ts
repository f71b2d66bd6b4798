import { defineConfig } from 'vitest/config';

// Browser tests of the built Firefox extension (.output/firefox-mv2) in Debian's firefox-esr,
// driven by puppeteer-core over WebDriver BiDi. One file at a time: each test runs its own
// Firefox and the machines have 2 cores.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 30_000,
    // CI adds a JSON report for its one-line summary (tests/ci-summary.mjs).
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'reports/firefox.json' }]] : ['default'],
  },
});
