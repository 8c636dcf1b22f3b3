/**
 * Issue #20 in the browser: a sheet brings two known firms written another way; 疑似重复 lists
 * them; one pair is dismissed as 不是重复, the other merged through the dialog; the kept firm's
 * 一企一档 shows both histories; Ctrl+Z brings the removed record back.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { code, writeXlsx } from '../fixtures/workbooks'
import { expect, SCREENSHOTS, test } from './fixtures'
import { importFigure, toasts } from './helpers'

test.use({ dataset: 'blank' })

test('finds firms written another way, dismisses one pair, merges the other, and undoes', async ({ app }) => {
  const { page, backend } = app
  const known = backend.ledgers.enterprise.create({ name: '上海同济规划设计有限公司', creditCode: code(11) })
  const other = backend.ledgers.enterprise.create({ name: '上海四平数据科技有限公司', creditCode: code(12) })
  backend.ledgers.visit.create({ enterpriseId: known.id, visitedOn: '2024-01-05', summary: '冬令走访:规划项目进展' })
  const dir = mkdtempSync(join(tmpdir(), 'bizledger-e2e-dedupe-'))
  try {
    const path = join(dir, '活动签到企业.xlsx')
    await writeXlsx(path, [
      {
        name: '名录',
        rows: [
          ['企业名称', '联系电话'],
          ['同济规划设计有限责任公司(上海)', '65981234'],
          ['上海市四平数据科技有限公司', '65985678'],
        ],
      },
    ])
    await app.open('import')
    await page.locator('.import-choose input[type=file]').setInputFiles(path)
    await expect(page.getByTestId('import-preview')).toBeVisible()
    await page.getByRole('button', { name: /开始导入到企业名录/ }).click()
    await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 30_000 })
    // The door: both rows are imported, each with a 疑似重复 warning, counted in the summary.
    await expect(importFigure(page, '疑似重复')).toHaveText('2')
    const copy = backend.db.prepare("SELECT id FROM enterprise WHERE name LIKE '同济规划%'").pluck().get() as number
    backend.ledgers.visit.create({ enterpriseId: copy, visitedOn: '2024-07-08', summary: '夏令走访:新办公室' })

    await page.goto(page.url().replace(/#.*$/, '#/enterprise'))
    await expect(page.getByRole('gridcell', { name: '上海市四平数据科技有限公司' })).toBeVisible()
    await page.screenshot({ path: join(SCREENSHOTS, 'dedupe-enterprise-page.png'), animations: 'disabled' })
    await page.getByTestId('open-dedupe').click()
    await expect(page).toHaveURL(/#\/dedupe$/)
    const table = page.getByTestId('dedupe-table')
    await expect(table.locator('tbody tr.ant-table-row')).toHaveCount(2)
    await expect(table).toContainText('名称规范化后相同')
    await page.screenshot({ path: join(SCREENSHOTS, 'dedupe-list.png'), animations: 'disabled' })

    // 不是重复 for the 四平 pair: it leaves the list and stays out.
    const siping = table.locator('tbody tr.ant-table-row', { hasText: '四平数据' })
    await siping.getByRole('button', { name: '不是重复' }).click()
    await page.locator('.ant-popconfirm').getByRole('button', { name: '不是重复' }).click()
    await expect(table.locator('tbody tr.ant-table-row')).toHaveCount(1)
    expect(backend.db.prepare('SELECT count(*) FROM dedupe_dismissed').pluck().get()).toBe(1)
    expect(other.id).toBeGreaterThan(0)

    await table.getByRole('button', { name: /合并/ }).click()
    const dialog = page.getByTestId('merge-dialog')
    await expect(dialog).toContainText('走访 1')
    await dialog.getByTestId(`keep-${known.id}`).click()
    await page.screenshot({ path: join(SCREENSHOTS, 'dedupe-merge-dialog.png'), animations: 'disabled' })
    await dialog.getByRole('button', { name: /合\s*并/ }).click()
    await expect(toasts(page).filter({ hasText: '已合并 2 条记录为一家企业' })).toBeVisible()
    await expect(table.locator('tbody tr.ant-table-row')).toHaveCount(0)
    expect(backend.ledgers.enterprise.find(copy)).toBeUndefined()

    await page.goto(page.url().replace(/#.*$/, `#/enterprise/${known.id}`))
    await expect(page.getByText('冬令走访:规划项目进展')).toBeVisible()
    await expect(page.getByText('夏令走访:新办公室')).toBeVisible()
    await expect(page.getByText('同济规划设计有限责任公司(上海)').first()).toBeVisible()
    await page.screenshot({ path: join(SCREENSHOTS, 'dedupe-profile.png'), animations: 'disabled' })

    await page.locator('body').click()
    await page.keyboard.press('Control+z')
    await expect(toasts(page).filter({ hasText: '已撤销:合并企业' })).toBeVisible()
    await expect.poll(() => backend.ledgers.enterprise.find(copy)?.name).toBe('同济规划设计有限责任公司(上海)')
    expect(backend.db.prepare('SELECT count(*) FROM visit WHERE enterprise_id = ?').pluck().get(copy)).toBe(1)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('links a rent-relief tenant written another way to its firm, all at once, from 房租减免', async ({ app }) => {
  const { page, backend } = app
  const firm = backend.ledgers.enterprise.create({ name: '上海赤峰咨询管理有限公司' }).id as number
  const building = backend.ledgers.building.create({ name: '紫荆广场' }).id as number
  const relief = backend.ledgers.rentRelief.create({
    buildingId: building,
    tenantName: '赤峰咨询管理有限责任公司',
    amount: 12_000,
    batch: '2022第一批',
  }).id as number
  await app.open('rent-relief')
  await expect(page.getByRole('gridcell', { name: '赤峰咨询管理有限责任公司' })).toBeVisible()
  await page.getByTestId('link-names-rent-reliefs').click()
  const dialog = page.getByTestId('link-dialog-rent-reliefs')
  await expect(dialog).toContainText('赤峰咨询管理有限责任公司')
  await expect(dialog).toContainText('上海赤峰咨询管理有限公司')
  await page.screenshot({ path: join(SCREENSHOTS, 'dedupe-link-dialog.png'), animations: 'disabled' })
  await dialog.getByRole('button', { name: /全部采纳/ }).click()
  await expect(toasts(page).filter({ hasText: '已关联 1 条' })).toBeVisible()
  await expect.poll(() => backend.ledgers.rentRelief.find(relief)?.enterpriseId).toBe(firm)
})
