/**
 * What some ledgers have beyond the common steps: the request views that ship (未办结, 逾期) and
 * the loop's rules checked in the page, the edit form with lists of firms (参加企业), and a
 * dictionary entry that cannot go while it is used.
 */
import type { Request } from '../../src/shared/domain'
import { OPEN_REQUEST_STATUSES } from '../../src/shared/views/builtin'
import { expect, SCREENSHOTS, test } from './fixtures'
import {
  cell,
  chooseView,
  clickUntilClosed,
  expectRowCount,
  findableFirms,
  pick,
  quickSearch,
  shownIds,
  toasts,
} from './helpers'

test.use({ dataset: 'demo' })

test('诉求: 未办结诉求 and 逾期诉求 count what main counts, most urgent first', async ({ app }) => {
  const { page, backend } = app
  const requests = backend.ledgers.request.list() as unknown as Request[]
  const open = requests.filter((r) => (OPEN_REQUEST_STATUSES as readonly string[]).includes(r.status ?? ''))
  await app.open('request')
  // 逾期 is judged on the page's own date (the browser runs in Asia/Shanghai, which is already
  // tomorrow in the evening UTC), so the test counts by that date too.
  const today = await page.evaluate(() => new Date().toLocaleDateString('en-CA'))
  const overdue = open.filter((r) => r.dueOn && r.dueOn < today)
  expect(overdue.length).toBeGreaterThan(0)
  await expectRowCount(page, requests.length)

  await chooseView(page, '未办结诉求')
  await expectRowCount(page, open.length)
  await expect(page.getByTestId('filter-chip-status')).toHaveText('办理状态:受理、已派单、办理中')
  await chooseView(page, '逾期诉求')
  await expectRowCount(page, overdue.length)
  const first = (await shownIds(page))[0]
  const earliest = [...overdue].sort((a, b) => (a.dueOn! < b.dueOn! ? -1 : a.dueOn! > b.dueOn! ? 1 : a.id - b.id))[0]
  expect(first).toBe(earliest.id)
  await page.screenshot({ path: `${SCREENSHOTS}/request-overdue-view.png`, animations: 'disabled' })
})

test('诉求: a move the loop does not allow is refused in the cell before anything is sent', async ({ app }) => {
  const { page, backend } = app
  const requests = backend.ledgers.request.list() as unknown as Request[]
  const closed = requests.find((r) => r.status === '已办结')!
  const updates: string[] = []
  page.on('request', (r) => {
    if (r.url().endsWith('request%3Aupdate')) updates.push(r.postData() ?? '')
  })
  await app.open('request')
  await quickSearch(page, closed.content.slice(0, 40))
  await (await cell(page, closed.id, 'status')).click()
  await page.keyboard.press('Enter')
  await page.getByRole('option', { name: '受理', exact: true }).click()
  await expect(toasts(page).filter({ hasText: '不能从“已办结”改为“受理”' })).toBeVisible()
  await expect(await cell(page, closed.id, 'status')).toHaveClass(/cell-error/)
  expect(updates).toEqual([])
  expect((backend.ledgers.request.find(closed.id) as unknown as Request).status).toBe('已办结')
})

test('活动: 修改 shows the firms already attending by name and adds one', async ({ app }) => {
  const { page, backend } = app
  type Ev = { id: number; theme: string; attendeeIds: number[] }
  const events = backend.ledgers.event.list() as unknown as Ev[]
  const event = events.find((e) => e.attendeeIds.length >= 2 && e.attendeeIds.length <= 8)!
  const names = event.attendeeIds.map((id) => (backend.ledgers.enterprise.find(id) as { name: string }).name)
  const newcomer = findableFirms(backend, (f) => !event.attendeeIds.includes(f.id))[0]
  await app.open('event')
  await quickSearch(page, event.theme)
  await (await cell(page, event.id, 'theme')).click()
  await page.getByRole('button', { name: /^edit 修\s?改$/ }).click()
  const form = page.getByRole('dialog', { name: '修改活动' })
  await expect(form.getByLabel('活动主题')).toHaveValue(event.theme)
  // The firms chosen before are named (looked up by id), not shown as numbers.
  for (const n of names.slice(0, 2)) await expect(form.getByTitle(n).first()).toBeVisible()
  await pick(page, form.getByLabel('参加企业'), newcomer.part, newcomer.firm.name)
  await page.screenshot({ path: `${SCREENSHOTS}/event-edit-form.png`, animations: 'disabled' })
  await clickUntilClosed(form, /保\s?存/)
  const after = backend.ledgers.event.find(event.id) as unknown as Ev
  expect([...after.attendeeIds].sort()).toEqual([...event.attendeeIds, newcomer.firm.id].sort())
  await expect(await cell(page, event.id, 'attendeeCount')).toHaveText(String(event.attendeeIds.length + 1))
})

test('字典: an entry in use is not offered for deletion; an unused one is deleted', async ({ app }) => {
  const { page, backend } = app
  type Entry = { id: number; name: string; kind: string; usageCount: number }
  const entries = backend.ledgers.dictionary.list() as unknown as Entry[]
  const used = entries.find((e) => e.kind === 'industry' && e.usageCount > 0)!
  await app.open('dictionary')
  await chooseView(page, '行业')
  await expectRowCount(page, entries.filter((e) => e.kind === 'industry').length)
  await quickSearch(page, used.name)
  await (await cell(page, used.id, 'name')).click()
  await page.getByRole('button', { name: /删\s?除/ }).click()
  const info = page.getByRole('dialog').filter({ hasText: `不能删除字典项“${used.name}”` })
  await expect(info.getByTestId('delete-confirm')).toContainText(`仍被 企业 ${used.usageCount} 家 使用`)
  await clickUntilClosed(info, '知道了')
  expect(backend.ledgers.dictionary.find(used.id)).toBeDefined()

  const unused = backend.ledgers.dictionary.create({ kind: 'industry', name: '测试未用行业' }) as unknown as Entry
  await quickSearch(page, '测试未用')
  await (await cell(page, unused.id, 'name')).click()
  await page.getByRole('button', { name: /删\s?除/ }).click()
  const confirm = page.getByRole('dialog').filter({ hasText: '删除字典项“测试未用行业”' })
  await clickUntilClosed(confirm, /删\s?除/)
  await expect.poll(() => backend.ledgers.dictionary.find(unused.id)).toBeUndefined()
})
