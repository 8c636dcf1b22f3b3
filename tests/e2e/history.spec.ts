/**
 * History and undo in the real renderer (issue #9): Ctrl+Z puts back an edit made in the grid
 * and Ctrl+Shift+Z makes it again, the grid showing each; a deleted firm comes back from 回收站;
 * 操作记录 lists the changes; 设置 shows the backup folder and the last backup, and 立即备份 saves one.
 */
import { expect, SCREENSHOTS, test } from './fixtures'
import {
  cell,
  clickUntilClosed,
  editFirmPhone,
  enterprise,
  findableFirms,
  gridRow,
  quickSearch,
  toasts,
} from './helpers'
import { backupFolder } from '../../src/main/backup/store'

test('Ctrl+Z undoes a phone edited in the grid, redo makes it again', async ({ app }) => {
  const { page, backend } = app
  const phone = '021-65981234'
  const firm = await editFirmPhone(app, phone)

  // Focus on the grid, not in an editor: the ledger's undo.
  await (await cell(page, firm.id, 'name')).click()
  await page.keyboard.press('Control+z')
  await expect(toasts(page).filter({ hasText: `已撤销:修改企业“${firm.name}”的联系电话` })).toBeVisible()
  await expect.poll(() => enterprise(backend, firm.id)?.phone).toBe(firm.phone)
  await expect(await cell(page, firm.id, 'phone')).toHaveText(firm.phone ?? '')

  await page.keyboard.press('Control+Shift+z')
  await expect(toasts(page).filter({ hasText: '已重做' })).toBeVisible()
  await expect.poll(() => enterprise(backend, firm.id)?.phone).toBe(phone)
  await expect(await cell(page, firm.id, 'phone')).toHaveText(phone)

  // Typing in a field: Ctrl+Z is the text's own undo and leaves the ledger alone.
  await page.getByPlaceholder(/搜索/).first().click()
  await page.keyboard.press('Control+z')
  await page.waitForTimeout(300)
  expect(enterprise(backend, firm.id)?.phone).toBe(phone)
})

test('a deleted firm comes back from 回收站 with its visits', async ({ app }) => {
  const { page, backend } = app
  const [{ firm, part }] = findableFirms(backend, (e) => backend.ledgers.enterprise.dependents(e.id).length > 0)
  const before = backend.stats()
  await app.open('enterprise')
  await quickSearch(page, part)
  await (await cell(page, firm.id, 'name')).click()
  await page.getByRole('button', { name: /删\s?除/ }).click()
  await clickUntilClosed(page.getByRole('dialog').filter({ hasText: firm.name }), /删\s?除/)
  await expect(gridRow(page, firm.id)).toHaveCount(0)

  await app.open('trash')
  const row = page.getByTestId('trash-table').locator('tr').filter({ hasText: firm.name })
  await expect(row).toContainText('相关记录')
  await expect(toasts(page)).toHaveCount(0, { timeout: 10_000 })
  await page.screenshot({ path: `${SCREENSHOTS}/trash.png`, animations: 'disabled' })
  await row.getByRole('button', { name: /恢\s?复/ }).click()
  await expect(toasts(page).filter({ hasText: `已恢复企业“${firm.name}”` })).toBeVisible()
  await expect(row).toHaveCount(0)
  expect(enterprise(backend, firm.id)?.name).toBe(firm.name)
  expect(backend.stats()).toEqual(before)

  await app.open('activity')
  const labels = page.getByTestId('activity-label')
  await expect(labels.nth(0)).toHaveText(new RegExp(`^恢复企业“${firm.name}”`))
  await expect(labels.nth(1)).toHaveText(new RegExp(`^删除企业“${firm.name}”及相关记录`))
  await expect(page.getByTestId('activity-table')).toContainText('恢复')
  await page.getByTestId('activity-table').locator('.ant-table-row-expand-icon').first().click()
  await expect(page.getByTestId('activity-table')).toContainText(firm.name)
  await expect(toasts(page)).toHaveCount(0, { timeout: 10_000 })
  await page.screenshot({ path: `${SCREENSHOTS}/activity.png`, animations: 'disabled' })
})

test('设置 shows the backup folder and the last backup; 立即备份 saves one', async ({ app }) => {
  const { page, dbPath } = app
  await app.open('settings')
  await expect(page.getByTestId('backup-folder')).toHaveText(backupFolder(dbPath))
  await expect(page.getByTestId('backup-last')).toHaveText('尚无备份')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '立即备份' }).click()
  expect((await download).suggestedFilename()).toMatch(/^bizledger-\d{8}-\d{6}-\d{3}-manual\.db$/)
  await expect(page.getByTestId('backup-last')).toContainText('手动')
  await expect(page.getByTestId('backup-card').locator('.backup-list')).toContainText('手动')
  await page.getByTestId('user-name').fill('王科长')
  await page.getByTestId('user-name-save').click()
  await expect(toasts(page).filter({ hasText: '王科长' })).toBeVisible()
  await expect(toasts(page)).toHaveCount(0, { timeout: 10_000 })
  await page.screenshot({ path: `${SCREENSHOTS}/settings.png`, animations: 'disabled', fullPage: true })
})
