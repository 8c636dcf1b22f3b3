import { defineConfig } from '@playwright/test'

/**
 * End-to-end tests drive the built renderer (out/renderer, from `npm run build`) in Debian's
 * Chromium over the loopback bridge; tests/e2e/fixtures.ts starts a backend and a bridge per
 * test on a temporary database. No webServer: each test owns its server. One worker: the demo
 * ledger template is generated once per worker, and a second would only redo it and compete for CPU.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  // One retry on CI: a test that passes only on retry is reported as flaky, not hidden.
  retries: process.env.CI ? 1 : 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  outputDir: 'test-results/playwright',
  // The JSON report feeds scripts/test-summary.mjs, the closing line of `npm test`.
  reporter: [['list'], ['json', { outputFile: '.reports/playwright.json' }]],
})
