/** The dashboard's channels besides `dashboard:get`: remembered filter and the figures workbook. */
import ExcelJS from 'exceljs'
import type { DashboardFilter } from '../../shared/domain/dashboard'
import { DEFAULT_DASHBOARD_PREFS, dashboardPrefsSchema, type DashboardPrefs } from '../../shared/ipc/channels/dashboard'
import type { Deps } from '../core/deps'
import { dashboard } from './aggregates'
import { chartTables, figureRows } from '../../shared/domain/dashboard-figures'

/** What this module uses of the ledger's services (src/main/core/deps.ts). */
type DashboardDeps = Pick<Deps, 'db' | 'ledgers' | 'settings'>

const PREFS_KEY = 'dashboard.prefs'

function prefs(b: DashboardDeps): DashboardPrefs {
  const raw = b.settings.get(PREFS_KEY)
  const parsed = raw ? dashboardPrefsSchema.safeParse(JSON.parse(raw)) : null
  const p = parsed?.success ? parsed.data : DEFAULT_DASHBOARD_PREFS
  // A campaign deleted since: back to all time rather than an error on the first screen.
  const id = p.filter.campaignId
  if (id && !b.db.prepare('SELECT 1 FROM campaign WHERE id = ?').get(id)) {
    return { ...p, filter: { ...p.filter, campaignId: null } }
  }
  return p
}

/** The filter in words, for the top of the workbook: 走访活动:2025年冬令大走访 · 楼宇:紫荆广场. */
export function describeFilter(
  b: DashboardDeps,
  f: DashboardFilter,
  period: { from: string | null; to: string | null },
) {
  const name = (sql: string, id: number | null | undefined) =>
    id ? ((b.db.prepare(sql).pluck().get(id) as string | undefined) ?? `#${id}`) : null
  const parts = [
    f.campaignId ? `走访活动:${name('SELECT name FROM campaign WHERE id = ?', f.campaignId)}` : null,
    period.from || period.to ? `期间:${period.from ?? '不限'} 至 ${period.to ?? '不限'}` : '期间:全部',
    f.buildingId ? `楼宇:${name('SELECT name FROM building WHERE id = ?', f.buildingId)}` : null,
    f.industryId ? `行业:${name('SELECT name FROM dictionary WHERE id = ?', f.industryId)}` : null,
    f.keyOnly ? '仅重点企业' : null,
  ]
  return parts.filter(Boolean).join(' · ')
}

async function figuresWorkbook(b: DashboardDeps, f: DashboardFilter) {
  const d = dashboard(b, f)
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('关键指标')
  ws.columns = [{ width: 24 }, { width: 18 }, { width: 8 }]
  ws.addRow(['营商台账 · 首页关键指标']).font = { bold: true, size: 14 }
  ws.addRow([describeFilter(b, f, d.period)])
  ws.addRow([])
  const head = ws.addRow(['指标', '数值', '单位'])
  head.font = { bold: true }
  for (const r of figureRows(d.figures)) {
    const row = ws.addRow([r.label, r.value ?? '—', r.unit])
    row.getCell(2).numFmt = r.format
  }
  for (const t of chartTables(d)) {
    const sheet = wb.addWorksheet(t.title)
    sheet.columns = t.header.map((_, i) => ({ width: i === 0 ? 28 : 14 }))
    sheet.addRow(t.header).font = { bold: true }
    for (const r of t.rows) sheet.addRow(r)
    const rateCol = t.header.indexOf('覆盖率')
    if (rateCol >= 0) sheet.getColumn(rateCol + 1).numFmt = '0.0%'
    sheet.views = [{ state: 'frozen', ySplit: 1 }]
  }
  const bytes = Buffer.from(await wb.xlsx.writeBuffer())
  const day = new Date().toISOString().slice(0, 10)
  return { fileName: `首页关键指标-${day}.xlsx`, base64: bytes.toString('base64') }
}

export function dashboardHandlers(b: DashboardDeps) {
  return {
    'dashboard:prefs': () => prefs(b),
    'dashboard:open': () => {
      const p = prefs(b)
      return { prefs: p, data: dashboard(b, p.filter) }
    },
    'dashboard:savePrefs': (i: DashboardPrefs) => {
      b.settings.set(PREFS_KEY, JSON.stringify(i))
      return i
    },
    'dashboard:get': (i: DashboardFilter) => dashboard(b, i),
    'dashboard:exportFigures': (i: DashboardFilter) => figuresWorkbook(b, i),
  }
}
