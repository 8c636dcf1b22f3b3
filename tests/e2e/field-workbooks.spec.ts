/**
 * Issue #17 in the browser: on a campaign's plan, produce the 走访任务表 for one 楼掌柜, fill
 * two rows as the visitor would (exceljs, outside the app), drop the file on the window, and
 * see the plan's progress and that person's "returned" figures change.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import ExcelJS from 'exceljs'
import { CODES, dispatchedRequest, fieldLedger } from '../fixtures/field-workbooks'
import { expect, SCREENSHOTS, test } from './fixtures'

test.use({ dataset: 'blank' })

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

async function dropFile(page: Page, name: string, base64: string) {
  await page.evaluate(
    ({ name, base64, type }) => {
      const dt = new DataTransfer()
      dt.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name, { type }))
      document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }))
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }))
    },
    { name, base64, type: XLSX },
  )
}

/** Fills the rows of these firms (by credit code) the way a visitor does in Excel. */
async function fill(path: string, rows: Record<string, Record<string, ExcelJS.CellValue>>) {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(path)
  const ws = wb.worksheets[0]
  const cols = new Map<string, number>()
  ws.getRow(3).eachCell((c, i) => cols.set(String(c.value), i))
  ws.eachRow((row, r) => {
    const values = r > 3 ? rows[String(row.getCell(cols.get('统一社会信用代码')!).value)] : undefined
    for (const [h, v] of Object.entries(values ?? {})) row.getCell(cols.get(h)!).value = v
  })
  await wb.xlsx.writeFile(path)
}

test('task sheet for one 楼掌柜 out, two rows filled, dropped back: progress and "returned" move', async ({ app }) => {
  const { page, backend } = app
  const f = fieldLedger(backend)
  const dir = mkdtempSync(join(tmpdir(), 'bizledger-e2e-fieldbooks-'))
  try {
    await app.open(`campaign-plan/${f.campaign}`)
    const plan = page.getByTestId('campaign-plan')
    await expect(plan.getByTestId('plan-visited')).toContainText('1')
    const card = page.getByTestId('fieldbooks-visit-tasks')
    await expect(card).toContainText('尚未生成走访任务表')

    await card.getByLabel('只发给').click()
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="杨峰东"]').click()
    await page.keyboard.press('Escape')
    const download = page.waitForEvent('download')
    await card.getByRole('button', { name: /生成走访任务表/ }).click()
    const file = await download
    expect(file.suggestedFilename()).toBe('2026冬令大走访-走访任务表-杨峰东.xlsx')
    const path = join(dir, file.suggestedFilename())
    await file.saveAs(path)
    const row = card.locator('tbody tr', { hasText: '杨峰东' })
    await expect(row).toContainText('未交回')
    await expect(row).toContainText('0 / 4')
    await page.screenshot({ path: join(SCREENSHOTS, 'fieldbooks-sent.png'), animations: 'disabled', fullPage: true })

    await fill(path, {
      [CODES.zijing]: {
        走访日期: new Date('2026-11-05T00:00:00Z'),
        走访人: '杨峰东',
        走访形式: '上门走访',
        走访情况: '经营平稳',
        诉求1类别: '融资需求',
        诉求1内容: '希望对接银行科技贷款',
      },
      [CODES.xuhui]: { 走访日期: new Date('2026-11-20T00:00:00Z'), 走访形式: '电话回访' },
    })
    await app.open('import')
    await dropFile(page, file.suggestedFilename(), readFileSync(path).toString('base64'))
    await expect(page.getByTestId('import-preview')).toContainText('上海紫荆建筑设计有限公司')
    await page.getByRole('button', { name: /开始导入到走访任务表/ }).click()
    const summary = page.getByTestId('import-summary')
    await expect(summary).toContainText('已导入到走访任务表', { timeout: 30_000 })
    await page.screenshot({
      path: join(SCREENSHOTS, 'fieldbooks-imported.png'),
      animations: 'disabled',
      fullPage: true,
    })

    await app.open(`campaign-plan/${f.campaign}`)
    await expect(plan.getByTestId('plan-visited')).toContainText('3')
    await expect(row).not.toContainText('未交回')
    await expect(row).toContainText(new Date().getFullYear().toString())
    await expect(row).toContainText('2 / 4')
    await card.scrollIntoViewIfNeeded()
    await page.screenshot({
      path: join(SCREENSHOTS, 'fieldbooks-returned.png'),
      animations: 'disabled',
      fullPage: true,
    })
    expect(backend.db.prepare('SELECT count(*) FROM request').pluck().get()).toBe(1)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('督办: 诉求派单表 for each 承办单位, and the unit listed as sent', async ({ app }) => {
  const { page, backend } = app
  const f = fieldLedger(backend)
  dispatchedRequest(backend, f)
  await app.open('supervision')
  const card = page.getByTestId('fieldbooks-dispatch')
  await expect(card).toContainText('尚未生成诉求派单表')
  const download = page.waitForEvent('download')
  await card.getByRole('button', { name: /生成诉求派单表/ }).click()
  expect((await download).suggestedFilename()).toMatch(/^诉求派单表-区市场监管局-\d{4}-\d{2}-\d{2}\.xlsx$/)
  const row = card.locator('tbody tr', { hasText: '区市场监管局' })
  await expect(row).toContainText('未交回')
  await expect(row).toContainText('0 / 1')
  await card.scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(SCREENSHOTS, 'fieldbooks-dispatch.png'), animations: 'disabled' })
})
