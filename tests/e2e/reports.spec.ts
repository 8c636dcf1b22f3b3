/**
 * Printed reports (issue #8): each report's print page made into an A4 PDF by Chromium with the
 * app's own PDF options, then checked with poppler (size, pages, header, page-number footer,
 * fonts) and against the dashboard's figures for the same filter.
 */
import type { Dashboard } from '../../src/shared/domain/dashboard'
import type { Request } from '../../src/shared/domain'
import { reportRoute } from '../../src/shared/reports/params'
import { dispatch } from '../../src/main/ipc/dispatch'
import type { Backend } from '../../src/main/app/backend'
import { expect, test } from './fixtures'
import { openFromMenu } from './helpers'
import { expectFigure, expectSheets, reportPdf, savePdf } from './pdf'
import { SCREENSHOTS } from './fixtures'
import { REPORT_READY_ATTR } from '../../src/shared/reports/params'

test.use({ dataset: 'demo' })
test.setTimeout(180_000)

function dashboardOf(backend: Backend, filter: object): Dashboard {
  const r = dispatch(backend, 'dashboard:get', filter)
  if (!r.ok) throw new Error(r.error.message)
  return r.value as Dashboard
}

const n = (x: number) => x.toLocaleString('en-US')
const pct = (x: number) => `${(x * 100).toFixed(1)}%`

function expectKeyFigures(doc: Parameters<typeof expectFigure>[0], d: Dashboard) {
  const f = d.figures
  expectFigure(doc, '在营企业', `${n(f.firms)} 家`)
  expectFigure(doc, '应走访企业', `${n(f.inScope)} 家`)
  expectFigure(doc, '已走访企业', `${n(f.visitedFirms)} 家`)
  expectFigure(doc, '走访覆盖率', pct(f.coverage))
  expectFigure(doc, '重点企业覆盖率', pct(f.keyCoverage))
  expectFigure(doc, '走访次数', `${n(f.visits)} 次`)
  expectFigure(doc, '收集诉求', `${n(f.requests)} 件`)
  expectFigure(doc, '已办结', `${n(f.closed)} 件`)
  expectFigure(doc, '办结率', pct(f.closedShare))
  expectFigure(doc, '在办诉求', `${n(f.open)} 件`)
  expectFigure(doc, '超期诉求', `${n(f.overdue)} 件`)
}

test('营商服务工作简报 for a campaign: A4, header and footer on every page, the dashboard’s figures', async ({
  app,
}) => {
  // The campaign with the most firms visited: a finished one, the brief a meeting would see.
  const campaign = [...dashboardOf(app.backend, {}).acrossCampaigns].sort((a, b) => b.visited - a.visited)[0]
  const d = dashboardOf(app.backend, { campaignId: campaign.key })
  const doc = await reportPdf(app, reportRoute('brief', { campaignId: campaign.key! }), 'brief-campaign')
  expectSheets(doc, { title: '营商服务工作简报', orientation: 'portrait' })
  expectKeyFigures(doc, d)
  const text = doc.pages.join('\n')
  expect(text).toContain(campaign.name)
  // The coverage table names every building the dashboard counts, and the open requests are all listed.
  for (const b of d.byBuilding) expect(text).toContain(b.name)
  expect(text).toContain(`在办及超期诉求(共 ${n(d.figures.open)} 件,超期 ${n(d.figures.overdue)} 件)`)
  // Charts are drawn as vectors with their text, not pictures: their titles and axis labels are text.
  expect(text).toContain('图1 各楼宇走访覆盖情况')
  expect(text).toContain('已走访(家)')
})

test('营商服务工作简报 for a month, with the text the user wrote', async ({ app }) => {
  const d = dashboardOf(app.backend, {})
  const last = [...d.acrossCampaigns].reverse().find((c) => c.visited > 0)!
  const month = last.startOn.slice(0, 7)
  const [y, m] = month.split('-').map(Number)
  const to = `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`
  const dm = dashboardOf(app.backend, { from: `${month}-01`, to })
  const note = '本月重点走访紫荆广场、旭辉广场入驻企业,现场解决诉求若干。'
  const doc = await reportPdf(app, reportRoute('brief', { month, note }), 'brief-month')
  expectSheets(doc, { title: '营商服务工作简报', orientation: 'portrait' })
  expectKeyFigures(doc, dm)
  expect(doc.pages.join('').replace(/\s+/g, '')).toContain(note)
  expect(doc.pages[0]).toContain(`${y}年${m}月`)
})

test('诉求办理情况表 of 300+ requests: header row on every page, each request once and whole', async ({ app }) => {
  const requests = app.backend.ledgers.request.list() as unknown as Request[]
  expect(requests.length).toBeGreaterThanOrEqual(300)
  const doc = await reportPdf(app, reportRoute('requests', {}), 'requests-all')
  expectSheets(doc, { title: '诉求办理情况表', orientation: 'landscape' })
  expect(doc.pages.length).toBeGreaterThan(3)
  const header = /编号\s+受理日期\s+企业名称\s+诉求类别\s+诉求内容\s+办理时限\s+办结日期\s+超期情况/
  doc.pages.forEach((p, i) => expect(p, `header row on page ${i + 1}`).toMatch(header))
  expectFigure(doc, '诉求总数', `${n(requests.length)} 件`)
  for (const r of requests) {
    // A row's first line: its number and the day it was received, side by side.
    const line = new RegExp(`(?<![\\d-])${String(r.id).padStart(4, '0')}\\s+${r.receivedOn}`, 'g')
    const hits = doc.pages.map((p) => p.match(line)?.length ?? 0)
    expect(
      hits.reduce((s, h) => s + h, 0),
      `request ${r.id} printed once`,
    ).toBe(1)
  }
  // Whole rows: no sheet clips anything (the pager broke between rows), checked on the page itself.
  const clipped = await app.page.$$eval('.r-sheet-body', (bodies) =>
    bodies.flatMap((b, i) => {
      const box = b.getBoundingClientRect()
      return Array.from(b.querySelectorAll('tr'))
        .filter((tr) => tr.getBoundingClientRect().bottom > box.bottom + 0.5)
        .map(() => i + 1)
    }),
  )
  expect(clipped, 'sheets with a row cut off').toEqual([])
})

test('楼宇情况表 for one building and for all', async ({ app }) => {
  const buildings = app.backend.ledgers.building.list() as unknown as { id: number; name: string }[]
  const big = buildings
    .map((b) => ({ b, p: app.backend.buildingProfile(b.id) }))
    .sort((x, y) => y.p.enterprises.length - x.p.enterprises.length)[0]
  const one = await reportPdf(app, reportRoute('building', { buildingId: big.b.id }), 'building-one')
  expectSheets(one, { title: '楼宇情况表', orientation: 'portrait' })
  const text = one.pages.join('\n')
  expect(text).toContain(big.b.name)
  if (big.p.manager) expect(text).toContain(big.p.manager.name)
  expectFigure(one, '诉求总数', `${n(big.p.requests.total)} 件`)
  expect(text).toContain(`入驻企业名单(共 ${n(big.p.enterprises.length)} 家)`)

  const all = await reportPdf(app, reportRoute('building', {}), 'building-all')
  expectSheets(all, { title: '楼宇情况表', orientation: 'landscape' })
  const allText = all.pages.join('\n')
  for (const b of buildings) expect(allText).toContain(b.name)
})

test('一企一档 for one firm, under the 街道名称 of the settings', async ({ app }) => {
  dispatch(app.backend, 'report:saveSettings', { subdistrict: '四平路街道办事处' })
  const firms = app.backend.ledgers.enterprise.list() as unknown as { id: number; name: string }[]
  const rich = firms
    .map((f) => app.backend.profile('enterprise', f.id))
    .sort((a, b) => b.requests.length + b.visits.length - (a.requests.length + a.visits.length))[0]
  const doc = await reportPdf(app, reportRoute('enterprise', { enterpriseId: rich.enterprise.id }), 'enterprise')
  expectSheets(doc, { title: '一企一档', orientation: 'portrait', subdistrict: '四平路街道办事处' })
  const text = doc.pages.join('\n')
  expect(text).toContain(rich.enterprise.name)
  expect(text).toContain(`走访记录(${rich.visits.length} 次)`)
  expect(text).toContain(`企业诉求(${rich.requests.length} 件)`)
  for (const r of rich.requests) expect(text).toContain(String(r.id).padStart(4, '0'))
})

test('报表 page: the preview is the printed pages; the edited text and the 街道名称 of 设置 are printed', async ({
  app,
}) => {
  const { page } = app
  await app.open('settings')
  const name = page.getByTestId('settings-subdistrict')
  await expect(name).toHaveValue('四平路街道')
  await expect(page.getByTestId('brand-office')).toHaveText('四平路街道营商办')
  await name.fill('四平路街道办事处')
  await page.getByTestId('settings-subdistrict-save').click()
  await expect(page.getByText('已保存街道名称')).toBeVisible()
  // The sidebar names the office by the same setting, at once and after a restart.
  await expect(page.getByTestId('brand-office')).toHaveText('四平路街道办事处营商办')
  await page.reload()
  await expect(page.getByTestId('brand-office')).toHaveText('四平路街道办事处营商办')

  await openFromMenu(page, '报表')
  await expect(page).toHaveURL(/#\/reports$/)
  const preview = page.getByTestId('report-preview')
  await expect(preview.locator('[data-testid="report-sheet"]').first()).toBeVisible({ timeout: 60_000 })
  await expect(preview.locator('.r-sheet-head').first()).toContainText('四平路街道办事处')
  // The generated text is there to edit; what the user writes goes on the sheet.
  const note = page.getByTestId('report-note')
  await expect(note).toHaveValue(/走访覆盖率/)
  await note.fill('本期走访工作进展顺利,重点企业诉求均已安排专人跟进。')
  await note.blur()
  await expect(preview.locator('.r-text')).toHaveText('本期走访工作进展顺利,重点企业诉求均已安排专人跟进。')
  await expect(page.getByTestId('report-page-count')).toHaveText(/共 \d+ 页/)
  const shown = await preview.locator('[data-testid="report-sheet"]').count()
  await expect(page.getByTestId('report-page-count')).toHaveText(`共 ${shown} 页,A4 纵向`)
  await preview.screenshot({ path: `${SCREENSHOTS}/reports-page-preview.png` })
  await page.screenshot({ path: `${SCREENSHOTS}/reports-page.png` })

  // In a browser, 导出PDF opens the print page in a new tab (the system dialog saves the PDF there):
  // its PDF has exactly the pages the preview showed, with the same text.
  // The dialog itself is the browser's: the new tab's window.print is recorded instead of shown.
  await page.context().addInitScript(() => {
    window.print = () => document.documentElement.setAttribute('data-print-called', 'true')
  })
  const popupOpened = page.waitForEvent('popup')
  await page.getByRole('button', { name: /导出PDF/ }).click()
  const popup = await popupOpened
  await expect(popup.locator(`html[${REPORT_READY_ATTR}]`)).toBeAttached({ timeout: 60_000 })
  expect(popup.url()).toContain('autoprint=1')
  await expect(popup.locator('html[data-print-called]')).toBeAttached()
  const doc = await savePdf(popup, 'brief-from-page')
  expect(doc.pages.length).toBe(shown)
  expectSheets(doc, { title: '营商服务工作简报', orientation: 'portrait', subdistrict: '四平路街道办事处' })
  expect(doc.pages.join('').replace(/\s+/g, '')).toContain('本期走访工作进展顺利,重点企业诉求均已安排专人跟进。')
  await popup.close()

  // Each other report previews from the same page, the wide ones lying on their side.
  await page.getByTestId('report-kind').getByText('诉求办理情况表').click()
  await expect(page.getByTestId('report-page-count')).toHaveText(/共 \d+ 页,A4 横向/, { timeout: 60_000 })
  await page.getByTestId('report-kind').getByText('楼宇情况表').click()
  await expect(page.getByTestId('report-page-count')).toHaveText(/共 \d+ 页,A4 横向/, { timeout: 60_000 })
})
