/**
 * Issue #5 in the browser: the 导入 wizard on a spreadsheet as an office makes it (title and
 * 填报单位 lines, a 合计 row, a bad credit code, a column the dictionary does not know):
 * mapping, preview with the bad cell marked, run, summary, the problems workbook, 撤销本次导入,
 * the mapping remembered for the next file, and a file dropped on the window.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import type { Page } from '@playwright/test'
import { badCode, code, writeXlsx } from '../fixtures/workbooks'
import { expect, SCREENSHOTS, test } from './fixtures'
import { importFigure } from './helpers'

test.use({ dataset: 'blank' })

const FIRMS = [
  ['上海同济规划设计有限公司', code(11), '紫荆广场', '500万', '2015/3/4', '是', '城市规划'],
  ['上海四平数据科技有限公司', code(12), '紫荆广场', 300, '2018年6月1日', '否', '数据服务'],
  ['上海彰武建筑工程有限公司', badCode(13), '旭辉广场', '1,000', '20190304', '', '施工总包'],
  ['上海鞍山文化传媒有限公司', code(14), '旭辉广场', null, '2020.01.02', '√', '=1+1'],
  ['上海赤峰咨询管理有限公司', code(15), null, '50万元', null, '×', '管理咨询'],
]

async function directoryWorkbook(dir: string): Promise<string> {
  const path = join(dir, '四平路街道企业名录.xlsx')
  await writeXlsx(path, [
    {
      name: '名录',
      rows: [
        ['四平路街道企业名录(2026年11月)'],
        ['填报单位:四平路街道营商办', null, null, null, '制表日期:2026-11-20'],
        ['序号', '企业名称', '统一社会信用代码', '所在楼宇', '注册资本', '成立日期', '重点企业', '主营业务'],
        ...FIRMS.map((f, i) => [i + 1, ...f]),
        ['合计', null, null, null, 1850],
      ],
      merges: ['A1:H1'],
    },
  ])
  return path
}

async function chooseFile(page: Page, path: string) {
  await page.locator('.import-choose input[type=file]').setInputFiles(path)
  await expect(page.getByTestId('import-preview')).toBeVisible()
}

/** A column's head in the preview (antd draws a hidden copy of the head inside the body too). */
const colHead = (page: Page, text: string) => page.locator('thead .import-col-head', { hasText: text })

async function pickOption(page: Page, label: string, option: string) {
  await page.locator('thead').getByLabel(label).click()
  // The list is virtual: type to bring the option into view, as a user with a long list would.
  await page.keyboard.type(option)
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click()
}

test('the wizard maps, previews the problem, imports, explains, and undoes', async ({ app }) => {
  const { page, backend } = app
  const dir = mkdtempSync(join(tmpdir(), 'bizledger-e2e-import-'))
  try {
    const path = await directoryWorkbook(dir)
    await app.open('import')
    await chooseFile(page, path)

    // Found: the ledger from the headers, the header on row 3 under the title lines.
    await expect(page.getByText('按表头识别')).toBeVisible()
    await expect(page.getByLabel('表头行')).toHaveValue('3')
    await expect(colHead(page, 'B · 企业名称')).toContainText('企业名称')
    await expect(colHead(page, 'H · 主营业务')).toContainText('(不导入)')
    // The bad code is marked on its cell, with the reason; the 合计 row is shown as skipped.
    const bad = page.locator('[data-problem]')
    await expect(bad).toHaveCount(1)
    await expect(bad).toHaveText(badCode(13))
    expect(await bad.getAttribute('data-problem')).toContain('校验位')
    await expect(page.getByText('跳过:合计/小计行')).toBeVisible()
    await expect(page.getByText('有 1 处问题')).toBeVisible()
    // Under a value written another way, what will be stored.
    const stored = page.getByTestId('import-preview').locator('.import-cell-stored')
    await expect(stored.filter({ hasText: '→ 2015-03-04' })).toHaveCount(1)
    await expect(stored.filter({ hasText: '→ 500 万元' })).toHaveCount(1)
    await expect(stored.filter({ hasText: '→ 1000 万元' })).toHaveCount(1)
    await expect(stored.filter({ hasText: '→ 是' })).toHaveCount(1)
    await expect(page.getByText('灰色“→”后是将存入的值')).toBeVisible()

    // The user maps the unknown column to 备注; the preview is read again with it.
    await pickOption(page, '第H列导入为', '备注')
    await expect(colHead(page, 'H · 主营业务').locator('.import-mapped')).toBeVisible()
    await page.screenshot({ path: join(SCREENSHOTS, 'import-preview.png'), animations: 'disabled' })

    await page.getByRole('button', { name: /开始导入到企业名录/ }).click()
    const summary = page.getByTestId('import-summary')
    await expect(summary).toBeVisible({ timeout: 30_000 })
    await expect(summary.getByText('已导入到企业名录')).toBeVisible()
    const figure = (title: string) => importFigure(page, title)
    await expect(figure('新增')).toHaveText('4')
    await expect(figure('错误')).toHaveText('1')
    await expect(figure('跳过')).toHaveText('1')
    await expect(summary.getByRole('cell', { name: /校验位/ })).toBeVisible()
    await page.screenshot({ path: join(SCREENSHOTS, 'import-summary.png'), animations: 'disabled' })

    // What landed: values parsed, the formula-like text kept as text, buildings made on the way.
    const firms = backend.db
      .prepare(
        `SELECT e.name, e.credit_code AS code, b.name AS building, e.registered_capital AS capital,
                e.established_on AS est, e.is_key AS isKey, e.notes FROM enterprise e
         LEFT JOIN building b ON b.id = e.building_id ORDER BY e.credit_code`,
      )
      .all() as Record<string, unknown>[]
    expect(firms.map((f) => f.name)).toEqual([FIRMS[0][0], FIRMS[1][0], FIRMS[3][0], FIRMS[4][0]])
    expect(firms[0]).toMatchObject({
      code: code(11),
      building: '紫荆广场',
      est: '2015-03-04',
      isKey: 1,
      notes: '城市规划',
    })
    expect(firms[2]).toMatchObject({ est: '2020-01-02', isKey: 1, notes: '=1+1' })
    expect(firms[3]).toMatchObject({ building: null, isKey: 0 })

    // The problems, as a workbook to fix from.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      summary.getByRole('button', { name: '下载问题清单' }).click(),
    ])
    expect(download.suggestedFilename()).toBe('四平路街道企业名录-导入问题.xlsx')
    const saved = join(dir, 'problems.xlsx')
    await download.saveAs(saved)
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(saved)
    const rows = book.getWorksheet('导入问题')!.getSheetValues().filter(Boolean) as unknown[][]
    expect(rows[0].slice(1, 6)).toEqual(['类别', '工作表', '行号', '列', '值'])
    expect(rows.slice(1).map((r) => r.slice(1, 6))).toContainEqual(['错误', '名录', 6, '统一社会信用代码', badCode(13)])

    // 撤销本次导入: confirmed, then the ledger is as before.
    await summary.getByRole('button', { name: '撤销本次导入' }).click()
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /^撤\s*销$/ })
      .click()
    await expect(summary.getByText('本次导入已撤销')).toBeVisible()
    expect(backend.stats()).toMatchObject({ enterprises: 0, buildings: 0 })
    await expect(page.locator('.import-recent')).toContainText('已撤销')

    // The same headers next time: the user's mapping comes back by itself.
    await summary.getByRole('button', { name: '导入其他文件' }).click()
    await chooseFile(page, path)
    await expect(page.getByText('已沿用上次同样表头的映射')).toBeVisible()
    await expect(colHead(page, 'H · 主营业务')).toContainText('备注')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('a file dropped anywhere on the window opens the wizard with it', async ({ app }) => {
  const { page } = app
  await app.open('enterprise')
  await page.evaluate(() => {
    const csv = '\ufeff企业名称,统一社会信用代码,联系电话\n上海拖放测试有限公司,,021-65980000\n'
    const dt = new DataTransfer()
    dt.items.add(new File([csv], '拖进来的名单.csv', { type: 'text/csv' }))
    document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }))
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }))
  })
  await expect(page).toHaveURL(/#\/import/)
  await expect(page.getByTestId('import-preview')).toBeVisible()
  await expect(page.getByText('拖进来的名单.csv')).toBeVisible()
  await expect(page.getByTestId('import-preview')).toContainText('上海拖放测试有限公司')
})
