/**
 * How fast the built renderer opens 首页, in Chromium over the loopback bridge:
 * `npx tsx scripts/measure-load.ts [--dir out/renderer] [--runs 5]`.
 *
 * Each run is a cold load (a new browser context: empty cache) of the demo ledger. It reports
 * the script bytes the page fetched, and the time from navigation to the sidebar menu being
 * visible (the shell) and to 首页's key figures showing numbers, each as the median of the runs:
 * one slow run (the other core busy) does not count. Times are for the README, not for tests
 * (tests never assert wall-clock times).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { openBackend } from '../src/main/app/open'
import { startBridge } from '../src/main/bridge/server'

const { values } = parseArgs({
  options: { dir: { type: 'string', default: 'out/renderer' }, runs: { type: 'string', default: '5' } },
  strict: true,
})

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

async function main() {
  const tmp = mkdtempSync(join(tmpdir(), 'bizledger-measure-'))
  const backend = openBackend(join(tmp, 'bizledger.db'), '测试员')
  backend.setup('demo')
  const bridge = await startBridge({ backend, staticDir: resolve(values.dir) })
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  })
  const runs: { bytes: number; shell: number; figures: number }[] = []
  try {
    for (let i = 0; i < Number(values.runs); i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })
      const page = await context.newPage()
      let bytes = 0
      const bodies: Promise<void>[] = []
      page.on('response', (r) => {
        if (r.request().resourceType() !== 'script') return
        bodies.push(
          r.body().then(
            (b) => void (bytes += b.length),
            () => undefined,
          ),
        )
      })
      await page.goto(bridge.url, { waitUntil: 'commit' })
      // performance.now() counts from the navigation's start, in the page's own clock.
      await page.getByTestId('nav').waitFor({ state: 'visible', timeout: 60_000 })
      const shell = await page.evaluate(() => performance.now())
      // A figure shows a number once the dashboard's first answer is in.
      await page.locator('[data-testid^="figure-"] .ant-statistic-content-value').first().waitFor({ timeout: 60_000 })
      const figures = await page.evaluate(() => performance.now())
      await page.waitForLoadState('networkidle')
      await Promise.all(bodies)
      runs.push({ bytes, shell: Math.round(shell), figures: Math.round(figures) })
      console.log(
        `run ${i + 1}: scripts ${(bytes / 1024).toFixed(0)} KiB, shell ${runs[i].shell} ms, 首页 ${runs[i].figures} ms`,
      )
      await context.close()
    }
  } finally {
    await browser.close()
    await bridge.close()
    backend.db.close()
    rmSync(tmp, { recursive: true, force: true })
  }
  const m = {
    scriptKiB: Math.round(median(runs.map((r) => r.bytes)) / 1024),
    shellMs: median(runs.map((r) => r.shell)),
    figuresMs: median(runs.map((r) => r.figures)),
  }
  console.log(`median of ${runs.length}: ${JSON.stringify(m)}`)
}

main().catch((e: Error) => {
  console.error(e)
  process.exit(1)
})
