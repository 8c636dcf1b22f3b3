/**
 * Issue #16 in the browser: a registry export (CSV, as the public credit registry writes it)
 * through the 导入 wizard. Capital in 美元 and in (万元人民币), a 15-digit 工商注册号 in the
 * credit-code column, a code with O for 0 and an unreadable date: every firm goes in, the
 * unreadable cell is shown as a warning before and after, and 一企一档 shows "100 万美元" and
 * the 注册号.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REG_A, REGISTRY_HEADER, registryRows } from '../fixtures/registry'
import { writeCsv } from '../fixtures/workbooks'
import { expect, SCREENSHOTS, test } from './fixtures'
import { importFigure } from './helpers'

test.use({ dataset: 'blank' })

test('a registry export goes in whole; 一企一档 shows the capital in its currency and the 注册号', async ({ app }) => {
  const { page, backend } = app
  const dir = mkdtempSync(join(tmpdir(), 'bizledger-e2e-registry-'))
  try {
    const path = join(dir, '企业信用信息公示名录.csv')
    writeCsv(path, [REGISTRY_HEADER, ...registryRows()], 'utf8')
    await app.open('import')
    await page.locator('.import-choose input[type=file]').setInputFiles(path)
    const preview = page.getByTestId('import-preview')
    await expect(preview).toBeVisible()
    // The unreadable date is a warning on its cell, not a problem that refuses the row.
    await expect(page.locator('[data-problem]')).toHaveCount(0)
    const warned = page.locator('[data-warning*="留空导入"]')
    await expect(warned).toHaveText(['很多', '下周'])
    await expect(preview.locator('.import-cell-stored', { hasText: '→ 100 万美元' })).toHaveCount(1)
    await page.screenshot({ path: join(SCREENSHOTS, 'registry-preview.png'), animations: 'disabled' })

    await page.getByRole('button', { name: /开始导入到企业名录/ }).click()
    const summary = page.getByTestId('import-summary')
    await expect(summary).toBeVisible({ timeout: 30_000 })
    const figure = (title: string) => importFigure(page, title)
    await expect(figure('新增')).toHaveText('6')
    await expect(figure('错误')).toHaveText('0')
    await expect(summary.getByRole('cell', { name: /留空导入/ })).toHaveCount(2)
    await expect(summary.getByRole('cell', { name: /已规范为/ })).toBeVisible()

    const id = (name: string) =>
      backend.db.prepare('SELECT id FROM enterprise WHERE name = ?').pluck().get(name) as number
    await app.open(`enterprise/${id('上海丙贸易有限公司')}`)
    await expect(page.getByText('100 万美元')).toBeVisible()
    await expect(page.getByText('有限责任公司(外国法人独资)')).toBeVisible()
    await page.screenshot({ path: join(SCREENSHOTS, 'registry-profile.png'), animations: 'disabled' })

    // 登记状态 吊销 is the ledger's 状态 吊销 too: in the page's tags, under 状态 and under 登记状态.
    await expect(page.locator('.detail-tags').getByText('吊销', { exact: true })).toBeVisible()
    await expect(page.getByText('吊销', { exact: true })).toHaveCount(3)

    await app.open(`enterprise/${id('上海丁餐饮管理有限公司')}`)
    await expect(page.getByText(REG_A)).toBeVisible()
    await expect(page.getByText('6,000 万元')).toBeVisible()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
