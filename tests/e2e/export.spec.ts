/**
 * 导出 end to end: the toolbar's menu exports the grid's current view (its quick search, sort
 * and visible columns in their order) as Excel with a title row and as CSV in GBK, and the
 * pages offer their official layouts (走访台账 with its campaign picker). Each download is
 * opened with the tests' own xlsx reader and checked against the ledger.
 */
import { readFileSync } from 'node:fs'
import iconv from 'iconv-lite'
import type { Download, Locator, Page } from '@playwright/test'
import { readXlsx, rowValues } from '../support/xlsx-xml'
import { expect, SCREENSHOTS, test } from './fixtures'
import { quickSearch } from './helpers'

async function download(page: Page, start: () => Promise<void>): Promise<{ path: string; download: Download }> {
  const waiting = page.waitForEvent('download', { timeout: 60_000 })
  await start()
  const d = await waiting
  const path = test.info().outputPath(d.suggestedFilename())
  await d.saveAs(path)
  return { path, download: d }
}

async function openMenu(page: Page) {
  await page.getByTestId('export-button').click()
  await expect(page.getByRole('menuitem', { name: /Excel 工作簿/ })).toBeVisible()
}

/**
 * Chooses a menu entry that opens a dialog. A click that lands while the menu is still
 * animating open can be lost (seen on a loaded machine): then the menu is opened and the entry
 * chosen again, until the dialog shows.
 */
async function openDialogFromMenu(page: Page, item: string, dialog: Locator) {
  await expect(async () => {
    if (!(await page.getByRole('menuitem', { name: item }).isVisible())) await openMenu(page)
    await page.getByRole('menuitem', { name: item }).click({ timeout: 5_000 })
    await expect(dialog).toBeVisible({ timeout: 5_000 })
  }).toPass({ timeout: 45_000 })
}

test('exports the directory’s current view to Excel with a title row, as the grid shows it', async ({ app }) => {
  const { page } = app
  // Another office: the title offered comes from 设置 → 街道名称.
  app.backend.settings.set('subdistrict', '彰武路街道')
  await app.open('enterprise')
  // What the grid shows: in-operation firms (the default view) that 紫荆 finds.
  const matching = app.backend.grids.enterprise.ids({
    search: '紫荆',
    filter: { status: { filterType: 'set', values: ['在营'] } },
  })
  const total = matching.length
  expect(total).toBeGreaterThan(0)
  await quickSearch(page, '紫荆')
  await expect(page.getByTestId('row-count')).toHaveText(`共 ${total.toLocaleString('en-US')} 家`)
  const headers = await page
    .locator('.ag-header-row-column .ag-header-cell[col-id]')
    .evaluateAll((cells) =>
      cells
        .filter((c) => /^[a-zA-Z]+$/.test(c.getAttribute('col-id') ?? '') && c.getAttribute('col-id') !== 'detailLink')
        .map((c) => c.getAttribute('col-id')),
    )
  expect(headers[0]).toBe('name')

  await openMenu(page)
  await page.screenshot({ path: `${SCREENSHOTS}/export-menu.png`, animations: 'disabled' })
  await page.getByRole('menuitem', { name: /Excel 工作簿/ }).click()
  const dialog = page.getByRole('dialog', { name: /导出当前视图/ })
  await expect(dialog).toContainText(`共 ${total.toLocaleString('en-US')} 家`)
  await dialog.getByText('在表头上方加标题行').click()
  const titleBox = dialog.getByRole('textbox', { name: '标题行' })
  await expect(titleBox).toHaveValue(/^彰武路街道企业名录\(\d{4}年\d{1,2}月\)$/)
  await titleBox.fill('四平路街道紫荆广场企业名录')
  await page.screenshot({ path: `${SCREENSHOTS}/export-dialog.png`, animations: 'disabled' })
  const { path, download: d } = await download(page, () => dialog.getByTestId('export-start').click())
  expect(d.suggestedFilename()).toMatch(/^企业名录-\d{4}-\d{2}-\d{2}\.xlsx$/)
  await expect(dialog).toBeHidden()

  const s = readXlsx(path).sheets[0]
  expect(s.value('A1')).toBe('四平路街道紫荆广场企业名录')
  expect(s.value('A2')).toBe('企业名称')
  expect(s.value('B2')).toBe('统一社会信用代码')
  expect(s.pane).toMatchObject({ state: 'frozen', ySplit: '2' })
  expect(s.rows.length).toBe(total + 2)
  const names = new Set(s.rows.slice(2).map((r) => s.value(`A${r}`) as string))
  expect(names).toEqual(new Set(app.backend.grids.enterprise.byIds(matching).map((f) => f.name)))
})

test('exports requests as CSV in GBK, in the grid’s sort and column order', async ({ app }) => {
  const { page } = app
  await app.open('request')
  await expect(page.getByTestId('row-count')).toContainText('共')
  await openMenu(page)
  await page.getByRole('menuitem', { name: /GBK/ }).click()
  const dialog = page.getByRole('dialog', { name: /导出当前视图/ })
  await expect(dialog.getByRole('radio', { name: /GBK/ })).toBeChecked()
  const { path } = await download(page, () => dialog.getByTestId('export-start').click())
  expect(path).toMatch(/\.csv$/)
  const bytes = readFileSync(path)
  expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false)
  const lines = iconv.decode(bytes, 'gb18030').trim().split('\r\n')
  // The grid's columns: 受理日期 and 企业 pinned first; 企业 is exported under the dictionary's 企业名称.
  expect(lines[0].split(',').slice(0, 3)).toEqual(['受理日期', '企业名称', '诉求类别'])
  expect(lines.length - 1).toBe(app.backend.stats().requests)
  // The default view sorts by 受理日期, newest first.
  const dates = lines.slice(1).map((l) => l.slice(0, 10))
  expect([...dates].sort().reverse()).toEqual(dates)
})

test('exports a campaign’s 走访台账 from the visit page, one visit merged over its requests', async ({ app }) => {
  const { page, backend } = app
  const campaign = backend.db.prepare('SELECT id, name FROM campaign ORDER BY start_on DESC LIMIT 1').get() as {
    id: number
    name: string
  }
  await app.open('visit')
  await expect(page.getByTestId('row-count')).toContainText('共')
  const dialog = page.getByRole('dialog', { name: '导出走访台账' })
  await openDialogFromMenu(page, '走访台账…', dialog)
  await expect(dialog.getByRole('combobox', { name: '走访活动' })).toBeVisible()
  await expect(dialog).toContainText(campaign.name)
  const { path, download: d } = await download(page, () => dialog.getByTestId('export-start').click())
  expect(d.suggestedFilename()).toContain(campaign.name)
  const book = readXlsx(path)
  const s = book.sheets[0]
  expect(s.value('A1')).toBe(`${campaign.name}走访台账`)
  expect(rowValues(s, 3, 3)).toEqual(['序号', '走访日期', '企业名称'])
  expect(book.definedNames.map((n) => n.name)).toEqual(['_xlnm.Print_Area', '_xlnm.Print_Titles'])
  const visits = backend.db.prepare('SELECT count(*) FROM visit WHERE campaign_id = ?').pluck().get(campaign.id)
  expect(s.rows.filter((r) => typeof s.value(`A${r}`) === 'number').length).toBe(visits)
})
