import { defineConfig } from '@playwright/test'

/**
 * End-to-end tests drive the built renderer (out/renderer, from `npm run build`) in Debian's
 * Chromium over the loopback bridge; tests/e2e/fixtures.ts starts a backend and a bridge per
 * test on a temporary database. No webServer: each test owns its server. Two workers, any test on
 * either: each test has its own copy of the demo ledger, so order does not matter. On the 2-core CI
 * machines one worker left a core idle while the browser waited on the backend: the suite took
 * 9.3 min with two against 10.9 with one, though each worker generates the demo template once.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  workers: 2,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // One retry on CI: a test that passes only on retry is reported as flaky, not hidden.
  retries: process.env.CI ? 1 : 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  outputDir: 'test-results/playwright',
  // The JSON report feeds scripts/test-summary.mjs, the closing line of `npm test`.
  reporter: [['list'], ['json', { outputFile: '.reports/playwright.json' }]],
})
