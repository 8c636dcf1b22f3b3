/**
 * Record pages: 一企一档 of a demo firm with its visits and requests, the building, partner and
 * staff pages, links between them, and 返回 / Esc back to where the user came from. Each test
 * has its own copy of the demo ledger (fixtures.ts).
 */
import type { Backend } from '../../src/main/app/backend'
import { expect, SCREENSHOTS, test, type LedgerApp } from './fixtures'

/** Opens a record's page at #/<ledger>/<id>, waits for its name in the title, and returns the page. */
async function openProfile(app: LedgerApp, ledger: string, id: number, name: string) {
  await app.open(`${ledger}/${id}`)
  const view = app.page.getByTestId(`${ledger}-profile`)
  await expect(view.getByTestId('detail-title')).toHaveText(name)
  return view
}

/** The one number a query answers (an id picked for the case under test). */
const idFrom = (backend: Backend, sql: string) => backend.db.prepare(sql).pluck().get() as number

/**
 * The demo firm with the most to show: visits and requests (an overdue one if any), a building,
 * a 服务专员, then rent relief, events and memberships.
 */
function richFirm(backend: Backend): { id: number; name: string; visits: number; requests: number } {
  const today = new Date().toISOString().slice(0, 10)
  return backend.db
    .prepare(
      `SELECT * FROM (
         SELECT e.id, e.name, e.building_id AS b, e.specialist_id AS s,
           (SELECT count(*) FROM visit v WHERE v.enterprise_id = e.id) AS visits,
           (SELECT count(*) FROM request r WHERE r.enterprise_id = e.id) AS requests,
           (SELECT count(*) FROM request r WHERE r.enterprise_id = e.id
              AND r.status NOT IN ('已办结', '无法解决') AND r.due_on < ?) AS overdue,
           (SELECT count(*) FROM rent_relief r WHERE r.enterprise_id = e.id) AS reliefs,
           (SELECT count(*) FROM event_attendee a WHERE a.enterprise_id = e.id) AS events,
           (SELECT count(*) FROM organisation_member m WHERE m.enterprise_id = e.id) AS orgs
         FROM enterprise e)
       WHERE visits >= 2 AND requests >= 2 AND b IS NOT NULL AND s IS NOT NULL
       ORDER BY overdue > 0 DESC, (reliefs > 0) + (events > 0) + (orgs > 0) DESC, visits + requests DESC, id
       LIMIT 1`,
    )
    .get(today) as { id: number; name: string; visits: number; requests: number }
}

test('一企一档 shows every group of fields, the timeline of visits and requests, and the change history', async ({
  app,
}) => {
  const { page, backend } = app
  const firm = richFirm(backend)
  expect(firm, 'the demo ledger has a firm with visits and requests').toBeTruthy()
  // One edit through the audited service, so the history has a change to show in Chinese.
  backend.ledgers.enterprise.update(firm.id, { phone: '021-65980000' })
  const profile = backend.profile('enterprise', firm.id)

  const view = await openProfile(app, 'enterprise', firm.id, firm.name)
  for (const group of ['基本信息', '注册信息', '服务', '标识', '走访与诉求', '房租减免', '参加活动', '变更记录']) {
    await expect(view.getByText(group, { exact: true }).first()).toBeVisible()
  }
  if (profile.enterprise.creditCode) await expect(view).toContainText(profile.enterprise.creditCode)

  // Building, 楼掌柜, 服务专员: each a link to its page.
  await expect(view.getByRole('link', { name: profile.building!.name })).toHaveAttribute(
    'href',
    `#/building/${profile.building!.id}`,
  )
  await expect(view.getByRole('link', { name: profile.specialist!.name }).first()).toHaveAttribute(
    'href',
    `#/staff/${profile.specialist!.id}`,
  )

  // Every visit and request on the timeline; requests with their status and age.
  const timeline = view.getByTestId('activity-timeline')
  await expect(timeline.getByTestId('timeline-visit')).toHaveCount(firm.visits)
  await expect(timeline.getByTestId('timeline-request')).toHaveCount(firm.requests)
  const request = profile.requests[0]
  const item = timeline.getByTestId('timeline-request').filter({ hasText: request.content }).first()
  await expect(item).toContainText(request.status!)
  await expect(item).toContainText(`${request.daysOpen} 天`)
  const overdue = profile.requests.filter((r) => r.overdue).length
  await expect(timeline.locator('.overdue-tag')).toHaveCount(overdue)
  // Filtering the timeline to requests only.
  await timeline.getByText(`诉求 ${firm.requests}`).click()
  await expect(timeline.getByTestId('timeline-visit')).toHaveCount(0)
  await expect(timeline.getByTestId('timeline-request')).toHaveCount(firm.requests)
  await timeline.getByText(`全部 ${firm.visits + firm.requests}`).click()

  // The change just made, in Chinese: field, old → new, who.
  const history = view.getByTestId('audit-history')
  const change = history.locator('.audit-change').filter({ hasText: '联系电话' }).first()
  await expect(change).toContainText('021-65980000')
  await expect(history).toContainText('测试员')

  await page.screenshot({ path: `${SCREENSHOTS}/enterprise-profile.png`, animations: 'disabled', fullPage: false })
  await view.locator('.detail-body').evaluate((el) => el.scrollTo(0, 700))
  await page.screenshot({ path: `${SCREENSHOTS}/enterprise-profile-2.png`, animations: 'disabled' })
  await view.locator('.detail-body').evaluate((el) => el.scrollTo(0, el.scrollHeight))
  await page.screenshot({ path: `${SCREENSHOTS}/enterprise-profile-3.png`, animations: 'disabled' })
})

test('a link goes from 一企一档 to its building; 返回, Esc and Backspace go back the way the user came', async ({
  app,
}) => {
  const { page, backend } = app
  const firm = richFirm(backend)
  const profile = backend.profile('enterprise', firm.id)
  await app.open('enterprise')
  await page.evaluate((id) => (window.location.hash = `#/enterprise/${id}`), firm.id)
  await expect(page.getByTestId('detail-title')).toHaveText(firm.name)
  // The ledger stays selected in the sidebar.
  await expect(page.getByRole('menuitem', { name: /企业名录/ })).toHaveClass(/ant-menu-item-selected/)

  await page.getByRole('link', { name: profile.building!.name }).click()
  await expect(page).toHaveURL(new RegExp(`#/building/${profile.building!.id}$`))
  await expect(page.getByTestId('building-profile').getByTestId('detail-title')).toHaveText(profile.building!.name)

  await page.keyboard.press('Escape')
  await expect(page).toHaveURL(new RegExp(`#/enterprise/${firm.id}$`))
  await expect(page.getByTestId('detail-title')).toHaveText(firm.name)
  await page.keyboard.press('Backspace')
  await expect(page).toHaveURL(/#\/enterprise$/)

  // Opened directly (a reload, a new window), with nothing to go back to: 返回 lands on the ledger.
  await app.open(`staff/${profile.specialist!.id}`)
  await page.reload()
  await expect(page.getByTestId('detail-title')).toHaveText(profile.specialist!.name)
  await page.getByTestId('detail-back').click()
  await expect(page).toHaveURL(/#\/staff$/)
})

test('the building page: firms, 楼掌柜, rent relief, requests and visit coverage per campaign', async ({ app }) => {
  const { page, backend } = app
  const p = backend.buildingProfile(1)
  expect(p.building.name).toBe('紫荆广场')
  const view = await openProfile(app, 'building', 1, '紫荆广场')
  await expect(view.getByRole('link', { name: p.manager!.name })).toHaveAttribute('href', `#/staff/${p.manager!.id}`)
  await expect(view.getByTestId('tile-firms')).toContainText(String(p.enterprises.length))
  await expect(view.getByTestId('tile-relief')).toContainText('14,000,000.00 元')
  await expect(view.getByTestId('tile-relief')).toContainText('1,400.00 万元')
  await expect(view.getByTestId('tile-requests')).toContainText(`未办结 ${p.requests.open}`)

  // The chart draws a bar per campaign, each labelled visited/in scope and the rate.
  const chart = view.getByTestId('coverage-chart')
  await expect(chart.locator('svg[role="application"]')).toBeVisible()
  const first = [...p.coverage].sort((a, b) => a.startOn.localeCompare(b.startOn))[0]
  const rate = ((first.visited / first.inScope) * 100).toFixed(1)
  await expect(chart).toContainText(`${first.visited}/${first.inScope} 家 · ${rate}%`)
  await expect(chart).toContainText(first.campaignName)
  await expect(chart).toContainText('企业(家)')
  await expect(view.getByTestId('coverage-table').locator('tbody tr')).toHaveCount(p.coverage.length)

  await page.screenshot({ path: `${SCREENSHOTS}/building-profile.png`, animations: 'disabled' })
  await view.locator('.detail-body').evaluate((el) => el.scrollTo(0, 880))
  await page.screenshot({ path: `${SCREENSHOTS}/building-profile-2.png`, animations: 'disabled' })

  // The firm list filters, and a firm opens its 一企一档.
  const firms = view.getByTestId('building-firms')
  await expect(firms).toContainText(`共 ${p.enterprises.length} 家`)
  const target = p.enterprises[0]
  await firms.getByLabel('筛选企业').fill(target.name)
  await firms.getByRole('link', { name: target.name }).click()
  await expect(page).toHaveURL(new RegExp(`#/enterprise/${target.id}$`))
  await expect(page.getByTestId('detail-title')).toHaveText(target.name)
})

test('the partner page: firms brought in, by year as a chart and a table', async ({ app }) => {
  const { page, backend } = app
  const partnerId = idFrom(
    backend,
    'SELECT partner_id FROM enterprise WHERE partner_id IS NOT NULL GROUP BY partner_id ORDER BY count(*) DESC',
  )
  const p = backend.partnerProfile(partnerId)
  const view = await openProfile(app, 'partner', partnerId, p.partner.name)
  await expect(view.getByTestId('by-year-chart').locator('svg[role="application"]')).toBeVisible()
  const years = view.getByTestId('by-year-table')
  await expect(years.locator('tbody tr')).toHaveCount(p.byYear.length)
  const known = p.byYear.find((y) => /^\d{4}$/.test(y.year))!
  await expect(years.locator('tbody tr').filter({ hasText: `${known.year}年` })).toContainText(String(known.count))
  await expect(view.getByTestId('by-year-chart')).toContainText(`${known.year}年`)
  await expect(years.locator('.table-total')).toContainText(String(p.enterprises.length))
  const firms = view.getByTestId('partner-firms')
  await expect(firms.getByRole('link')).toHaveCount(Math.min(10, p.enterprises.length))
  await page.screenshot({ path: `${SCREENSHOTS}/partner-profile.png`, animations: 'disabled' })
})

test('the staff page: buildings as 楼掌柜, firms as 服务专员, visits', async ({ app }) => {
  const { page, backend } = app
  // A 楼掌柜 who also serves firms and has visited some.
  const staffId = idFrom(
    backend,
    `SELECT s.id FROM staff s WHERE EXISTS (SELECT 1 FROM building b WHERE b.manager_id = s.id)
       ORDER BY (SELECT count(*) FROM enterprise e WHERE e.specialist_id = s.id) DESC,
                (SELECT count(*) FROM visit_visitor v WHERE v.staff_id = s.id) DESC LIMIT 1`,
  )
  const p = backend.staffProfile(staffId)
  const view = await openProfile(app, 'staff', staffId, p.staff.name)
  await expect(view.getByTestId('tile-buildings')).toContainText(String(p.buildings.length))
  await expect(view.getByTestId('tile-firms')).toContainText(String(p.enterprises.length))
  await expect(view.getByTestId('tile-visits')).toContainText(p.visitCount.toLocaleString('en-US'))
  for (const b of p.buildings) {
    await expect(view.getByTestId('staff-buildings').getByRole('link', { name: b.name })).toHaveAttribute(
      'href',
      `#/building/${b.id}`,
    )
  }
  if (p.recentVisits.length) {
    const v = p.recentVisits[0]
    await expect(view.getByTestId('staff-visits').locator('tbody tr').first()).toContainText(v.visitedOn)
  }
  await page.screenshot({ path: `${SCREENSHOTS}/staff-profile.png`, animations: 'disabled' })

  // A 服务专员: the firms they serve, each opening its 一企一档.
  const specialistId = idFrom(
    backend,
    'SELECT specialist_id FROM enterprise WHERE specialist_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC',
  )
  const s = backend.staffProfile(specialistId)
  await page.evaluate((id) => (window.location.hash = `#/staff/${id}`), specialistId)
  await expect(view.getByTestId('detail-title')).toHaveText(s.staff.name)
  await expect(view.getByTestId('tile-firms')).toContainText(String(s.enterprises.length))
  const firm = s.enterprises[0]
  await view.getByTestId('staff-firms').getByRole('link', { name: firm.name }).click()
  await expect(page).toHaveURL(new RegExp(`#/enterprise/${firm.id}$`))
  await expect(page.getByTestId('enterprise-profile').getByTestId('detail-title')).toHaveText(firm.name)
})

test('an id that does not exist says so, and 返回 still works', async ({ app }) => {
  const { page } = app
  await app.open('enterprise/999999')
  await expect(page.getByRole('alert')).toContainText('数据加载失败')
  await page.getByTestId('detail-back').click()
  await expect(page).toHaveURL(/#\/enterprise$/)
})
