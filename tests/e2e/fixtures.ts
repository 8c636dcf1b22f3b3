/**
 * Per-test environment: a temporary database opened with the real backend, the loopback bridge
 * serving the built renderer, and a page in Debian's Chromium (playwright-core with the system
 * binary: `npx playwright install` cannot download browsers here).
 *
 * The demo ledger takes seconds to generate, so each worker builds it once into a template
 * file and every test that wants it gets its own copy: tests stay independent and quick.
 */
import { test as base, expect, type Browser, type Page } from '@playwright/test'
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import type { Backend } from '../../src/main/app/backend'
import { openBackend } from '../../src/main/app/open'
import { startBridge, type Bridge } from '../../src/main/bridge/server'

export { expect }

/**
 * fresh: an empty database that has never been set up (the first-run dialog shows).
 * scale: a copy of the database named by BIZLEDGER_SCALE_DB (`npm run cli -- demo --size 100000`).
 */
export type Dataset = 'fresh' | 'blank' | 'demo' | 'scale'

/** The large ledger for the scale tests, when one was made; they are skipped without it. */
export const SCALE_DB = process.env.BIZLEDGER_SCALE_DB

export interface LedgerApp {
  page: Page
  backend: Backend
  bridge: Bridge
  dbPath: string
  /** Loads the app from the bridge, at a page such as 'enterprise', and waits for the shell. */
  open(route?: string): Promise<void>
}

export const STATIC_DIR = resolve(process.env.BIZLEDGER_RENDERER_DIR ?? 'out/renderer')
export const SCREENSHOTS = resolve('test-results/screenshots')

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=Translate',
]

export const test = base.extend<
  { dataset: Dataset; app: LedgerApp },
  { chromiumBrowser: Browser; demoTemplate: () => Promise<string> }
>({
  dataset: ['demo', { option: true }],

  chromiumBrowser: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: CHROMIUM_ARGS,
      })
      await use(browser)
      await browser.close()
    },
    { scope: 'worker' },
  ],

  demoTemplate: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const dir = mkdtempSync(join(tmpdir(), 'bizledger-template-'))
      let made: Promise<string> | null = null
      // Built on first use only: a worker running just bridge tests never pays for it.
      await use(() => {
        made ??= (async () => {
          const backend = openBackend(join(dir, 'source.db'), '测试员')
          backend.setup('demo')
          const file = join(dir, 'demo.db')
          await backend.db.backup(file)
          backend.db.close()
          return file
        })()
        return made
      })
      rmSync(dir, { recursive: true, force: true })
    },
    { scope: 'worker' },
  ],

  app: async ({ dataset, chromiumBrowser, demoTemplate }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'bizledger-e2e-'))
    const dbPath = join(dir, 'bizledger.db')
    if (dataset === 'demo') copyFileSync(await demoTemplate(), dbPath)
    if (dataset === 'scale') copyFileSync(SCALE_DB!, dbPath)
    const backend = openBackend(dbPath, '测试员')
    if (dataset === 'blank') backend.setup('blank')
    const bridge = await startBridge({ backend, staticDir: STATIC_DIR })
    const context = await chromiumBrowser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    })
    const page = await context.newPage()
    page.setDefaultTimeout(15_000)
    // A renderer error must fail the test that caused it, not pass silently.
    const pageErrors: string[] = []
    page.on('pageerror', (e) => pageErrors.push(e.message))

    const app: LedgerApp = {
      page,
      backend,
      bridge,
      dbPath,
      async open(route?: string) {
        // The token rides in the fragment; a route can go beside it (#/enterprise&token=…).
        await page.goto(route ? bridge.url.replace('#', `#/${route}&`) : bridge.url)
        await expect(page.getByTestId('status-bar')).toBeVisible()
      },
    }
    await use(app)

    await context.close()
    await bridge.close()
    backend.db.close()
    rmSync(dir, { recursive: true, force: true })
    expect(pageErrors, 'errors thrown in the page').toEqual([])
  },
})

/**
 * The grid row of a record, by id (rows are keyed by id). A row with a pinned column is drawn
 * as two elements (pinned part and scrolling part): both match, so `.first()` to see it and
 * a count of 0 to know it is gone.
 */
export function gridRow(page: Page, id: number) {
  return page.locator(`.ag-row[row-id="${id}"]`)
}

/** One cell of a record; pinned columns (企业名称) live in the left container. */
export function gridCell(page: Page, id: number, colId: string) {
  return page.locator(`.ag-row[row-id="${id}"] .ag-cell[col-id="${colId}"]`)
}

/** The number in '共 3,102 家' / ',显示 12 家'. */
export function parseCount(text: string): { total: number; shown: number } {
  const nums = [...text.matchAll(/([\d,]+)\s*[家条件座场个人次]/g)].map((m) => Number(m[1].replace(/,/g, '')))
  return { total: nums[0], shown: nums[1] ?? nums[0] }
}
