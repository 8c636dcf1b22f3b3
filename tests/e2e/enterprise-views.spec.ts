/**
 * 企业名录: bulk edits (ticked rows, and every row the filters select) and views (the ones that
 * ship, per building, and the user's own, which outlive a restart).
 */
import type { Enterprise } from '../../src/shared/domain'
import { expect, SCREENSHOTS, test } from './fixtures'
import {
  cell,
  chooseBulkField,
  chooseView,
  enterprise,
  enterprises,
  expectRowCount,
  hideColumn,
  quickSearch,
  restart,
  saveViewAs,
  shownIds,
  sortBy,
  tick,
  toasts,
} from './helpers'

test.use({ dataset: 'demo' })

const active = (list: Enterprise[]) => list.filter((e) => e.status === '在营')

test('批量修改 sets 服务专员 on the ticked firms, a range ticked with Shift, as one change', async ({ app }) => {
  const { page, backend } = app
  const staff = backend.ledgers.staff.list() as { id: number; name: string }[]
  const specialist = staff.find((s) => staff.filter((t) => t.name === s.name).length === 1)!
  await app.open('enterprise')
  await expect(page.getByTestId('row-count')).toContainText('共')
  const ids = await shownIds(page, 5)
  const [a, , c, d] = ids
  await tick(page, a)
  await tick(page, c, ['Shift']) // a..c: three rows
  await (await cell(page, d, 'phone')).click({ modifiers: ['ControlOrMeta'] }) // Ctrl+click adds a fourth
  await expect(page.getByTestId('selection-bar')).toContainText('已勾选 4 家')

  await page.getByTestId('bulk-button').click()
  const dialog = page.getByRole('dialog', { name: '批量修改企业' })
  await chooseBulkField(page, dialog, '服务专员', dialog.getByLabel('改为'))
  await dialog.getByLabel('改为').click()
  await dialog.getByLabel('改为').pressSequentially(specialist.name)
  await page.locator('.ant-select-dropdown:visible').getByTitle(specialist.name).click()
  await expect(dialog.getByTestId('bulk-summary')).toContainText(`将把 4 家企业的“服务专员”改为“${specialist.name}”`)
  await page.screenshot({ path: `${SCREENSHOTS}/enterprise-bulk-edit.png`, animations: 'disabled' })
  await dialog.getByRole('button', { name: '确认修改 4 家企业' }).click()
  await expect(toasts(page).filter({ hasText: '已修改 4 家企业的“服务专员”' })).toBeVisible()

  for (const id of ids.slice(0, 4)) expect(enterprise(backend, id)?.specialistId).toBe(specialist.id)
  expect(enterprise(backend, ids[4])?.specialistId).not.toBe(specialist.id)
  await expect(await cell(page, a, 'specialistName')).toHaveText(specialist.name)
  // One change in the audit log: one batch for the four.
  const batches = backend.db
    .prepare(
      `SELECT DISTINCT batch FROM audit_log
       WHERE entity = 'enterprise' AND action = 'update' AND entity_id IN (?, ?, ?, ?)`,
    )
    .all(...ids.slice(0, 4)) as { batch: string | null }[]
  expect(batches).toHaveLength(1)
  expect(batches[0].batch).toBeTruthy()
  await expect(page.getByTestId('selection-bar')).toHaveCount(0)
})

test('全选筛选结果 in 本楼宇企业 marks every firm of the building 重点企业, loaded or not', async ({ app }) => {
  const { page, backend } = app
  const building = backend.ledgers.building.list().find((b) => b.name === '紫荆广场')!
  const inBuilding = active(enterprises(backend)).filter((e) => e.buildingId === building.id)
  const outside = active(enterprises(backend)).find((e) => e.buildingId !== building.id && !e.isKey)!
  expect(inBuilding.length).toBeGreaterThan(150) // more than the first block of rows
  await app.open('enterprise')
  await chooseView(page, '紫荆广场', '本楼宇企业')
  await expectRowCount(page, inBuilding.length)
  await expect(page.getByTestId('scope-chip')).toHaveText('范围:紫荆广场')
  await expect(page.getByTestId('filter-chip-status')).toBeVisible() // still hides 迁出/注销/吊销

  await page.getByTestId('select-all-filtered').click()
  await expect(page.getByTestId('selection-bar')).toContainText(`已选择全部 ${inBuilding.length} 家`)
  await page.getByTestId('bulk-button').click()
  const dialog = page.getByRole('dialog', { name: '批量修改企业' })
  await chooseBulkField(page, dialog, '重点企业', dialog.getByRole('radio', { name: '是' }))
  await dialog.getByRole('radio', { name: '是' }).check()
  await dialog.getByRole('button', { name: `确认修改 ${inBuilding.length} 家企业` }).click()
  await expect(toasts(page).filter({ hasText: `已修改 ${inBuilding.length} 家企业的“重点企业”` })).toBeVisible()

  for (const e of inBuilding) expect(enterprise(backend, e.id)?.isKey).toBe(true)
  expect(enterprise(backend, outside.id)?.isKey).toBe(false)
})

test('the views that ship: 重点企业, 迁出/注销/吊销企业 and 本楼宇企业', async ({ app }) => {
  const { page, backend } = app
  // A firm whose licence was revoked (the demo has none): shown with 迁出 and 注销, hidden by default.
  const revoked = active(enterprises(backend)).find((e) => !e.isKey && e.creditCode)!
  backend.ledgers.enterprise.update(revoked.id, { status: '吊销' })
  const all = enterprises(backend)
  await app.open('enterprise')
  await expect(page.getByTestId('row-count')).toContainText('共')

  await chooseView(page, '重点企业')
  await expectRowCount(page, active(all).filter((e) => e.isKey).length)
  await expect(page.getByTestId('filter-chip-isKey')).toHaveText('重点企业:是')
  await expect(page.getByTestId('view-menu')).toContainText('重点企业')

  await chooseView(page, '迁出/注销/吊销企业')
  await expectRowCount(page, all.filter((e) => e.status !== '在营').length)
  await expect(page.getByTestId('filter-chip-status')).toHaveText('状态:迁出、注销、吊销')
  await expect(page.getByTestId('hidden-toggle')).toBeChecked()
  await expect(page.locator('.hidden-toggle')).toHaveText('显示非在营企业')
  await quickSearch(page, revoked.creditCode!)
  await expectRowCount(page, 1)
  await quickSearch(page, '')
  await expectRowCount(page, all.filter((e) => e.status !== '在营').length)

  await chooseView(page, '中天大厦', '本楼宇企业')
  await expectRowCount(page, active(all).filter((e) => e.buildingName === '中天大厦').length)
  await page.screenshot({ path: `${SCREENSHOTS}/enterprise-building-view.png`, animations: 'disabled' })

  await chooseView(page, '默认视图')
  await expectRowCount(page, active(all).length)
  await expect(page.getByTestId('scope-chip')).toHaveCount(0)
})

test('a saved view keeps filters, sort, search and columns, survives a restart and is reapplied', async ({ app }) => {
  const { page, backend } = app
  const all = active(enterprises(backend))
  await app.open('enterprise')
  await expect(page.getByTestId('row-count')).toContainText('共')

  // Sort by 注册资本, largest first; hide 房间号; search 设计.
  await sortBy(page, '注册资本(万元)')
  await sortBy(page, '注册资本(万元)')
  await hideColumn(page, '房间号')
  await quickSearch(page, '设计')
  const matching = all.filter((e) =>
    [e.name, e.shortName, e.formerNames, e.creditCode, e.contact, e.phone, e.buildingName].some((v) =>
      v?.includes('设计'),
    ),
  )
  await expectRowCount(page, matching.length)
  await expect(page.getByTestId('view-menu')).toContainText('已修改')
  await saveViewAs(page, '大型设计企业')

  const stored = backend.views.list('enterprise')
  expect(stored.map((v) => v.name)).toEqual(['大型设计企业'])
  expect(stored[0].state).toMatchObject({
    search: '设计',
    sort: [{ colId: 'registeredCapital', sort: 'desc' }],
    filter: { status: { filterType: 'set', values: ['在营'] } },
  })
  expect(stored[0].state.columns?.find((c) => c.colId === 'room')?.hide).toBe(true)

  // A restart: nothing of the session is left, the grid opens on its default view.
  await restart(page, () => app.open('enterprise'))
  await expectRowCount(page, all.length)
  await expect(page.getByRole('columnheader', { name: '房间号', exact: true })).toBeVisible()

  await chooseView(page, '大型设计企业')
  await expectRowCount(page, matching.length)
  await expect(page.getByTestId('quick-search')).toHaveValue('设计')
  await expect(page.getByRole('columnheader', { name: '房间号', exact: true })).toHaveCount(0)
  await expect(page.getByRole('columnheader', { name: '注册资本(万元)' })).toHaveAttribute('aria-sort', 'descending')
  const biggest = [...matching].sort((x, y) => (y.registeredCapital ?? -1) - (x.registeredCapital ?? -1))[0]
  expect((await shownIds(page))[0]).toBe(biggest.id)

  // 保存当前视图 overwrites it; 删除当前视图 removes it.
  await quickSearch(page, '建筑设计')
  await page.getByTestId('view-menu').click()
  await page.getByRole('menuitem', { name: '保存当前视图' }).click()
  await expect.poll(() => backend.views.list('enterprise')[0]?.state.search).toBe('建筑设计')
  await page.getByTestId('view-menu').click()
  await page.getByRole('menuitem', { name: '删除当前视图' }).click()
  await expect.poll(() => backend.views.list('enterprise').length).toBe(0)
  await expect(page.getByTestId('view-menu')).toContainText('默认视图')
})
