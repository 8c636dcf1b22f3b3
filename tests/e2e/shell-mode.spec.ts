/**
 * The renderer as the desktop app runs it, where Electron itself cannot start: the page gets a
 * window.bizledger like the preload's (the contract over the bridge, plus saveFile/openFile),
 * and saveFile/openFile reach the real main-process module (src/main/shell/files.ts) through
 * Playwright, with the system dialogs answered by the test. So 导出, 立即备份, 导出PDF and 导入 are
 * followed from the click to the file on disk; only Electron's IPC and its dialog are stood in for.
 */
import type { Page } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openFile, saveFile, type ShellDeps } from '../../src/main/shell/files'
import { CHANNELS } from '../../src/shared/ipc/contract'
import { PDF_OPTIONS, REPORT_READY_ATTR } from '../../src/shared/reports/params'
import { expect, test, type LedgerApp } from './fixtures'
import { toasts } from './helpers'

/** Makes the page a desktop window whose dialogs answer `answer()` (a path, or null for 取消). */
async function asDesktop(
  app: LedgerApp,
  answer: () => string | null,
): Promise<{ saves: unknown[]; downloads: number }> {
  const seen = { saves: [] as unknown[], downloads: 0 }
  const { page } = app
  const deps: ShellDeps = {
    host: { backend: app.backend, failure: null, uploads: app.backend.uploads },
    askSave: async () => answer(),
    askOpen: async () => answer(),
    askFolder: async () => answer(),
    pdf: (route) => printRoute(app, route),
  }
  await page.exposeFunction('__shellSave', async (req: unknown) => {
    seen.saves.push(req)
    return saveFile(deps, req)
  })
  await page.exposeFunction('__shellOpen', (kind: unknown) => openFile(deps, kind))
  page.on('download', () => seen.downloads++)
  await page.addInitScript(
    (channels: string[]) => {
      const token = /token=([A-Za-z0-9_-]+)/.exec(window.location.hash)?.[1] ?? ''
      const call = (channel: string, input: unknown) =>
        fetch(`/api/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-BizLedger-Token': token },
          body: JSON.stringify(input === undefined ? null : input),
        }).then((r) => r.json())
      const w = window as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>
      // One method per channel, as the preload builds it: bizledger.enterprise.list() -> enterprise:list.
      const api: Record<string, unknown> = {
        saveFile: (req: unknown) => w.__shellSave(req),
        openFile: (kind: unknown) => w.__shellOpen(kind),
        printReport: async () => ({ ok: true, value: { printed: true } }),
        upload: async () => ({ ok: false, error: { code: 'UNSUPPORTED', message: '测试中不上传' } }),
      }
      for (const ch of channels) {
        const [ns, action] = ch.split(':')
        const methods = (api[ns] ??= {}) as Record<string, unknown>
        methods[action] = (input?: unknown) => call(ch, input)
      }
      ;(window as unknown as { bizledger: unknown }).bizledger = api
    },
    [...CHANNELS],
  )
  return seen
}

/** The report's print route as an A4 PDF, by Chromium's printToPDF: what Electron's hidden window does. */
async function printRoute(app: LedgerApp, route: string): Promise<Buffer> {
  const p: Page = await app.page.context().newPage()
  try {
    await p.goto(app.bridge.url.replace('#', `#${route}&`))
    await expect(p.locator(`html[${REPORT_READY_ATTR}]`)).toBeAttached({ timeout: 60_000 })
    return await p.pdf({ ...PDF_OPTIONS, margin: { top: '0', right: '0', bottom: '0', left: '0' } })
  } finally {
    await p.close()
  }
}

test('导出 in the desktop app is written by main to the path the save dialog gives; a cancelled dialog writes nothing', async ({
  app,
}) => {
  const target = test.info().outputPath('企业名录.xlsx')
  let answer: string | null = null
  const seen = await asDesktop(app, () => answer)
  await app.open('enterprise')
  const { page } = app
  // 取消 in the save dialog: nothing written, the export dialog stays open.
  await page.getByTestId('export-button').click()
  await page.getByRole('menuitem', { name: /Excel 工作簿/ }).click()
  const dialog = page.getByRole('dialog', { name: /导出当前视图/ })
  await dialog.getByTestId('export-start').click()
  await expect.poll(() => seen.saves.length).toBe(1)
  await expect(dialog).toBeVisible()
  answer = target
  await dialog.getByTestId('export-start').click()
  await expect(toasts(page).filter({ hasText: '企业名录.xlsx' })).toBeVisible({ timeout: 60_000 })
  expect(readFileSync(target).subarray(0, 2).toString()).toBe('PK')
  // The page asked for what to export, never where, and nothing went through a download.
  expect(seen.saves[1]).toMatchObject({ what: 'export:view', input: { ledger: 'enterprise', format: 'xlsx' } })
  expect(JSON.stringify(seen.saves[1])).not.toContain(target)
  expect(seen.downloads).toBe(0)
})

test('立即备份 and 导出PDF in the desktop app save through the dialog; the PDF is A4', async ({ app }) => {
  const backup = test.info().outputPath('U盘备份.db')
  const pdf = test.info().outputPath('简报.pdf')
  let answer = backup
  const seen = await asDesktop(app, () => answer)
  await app.open('settings')
  const { page } = app
  await page.getByRole('button', { name: '立即备份' }).click()
  await expect(toasts(page).filter({ hasText: 'U盘备份.db' })).toBeVisible()
  expect(readFileSync(backup).subarray(0, 15).toString()).toBe('SQLite format 3')

  answer = pdf
  await app.open('reports')
  await page.getByRole('button', { name: /导出PDF/ }).click()
  await expect(toasts(page).filter({ hasText: '已导出 PDF' })).toBeVisible({ timeout: 90_000 })
  expect(existsSync(pdf)).toBe(true)
  expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+59\d\.\d+ x 84\d\.\d+ pts \(A4\)/)
  expect(seen.saves.map((s) => (s as { what: string }).what)).toEqual(['backup', 'report:pdf'])
  expect(seen.downloads).toBe(0)
})

test('导入 in the desktop app picks its file with the open dialog', async ({ app }) => {
  const csv = join(test.info().outputPath(), '企业名录.csv')
  writeFileSync(csv, '企业名称,统一社会信用代码\n上海甲科技有限公司,91310110MA1FPQYC43\n')
  await asDesktop(app, () => csv)
  await app.open('import')
  await app.page.getByText('点击选择文件,或把文件拖到窗口中').click()
  // The wizard goes on to map the picked file's columns, as after an upload.
  await expect(app.page.getByText('企业名录.csv')).toBeVisible({ timeout: 30_000 })
  await expect(app.page.getByText('统一社会信用代码').first()).toBeVisible()
})
