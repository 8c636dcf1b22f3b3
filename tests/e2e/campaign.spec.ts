/**
 * Issue #4 in the browser: plan a campaign over one building, record three visits from notes
 * by keyboard alone, close a request through the status dialog, and see the plan's progress
 * and the 督办 list follow. Also: sharing firms out (and the refusal for a firm that moved
 * out), and an event's attendees pasted from a sign-in sheet.
 */
import type { Locator, Page } from '@playwright/test'
import type { Backend } from '../../src/main/app/backend'
import { addDays, localToday, type Enterprise } from '../../src/shared/domain'
import { expect, SCREENSHOTS, test } from './fixtures'
import { findableFirms, openFromMenu, toasts, typeDate } from './helpers'

const CAMPAIGN = '测试楼宇专项走访'

/** A building with a handful of firms still 在营 (so the plan is short enough to read), and four of them. */
function scene(backend: Backend) {
  const b = backend.db
    .prepare(
      `SELECT b.id, b.name, count(e.id) AS n FROM building b JOIN enterprise e ON e.building_id = b.id
       WHERE e.status = '在营' GROUP BY b.id HAVING n >= 8 ORDER BY n LIMIT 1`,
    )
    .get() as { id: number; name: string; n: number }
  const firms = findableFirms(backend, (e: Enterprise) => e.buildingId === b.id)
  expect(firms.length, `four firms of ${b.name} a search can single out`).toBeGreaterThanOrEqual(4)
  const names = new Map<string, number>()
  const staff = backend.ledgers.staff.list() as unknown as { id: number; name: string }[]
  for (const s of staff) names.set(s.name, (names.get(s.name) ?? 0) + 1)
  const visitors = staff.filter((s) => names.get(s.name) === 1 && s.name.length >= 3).slice(0, 2)
  return { building: b, firms, visitors }
}

/** Open and overdue requests as main counts them (the 督办 tiles must say the same). */
function requestCounts(backend: Backend) {
  const n = (sql: string) => backend.db.prepare(sql).pluck().get() as number
  const open = "status IN ('受理', '已派单', '办理中')"
  return {
    open: n(`SELECT count(*) FROM request WHERE ${open}`),
    overdue: n(`SELECT count(*) FROM request WHERE ${open} AND due_on < date('now', 'localtime')`),
  }
}

/** The option of the open select list that contains `text`, once it is shown. */
function option(page: Page, text: string): Locator {
  return page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text }).first()
}

/** Types into the focused select and waits until `expected` is the highlighted option. */
async function typeAndWait(page: Page, text: string, expected = text): Promise<void> {
  await page.keyboard.type(text)
  // The list of the focused select (another may still be fading out).
  const list = await focused(page).getAttribute('aria-controls')
  const dropdown = page.locator('.ant-select-dropdown').filter({ has: page.locator(`[id="${list}"]`) })
  await expect(dropdown.locator('.ant-select-item-option-active')).toContainText(expected)
}

const focused = (page: Page) => page.locator(':focus')

async function createCampaign(page: Page, building: string, startOn: string, endOn: string): Promise<number> {
  await openFromMenu(page, '走访计划')
  await page.getByTestId('new-campaign').click()
  const form = page.getByTestId('campaign-form')
  await form.getByTestId('campaign-kind').click()
  await option(page, '专项走访').click()
  await typeDate(form.getByLabel('开始日期'), startOn)
  await typeDate(form.getByLabel('结束日期'), endOn)
  // The usual name is offered from the kind and start date; this test names its own.
  await expect(form.getByTestId('campaign-name')).toHaveValue(`${startOn.slice(0, 4)}年专项走访`)
  await form.getByTestId('campaign-name').fill(CAMPAIGN)
  await form.getByTestId('campaign-target').fill('80')
  await form.getByText('指定楼宇').click()
  // Saving without a building: the shared schema's message, in Chinese, on the item.
  await page.getByRole('button', { name: '保存并查看计划' }).click()
  await expect(form).toContainText('请至少选择一座楼宇')
  await form.getByTestId('campaign-scope-ids').click()
  await page.keyboard.type(building)
  await option(page, building).click()
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: '保存并查看计划' }).click()
  await expect(page).toHaveURL(/#\/campaign-plan\/\d+$/)
  return Number(/campaign-plan\/(\d+)/.exec(page.url())![1])
}

test('a campaign planned, three visits typed from notes, a request closed: progress and 督办 follow', async ({
  app,
}) => {
  test.setTimeout(180_000)
  const { page, backend } = app
  const { building, firms, visitors } = scene(backend)
  const [f1, f2, f3] = firms.map((f) => f.firm)
  const today = localToday()
  const visitDay = addDays(today, -40) // requests received then were due 25 days ago
  const before = requestCounts(backend)

  await app.open('home')
  const campaignId = await createCampaign(page, building.name, addDays(today, -60), addDays(today, 10))
  expect(backend.ledgers.campaign.get(campaignId).targetCoverage, '覆盖率目标 as typed').toBe(80)
  const plan = page.getByTestId('campaign-plan')
  await expect(page.locator('.page-title')).toHaveText(CAMPAIGN)
  await expect(plan.getByTestId('plan-in-scope')).toContainText(String(building.n))
  await expect(plan.getByTestId('plan-visited')).toContainText('0')
  await expect(plan.getByTestId('plan-progress')).toContainText('0%')

  // ---- 录入走访, by keyboard alone: Alt+N from anywhere puts the cursor on 企业.
  await page.keyboard.press('Alt+n')
  await expect(page).toHaveURL(/#\/visit-entry$/)
  const firm = page.locator('#entry-firm')
  await expect(firm).toBeFocused()

  // Visit 1: two requests, one of them dispatched to a unit.
  await typeAndWait(page, firms[0].part, f1.name)
  await page.keyboard.press('Enter')
  await expect(page.locator('#entry-date')).toBeFocused()
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type(visitDay.replace(/-/g, '/'))
  await page.keyboard.press('Enter')
  await expect(page.locator('#entry-date')).toHaveValue(visitDay) // read as typed, shown as stored
  await expect(page.locator('#entry-visitors')).toBeFocused()
  for (const v of visitors) {
    await typeAndWait(page, v.name)
    await page.keyboard.press('Enter')
  }
  await page.keyboard.press('Tab')
  await expect(focused(page)).toHaveAttribute('type', 'radio')
  await page.keyboard.press('Enter')
  await expect(page.locator('#entry-campaign')).toBeFocused()
  await typeAndWait(page, '测试楼宇', CAMPAIGN)
  await page.keyboard.press('Enter')
  await expect(page.locator('#entry-summary')).toBeFocused()
  await page.keyboard.type('企业经营正常,计划扩招设计人员')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('add-request')).toBeFocused()
  await page.keyboard.press('Enter')
  await typeAndWait(page, '融资需求')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('request-0-content')).toBeFocused()
  await page.keyboard.type('希望对接银行科技贷款')
  await page.keyboard.press('Enter')
  await typeAndWait(page, '区金融办')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter') // status stays 受理
  await expect(page.getByTestId('request-0-response')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('add-request')).toBeFocused()
  await page.keyboard.press('Enter')
  await typeAndWait(page, '人才招聘')
  await page.keyboard.press('Enter')
  await page.keyboard.type('招聘应届毕业生十名')
  await page.keyboard.press('Enter')
  await typeAndWait(page, '区人社局')
  await page.keyboard.press('Enter')
  await typeAndWait(page, '已派单')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('request-1-response')).toBeFocused()
  await page.screenshot({ path: `${SCREENSHOTS}/visit-entry.png`, animations: 'disabled' })
  await page.keyboard.press('ControlOrMeta+Enter')
  await expect(toasts(page).filter({ hasText: `已保存“${f1.name}”的走访记录及 2 条诉求` })).toBeVisible()
  // Ready for the next firm: 企业 empty and focused, the round's date and visitors kept.
  await expect(firm).toBeFocused()
  await expect(page.getByTestId('entry-firm')).not.toContainText(f1.name)
  await expect(page.locator('#entry-date')).toHaveValue(visitDay)
  await expect(page.getByTestId('request-rows')).not.toContainText('诉求类别')

  // Visit 2: a request solved on the spot; closing it without a response is explained first.
  await typeAndWait(page, firms[1].part, f2.name)
  await page.keyboard.press('Enter')
  for (const next of ['#entry-visitors', '[type="radio"]:checked', '#entry-campaign', '#entry-summary'])
    await page.keyboard.press('Enter').then(() => expect(page.locator(next)).toBeFocused())
  await page.keyboard.type('座谈了解政策需求')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await typeAndWait(page, '政策咨询')
  await page.keyboard.press('Enter')
  await page.keyboard.type('咨询高新技术企业认定条件')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter') // no unit
  await typeAndWait(page, '已办结')
  await page.keyboard.press('Enter')
  await page.keyboard.press('ControlOrMeta+Enter')
  const row0 = page.getByTestId('request-row-0')
  await expect(row0).toContainText('已办结的诉求须填写办理情况')
  await expect(page.getByTestId('request-0-response')).toBeFocused()
  await page.keyboard.type('当场讲解认定条件并发送申报指南')
  await page.keyboard.press('ControlOrMeta+Enter')
  await expect(toasts(page).filter({ hasText: `已保存“${f2.name}”的走访记录及 1 条诉求` })).toBeVisible()
  await expect(firm).toBeFocused()

  // Visit 3: a phone call, no request. Main refuses a date outside the campaign (its dates
  // changed meanwhile) and its message lands on 走访日期.
  // Enter straight after typing, before the search has answered: the best match is taken.
  await page.keyboard.type(firms[2].part)
  await page.keyboard.press('Enter')
  await expect(page.locator('#entry-date')).toBeFocused()
  await expect(page.getByTestId('entry-firm')).toContainText(f3.name)
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(page.getByTestId('entry-form').getByRole('radio', { name: '电话回访' })).toBeChecked()
  await page.keyboard.press('Enter')
  await expect(page.locator('#entry-campaign')).toBeFocused()
  const original = backend.ledgers.campaign.get(campaignId) as unknown as { endOn: string }
  backend.ledgers.campaign.update(campaignId, { endOn: addDays(visitDay, -1) })
  await page.keyboard.press('ControlOrMeta+Enter')
  const dateItem = page.locator('.entry-date')
  await expect(dateItem).toContainText(`走访日期须在“${CAMPAIGN}”的时间范围内`)
  await expect(toasts(page).filter({ hasText: '走访日期须在' })).toBeVisible()
  backend.ledgers.campaign.update(campaignId, { endOn: original.endOn })
  await page.keyboard.press('ControlOrMeta+Enter')
  await expect(toasts(page).filter({ hasText: `已保存“${f3.name}”的走访记录` })).toBeVisible()
  await expect(page.getByTestId('recent-visits').locator('tbody tr')).toHaveCount(3)

  const visits = backend.db
    .prepare('SELECT enterprise_id AS e, form, visited_on AS d FROM visit WHERE campaign_id = ? ORDER BY id')
    .all(campaignId) as { e: number; form: string; d: string }[]
  expect(visits).toEqual([
    { e: f1.id, form: '上门走访', d: visitDay },
    { e: f2.id, form: '上门走访', d: visitDay },
    { e: f3.id, form: '电话回访', d: visitDay },
  ])
  const visitors1 = backend.db
    .prepare('SELECT staff_id FROM visit_visitor WHERE visit_id = (SELECT min(id) FROM visit WHERE campaign_id = ?)')
    .pluck()
    .all(campaignId)
  expect(visitors1.sort()).toEqual(visitors.map((v) => v.id).sort())

  // ---- The plan moved on: 3 visited.
  await openFromMenu(page, '走访计划')
  await page.getByTestId('campaign-list').getByRole('link', { name: CAMPAIGN }).click()
  await expect(plan.getByTestId('plan-visited')).toContainText('3')
  const pct = ((3 / building.n) * 100).toFixed(1).replace(/\.0$/, '')
  await expect(plan.getByTestId('plan-progress')).toContainText(`${pct}%`)
  await expect(plan.getByTestId('progress-by-building')).toContainText(`3 / ${building.n} 家`)
  await expect(plan.getByTestId('pending-firms')).not.toContainText(f1.name)
  await expect(toasts(page)).toHaveCount(0, { timeout: 20_000 })
  await page.screenshot({ path: `${SCREENSHOTS}/campaign-plan.png`, animations: 'disabled' })

  // ---- 督办: the two open requests of visit 1 are overdue (25 days), at the top with the others.
  await openFromMenu(page, '督办')
  const after = requestCounts(backend)
  expect(after).toEqual({ open: before.open + 2, overdue: before.overdue + 2 })
  await expect(page.getByTestId('count-open')).toContainText(String(after.open))
  await expect(page.getByTestId('count-overdue')).toContainText(String(after.overdue))
  // The sidebar's 督办 entry counts the same overdue requests.
  const navOverdue = (n: number) => page.getByTestId('nav').getByTitle(`逾期诉求 ${n} 件`)
  await expect(navOverdue(after.overdue)).toBeVisible()
  const list = page.getByTestId('supervision-list')
  const loan = list.locator('tr', { hasText: '希望对接银行科技贷款' })
  await expect(loan).toContainText('25 天')
  await expect(loan.locator('.overdue-days')).toHaveCSS('color', 'rgb(207, 19, 34)')
  const days = (await list.locator('tbody .overdue-days').allTextContents()).map((t) => Number(t.replace(/\D/g, '')))
  expect(days.length).toBe(Math.min(after.overdue, 50))
  expect([...days].sort((a, b) => b - a)).toEqual(days)
  await expect(toasts(page)).toHaveCount(0, { timeout: 20_000 })
  await page.screenshot({ path: `${SCREENSHOTS}/supervision.png`, animations: 'disabled' })

  // ---- The status dialog: only the allowed moves, the rules explained, then 已办结.
  await loan.getByTestId('open-request').click()
  const dialog = page.getByTestId('request-status-dialog')
  await expect(dialog.getByTestId('current-status')).toHaveText('受理')
  await expect(dialog.getByTestId('move-choices').getByRole('radio')).toHaveCount(4)
  await expect(dialog.getByTestId('move-choices')).toHaveText(/^已派单办理中已办结无法解决$/)
  await dialog.getByText('已办结', { exact: true }).click()
  await dialog.getByTestId('move-save').click()
  await expect(dialog).toContainText('已办结的诉求须填写办理情况')
  await typeDate(dialog.locator('#move-closed-on'), addDays(visitDay, -1))
  await expect(dialog).toContainText('办结日期不能早于受理日期')
  await typeDate(dialog.locator('#move-closed-on'), today)
  await dialog.getByTestId('move-response').fill('已对接驻区银行,获批科技贷款200万元')
  await expect(dialog.locator('.ant-form-item-explain-error')).toHaveCount(0)
  await page.screenshot({ path: `${SCREENSHOTS}/request-status-dialog.png`, animations: 'disabled' })
  await dialog.getByTestId('move-save').click()
  await expect(toasts(page).filter({ hasText: '诉求已改为“已办结”' })).toBeVisible()
  await expect(dialog.getByTestId('current-status')).toHaveText('已办结')
  const changes = dialog.getByTestId('timeline-change')
  await expect(changes).toHaveCount(2)
  await expect(changes.nth(0)).toContainText('受理')
  await expect(changes.nth(1)).toContainText('受理 → 已办结')
  await expect(changes.nth(1)).toContainText('测试员')
  // A closed request can only be reopened.
  await expect(dialog.getByTestId('move-choices')).toHaveText('办理中')
  await dialog.getByRole('button', { name: '关闭' }).click()

  await expect(page.getByTestId('count-overdue')).toContainText(String(after.overdue - 1))
  await expect(navOverdue(after.overdue - 1)).toBeVisible()
  await expect(page.getByTestId('count-open')).toContainText(String(after.open - 1))
  await expect(list.locator('tr', { hasText: '希望对接银行科技贷款' })).toHaveCount(0)
  expect(requestCounts(backend)).toEqual({ open: after.open - 1, overdue: after.overdue - 1 })
})

test('firms are shared out among visitors; a firm that moved out is refused in Chinese', async ({ app }) => {
  const { page, backend } = app
  const { building, firms, visitors } = scene(backend)
  const today = localToday()
  await app.open('campaign-plan')
  await expect(page.getByTestId('campaign-list').locator('tbody tr.ant-table-row')).toHaveCount(
    backend.stats().campaigns,
  )
  await page.screenshot({ path: `${SCREENSHOTS}/campaign-list.png`, animations: 'disabled' })
  await createCampaign(page, building.name, today, addDays(today, 30))
  const pending = page.getByTestId('pending-firms')
  const rowOf = (id: number) => pending.locator(`tr[data-row-key="${id}"]`)
  const [a, b, moved] = [firms[0].firm, firms[1].firm, firms[3].firm]

  const assignTo = async (name: string) => {
    await pending.getByTestId('assign-staff').click()
    await page.keyboard.type(name)
    await option(page, name).click()
    await pending.getByTestId('assign-button').click()
  }

  await rowOf(a.id).getByRole('checkbox').check()
  await rowOf(b.id).getByRole('checkbox').check()
  await expect(pending.getByTestId('pending-selected')).toHaveText('已选 2 家')
  await assignTo(visitors[0].name)
  await expect(toasts(page).filter({ hasText: `已将 2 家企业分配给${visitors[0].name}` })).toBeVisible()
  await expect(rowOf(a.id)).toContainText(visitors[0].name)
  await expect(page.getByTestId('plan-assigned')).toContainText('2')

  // The firm moves out after it was ticked (someone else changed it): main refuses, and says why.
  // Ticked first: the plan reloads itself after every change (200 ms after the assignment just
  // made), and a reload after the move no longer lists the firm at all.
  await rowOf(moved.id).getByRole('checkbox').check()
  backend.ledgers.enterprise.update(moved.id, { status: '迁出' })
  await assignTo(visitors[1].name)
  await expect(pending.getByTestId('assign-refusal')).toContainText(
    `已迁出的企业不能再列入走访计划:${moved.name}(迁出)`,
  )
  await page.reload()
  await expect(page.getByTestId('plan-in-scope')).toContainText(String(building.n - 1))
  await expect(rowOf(moved.id)).toHaveCount(0)

  // A demo campaign over every firm: many buildings, each with its progress.
  const winter = backend.db.prepare("SELECT id FROM campaign WHERE name = '2025年冬令大走访'").pluck().get() as number
  const demo = backend.campaignPlan(winter)
  await page.evaluate((id) => (window.location.hash = `#/campaign-plan/${id}`), winter)
  await expect(page.getByTestId('plan-visited')).toContainText(demo.visited.toLocaleString('en-US'))
  await expect(page.getByTestId('progress-by-building').locator('tbody tr.ant-table-row')).toHaveCount(
    demo.byBuilding.length,
  )
  await expect(page.getByTestId('pending-group')).toHaveCount(
    demo.byBuilding.filter((g) => g.visited < g.inScope).length,
  )
  await expect(toasts(page)).toHaveCount(0, { timeout: 20_000 })
  await page.screenshot({ path: `${SCREENSHOTS}/campaign-plan-demo.png`, animations: 'disabled' })
})

type Ev = { id: number; theme: string; heldOn: string; attendeeIds: number[] }

test('an event’s attendees pasted from a sign-in sheet: matched firms added, the rest listed', async ({ app }) => {
  const { page, backend } = app
  // The latest event: the first row of the grid, newest first.
  const event = (backend.ledgers.event.list() as unknown as Ev[]).sort((a, b) => b.heldOn.localeCompare(a.heldOn))[0]
  const newcomers = backend.db
    .prepare(
      `SELECT id, name, credit_code AS code FROM enterprise WHERE credit_code IS NOT NULL AND status = '在营'
       AND id NOT IN (SELECT enterprise_id FROM event_attendee WHERE event_id = ?) LIMIT 2`,
    )
    .all(event.id) as { id: number; name: string; code: string }[]
  await app.open('event')
  await page.locator(`.ag-row[row-id="${event.id}"] .ag-cell[col-id="theme"]`).first().click()
  await page.getByTestId('open-attendees').click()
  const dialog = page.getByTestId('attendees-dialog')
  await expect(dialog.getByTestId('attendees-event')).toContainText(event.theme)
  const count = event.attendeeIds.length
  await expect(dialog.getByTestId('attendees-count')).toHaveText(`参加企业 ${count} 家`)
  await dialog
    .getByTestId('attendees-paste')
    .fill(`${newcomers[0].name}\n${newcomers[1].code.toLowerCase()}、查无此公司有限公司`)
  await dialog.getByTestId('attendees-match').click()
  await expect(dialog.getByTestId('attendees-count')).toHaveText(`参加企业 ${count + 2} 家`)
  await expect(dialog.getByTestId('attendees-missing')).toContainText('查无此公司有限公司')
  await expect(dialog.getByTestId('attendees-list')).toContainText(newcomers[1].name)
  await expect(toasts(page)).toHaveCount(0, { timeout: 20_000 })
  await page.screenshot({ path: `${SCREENSHOTS}/event-attendees.png`, animations: 'disabled' })
  await dialog.getByTestId('attendees-save').click()
  await expect(toasts(page).filter({ hasText: `参加企业 ${count + 2} 家` })).toBeVisible()
  const saved = backend.ledgers.event.get(event.id) as unknown as { attendeeIds: number[] }
  expect(saved.attendeeIds).toEqual(expect.arrayContaining([newcomers[0].id, newcomers[1].id]))
  await expect(page.locator(`.ag-row[row-id="${event.id}"] .ag-cell[col-id="attendeeCount"]`)).toHaveText(
    String(count + 2),
  )
})
