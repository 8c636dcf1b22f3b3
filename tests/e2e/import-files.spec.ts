/**
 * Issue #16 in the browser: two files dropped on the wizard together, each imported as its own
 * batch with its own summary (the first with its 小计/合计 checked) and its own undo; and a
 * registry scrape with no header row, offered as 无表头 with its columns guessed, one column
 * corrected by the user, then confirmed and imported.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { scrapeRows } from '../fixtures/scrape'
import { code, writeSheet } from '../fixtures/workbooks'
import { expect, SCREENSHOTS, test } from './fixtures'
import { importFigure } from './helpers'

test.use({ dataset: 'blank' })

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Drops these files on the window together, as a user dragging them from a folder. */
async function dropFiles(page: Page, files: { name: string; base64: string; type: string }[]) {
  await page.evaluate((list) => {
    const dt = new DataTransfer()
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))
      dt.items.add(new File([bytes], f.name, { type: f.type }))
    }
    document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }))
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }))
  }, files)
}

const colHead = (page: Page, text: string) => page.locator('thead .import-col-head', { hasText: text })

test('two files dropped together: two batches, two summaries, each undone on its own', async ({ app }) => {
  const { page, backend } = app
  const dir = mkdtempSync(join(tmpdir(), 'bizledger-e2e-files-'))
  try {
    const rent = await writeSheet(join(dir, '房租减免汇总.xlsx'), '汇总', [
      ['楼宇名称', '承租方名称', '减免金额(元)'],
      ['紫荆广场', '上海甲设计有限公司', 9_000_000],
      ['紫荆广场', '上海乙科技有限公司', 5_000_000],
      ['紫荆广场小计', '2户', 14_000_000],
      ['合计', null, 14_000_000],
    ])
    const csv = `\ufeff企业名称,统一社会信用代码\n上海拖放一号有限公司,${code(31)}\n上海拖放二号有限公司,${code(32)}\n`
    await app.open('import')
    await dropFiles(page, [
      { name: '房租减免汇总.xlsx', base64: readFileSync(rent).toString('base64'), type: XLSX },
      { name: '企业名单.csv', base64: Buffer.from(csv).toString('base64'), type: 'text/csv' },
    ])

    const queue = page.getByTestId('import-queue')
    await expect(queue).toContainText('共 2 个文件,正在导入第 1 个:“房租减免汇总.xlsx”')
    await expect(page.getByTestId('import-preview')).toContainText('紫荆广场小计')
    await expect(page.getByText('跳过:合计/小计行')).toHaveCount(2)
    await page.getByRole('button', { name: /开始导入到房租减免/ }).click()

    await expect(queue).toContainText('正在导入第 2 个:“企业名单.csv”', { timeout: 30_000 })
    await expect(page.getByTestId('import-preview')).toContainText('上海拖放二号有限公司')
    await page.getByRole('button', { name: /开始导入到企业名录/ }).click()

    const summaries = page.getByTestId('import-summary')
    await expect(summaries).toHaveCount(2, { timeout: 30_000 })
    await expect(page.getByTestId('import-files-done')).toContainText('共 2 个文件:导入 2 个')
    await expect(summaries.nth(0)).toContainText('已导入到房租减免')
    await expect(summaries.nth(1)).toContainText('已导入到企业名录')
    const totals = summaries.nth(0).getByTestId('import-totals')
    await expect(totals).toContainText('文件合计 1,400 万元,与导入的 2 条之和一致')
    await expect(totals).toContainText('第4行“紫荆广场小计”,紫荆广场:文件 2 户、1,400 万元,与导入的 2 条之和一致')
    await expect(summaries.nth(1).getByTestId('import-totals')).toHaveCount(0)
    await page.screenshot({ path: join(SCREENSHOTS, 'import-two-files.png'), animations: 'disabled', fullPage: true })

    const batches = backend.db.prepare('SELECT file FROM import_batch ORDER BY started_at').pluck().all()
    expect(batches).toEqual(['房租减免汇总.xlsx', '企业名单.csv'])
    expect(backend.db.prepare('SELECT name FROM building ORDER BY id').pluck().all()).toEqual(['紫荆广场'])

    // Undo the second file's batch: the first file's records stay.
    await summaries.nth(1).getByRole('button', { name: '撤销本次导入' }).click()
    const confirm = page.locator('.ant-popconfirm:visible')
    await expect(confirm).toContainText('撤销本次导入?')
    await confirm.getByRole('button', { name: /^撤\s*销$/ }).click()
    await expect(page.getByText('已撤销本次导入:删除 2 条新增记录')).toBeVisible({ timeout: 30_000 })
    await expect(summaries.nth(1)).toContainText('本次导入已撤销')
    await expect(summaries.nth(0)).toContainText('已导入到房租减免')
    await expect(summaries.nth(0).getByRole('button', { name: '撤销本次导入' })).toBeVisible()
    await summaries.nth(1).scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(SCREENSHOTS, 'import-two-files-second.png'), animations: 'disabled' })
    expect(backend.db.prepare('SELECT count(*) FROM enterprise').pluck().get()).toBe(0)
    expect(backend.db.prepare('SELECT count(*) FROM rent_relief').pluck().get()).toBe(2)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('one of several dropped files skipped: the others are imported, and the skip is said', async ({ app }) => {
  const { page, backend } = app
  const csv = (n: number) =>
    Buffer.from(`\ufeff企业名称,统一社会信用代码\n上海跳过测试${n}号有限公司,${code(40 + n)}\n`).toString('base64')
  await app.open('import')
  await dropFiles(page, [
    { name: '不要的.csv', base64: csv(1), type: 'text/csv' },
    { name: '要的.csv', base64: csv(2), type: 'text/csv' },
  ])
  await expect(page.getByTestId('import-queue')).toContainText('正在导入第 1 个:“不要的.csv”')
  await page.getByRole('button', { name: '跳过此文件' }).click()
  await expect(page.getByTestId('import-queue')).toContainText('正在导入第 2 个:“要的.csv”')
  await page.getByRole('button', { name: /开始导入到企业名录/ }).click()
  await expect(page.getByTestId('import-summary')).toHaveCount(1, { timeout: 30_000 })
  await expect(page.getByTestId('import-files-done')).toContainText('共 2 个文件:导入 1 个,未导入 1 个')
  await expect(page.getByTestId('import-files-done')).toContainText('不要的.csv:已跳过')
  expect(backend.db.prepare('SELECT name FROM enterprise').pluck().all()).toEqual(['上海跳过测试2号有限公司'])
})

test('a file with no header row: offered as 无表头, columns guessed, corrected, confirmed', async ({ app }) => {
  const { page, backend } = app
  const dir = mkdtempSync(join(tmpdir(), 'bizledger-e2e-headless-'))
  try {
    const path = await writeSheet(join(dir, '企业信用信息.xlsx'), 'Sheet1', scrapeRows())
    await app.open('import')
    await page.locator('.import-choose input[type=file]').setInputFiles(path)
    await expect(page.getByTestId('import-preview')).toBeVisible()

    await expect(page.getByTestId('import-no-header')).toContainText('文件中没有找到表头,已按“无表头”读取')
    await expect(page.getByLabel('无表头')).toBeChecked()
    await expect(page.getByLabel('表头行')).toHaveCount(0)
    // The decoy 18-digit column is left out; the column of valid codes is the code column.
    await expect(colHead(page, 'B · 第2列')).toContainText('(不导入)')
    await expect(colHead(page, 'C · 第3列')).toContainText('企业名称')
    await expect(colHead(page, 'D · 第4列')).toContainText('统一社会信用代码')
    await expect(colHead(page, 'E · 第5列')).toContainText('法定代表人')
    // The first row is data too.
    await expect(page.getByTestId('import-preview')).toContainText('上海甲科技有限公司')

    // The user says the people are contacts, not legal representatives.
    await page.locator('thead').getByLabel('第E列导入为').click()
    await page.keyboard.type('联系人')
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="联系人"]').click()
    await expect(colHead(page, 'E · 第5列')).toContainText('联系人')
    await expect(page.getByLabel('无表头')).toBeChecked()
    await page.screenshot({ path: join(SCREENSHOTS, 'import-no-header.png'), animations: 'disabled' })

    await page.getByRole('button', { name: /确认各列并导入到企业名录/ }).click()
    const summary = page.getByTestId('import-summary')
    await expect(summary).toBeVisible({ timeout: 30_000 })
    const figure = (title: string) => importFigure(page, title)
    await expect(figure('新增')).toHaveText('11')
    await expect(figure('错误')).toHaveText('1')
    const firm = backend.db
      .prepare('SELECT credit_code AS code, contact, legal_rep AS rep FROM enterprise WHERE name = ?')
      .get('上海甲科技有限公司')
    expect(firm).toEqual({ code: code(1), contact: '张伟', rep: null })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
