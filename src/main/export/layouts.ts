/**
 * The official layouts (官方格式): 企业名录, a campaign's 走访台账, 诉求办理台账 and
 * 房租减免汇总表, each from its template (title, 填报单位/制表日期 line, columns, widths, A4
 * landscape), bordered, printable, and importable again: their headers are the dictionary's.
 */
import { localToday } from '../../shared/domain/dates'
import { CLOSED_STATUSES } from '../../shared/domain/request'
import type { LayoutName } from '../../shared/ipc/channels/export'
import type { Deps } from '../core/deps'
import { AppError } from '../errors'
import { layoutColumns, type ExportColumn } from './columns'
import { writeRentReliefs } from './layout-rent-reliefs'
import { writeVisits } from './layout-visits'
import { Ticker, type ExportJob } from './progress'
import { writeAtomically } from './target'
import { fill, loadTemplate, type LayoutTemplate } from './templates'
import { XlsxBook, type XlsxSheet } from './xlsx'

/** What this module uses of the ledger's services (src/main/core/deps.ts). */
type LayoutDeps = Pick<Deps, 'db' | 'grids' | 'settings'>

export interface LayoutExport {
  layout: LayoutName
  campaignId?: number
  /** Instead of the template's title. */
  title?: string
}

export interface LayoutContext {
  backend: LayoutDeps
  template: LayoutTemplate
  columns: ExportColumn[]
  sheet: XlsxSheet
  ticker: Ticker
  campaignId?: number
}

/** The office's name in titles: 设置 → 街道名称, the same the printed reports carry. */
export function officeName(backend: LayoutDeps): string {
  return backend.settings.subdistrict()
}

function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number)
  return `${y}年${m}月${d}日`
}

interface Campaign {
  name: string
  startOn: string
  endOn: string
}

function campaignOf(backend: LayoutDeps, id: number | undefined): Campaign {
  if (id === undefined) throw new AppError('VALIDATION', '导出走访台账须选择走访活动')
  const c = backend.db
    .prepare('SELECT name, start_on AS startOn, end_on AS endOn FROM campaign WHERE id = ?')
    .get(id) as Campaign | undefined
  if (!c) throw new AppError('NOT_FOUND', `走访活动(编号 ${id})不存在,可能已被删除`)
  return c
}

/** How many records a layout writes: what its progress bar counts to. */
function countOf(backend: LayoutDeps, l: LayoutExport): number {
  const q = (sql: string, ...params: unknown[]) =>
    backend.db
      .prepare(sql)
      .pluck()
      .get(...params) as number
  switch (l.layout) {
    case 'directory':
      return q(`SELECT count(*) FROM enterprise WHERE status = '在营'`)
    case 'visits':
      return q('SELECT count(*) FROM visit WHERE campaign_id = ?', l.campaignId)
    case 'requests':
      return q('SELECT count(*) FROM request')
    case 'rent-reliefs':
      return q('SELECT count(*) FROM rent_relief')
  }
}

/** The file name a layout is saved under: 走访台账-2026年冬令大走访-2026-11-05.xlsx. */
export function layoutFileName(backend: LayoutDeps, l: LayoutExport): string {
  const template = loadTemplate(l.layout)
  const what = l.layout === 'visits' ? `走访台账-${campaignOf(backend, l.campaignId).name}` : template.sheet
  return `${what}-${localToday()}.xlsx`.replace(/[\\/:*?"<>|]/g, '_')
}

export async function exportLayout(backend: LayoutDeps, l: LayoutExport, path: string, job: ExportJob = {}) {
  const template = loadTemplate(l.layout)
  const today = localToday()
  const campaign = l.layout === 'visits' ? campaignOf(backend, l.campaignId) : null
  const values: Record<string, string> = {
    office: officeName(backend),
    date: chineseDate(today),
    month: chineseDate(today).replace(/\d+日$/, ''),
    campaign: campaign?.name ?? '',
    campaignPeriod: campaign ? `${chineseDate(campaign.startOn)}至${chineseDate(campaign.endOn)}` : '',
  }
  const columns = layoutColumns(template.kind, template.columns)
  const ticker = new Ticker(job, countOf(backend, l))
  await writeAtomically(path, async (tmp) => {
    const book = new XlsxBook(tmp)
    try {
      const sheet = book.sheet({
        name: template.sheet,
        columns,
        title: l.title?.trim() || fill(template.title, values),
        subtitle: template.subtitle && fill(template.subtitle, values),
        print: { orientation: template.orientation },
      })
      const ctx: LayoutContext = { backend, template, columns, sheet, ticker, campaignId: l.campaignId }
      await WRITERS[l.layout](ctx)
      ticker.check()
      if (template.footer) sheet.footer(fill(template.footer, values))
      sheet.finish()
      await book.commit()
    } catch (e) {
      await book.destroy()
      throw e
    }
  })
  ticker.done()
  return ticker.rows
}

const WRITERS: Record<LayoutName, (ctx: LayoutContext) => Promise<void>> = {
  directory: writeDirectory,
  visits: writeVisits,
  requests: writeRequests,
  'rent-reliefs': writeRentReliefs,
}

/** Firms in operation, building by building, by name (pinyin) within each. */
async function writeDirectory({ backend, sheet, ticker }: LayoutContext) {
  const where = { filter: { status: { filterType: 'set' as const, values: ['在营'] } } }
  const sort = [
    { colId: 'buildingName', sort: 'asc' as const },
    { colId: 'name', sort: 'asc' as const },
  ]
  for (const r of backend.grids.enterprise.rows(where, sort)) {
    r.seq = ticker.rows + 1
    sheet.record(r)
    await ticker.tick()
  }
}

/** Every request by date received, with the days it took (or has taken so far) and whether it ran late. */
async function writeRequests({ backend, sheet, ticker }: LayoutContext) {
  for (const r of backend.grids.request.rows({}, [{ colId: 'receivedOn', sort: 'asc' }])) {
    r.seq = ticker.rows + 1
    r.daysTaken = r.daysOpen
    r.overdue = isOverdue(r) ? '是' : '否'
    sheet.record(r)
    await ticker.tick()
  }
}

/** Late: closed after its due date, or still open past it. */
export function isOverdue(r: Record<string, unknown>): boolean {
  const due = r.dueOn as string | null
  if (!due) return false
  if (CLOSED_STATUSES.includes(r.status as string)) return ((r.closedOn as string | null) ?? '') > due
  return ((r.daysOverdue as number | null) ?? 0) > 0
}
