/**
 * 营商服务工作简报: a campaign or a month on one or two sheets, for district leaders. Every
 * figure and chart comes from `dashboard:get` for the same filter, so the paper says what the
 * 首页 dashboard says; the open requests come from the request ledger itself.
 */
import { createElement } from 'react'
import type { Dashboard, DashboardFilter } from '../../../../../shared/domain/dashboard'
import type { ReportParams } from '../../../../../shared/reports/params'
import { api } from '../../../api'
import { table, type Block, type Report } from '../layout/blocks'
import { BAR_ROW, CoverageBars, RequestBars } from '../layout/charts'
import { cnDate, count, days, pct, wan } from './format'
import { overdueText, requestNo, requestsIn } from './requests'

/** The first and last day of a month 'YYYY-MM'. */
export function monthPeriod(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number)
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` }
}

export function briefFilter(p: ReportParams<'brief'>): DashboardFilter {
  return p.campaignId ? { campaignId: p.campaignId } : monthPeriod(p.month!)
}

/** The few lines the user may rewrite before printing; this is where they start. */
export function defaultBriefNote(d: Dashboard): string {
  const f = d.figures
  return (
    `本期应走访企业 ${count(f.inScope)} 家,已走访 ${count(f.visitedFirms)} 家,走访覆盖率 ${pct(f.coverage)};` +
    `其中重点企业覆盖率 ${pct(f.keyCoverage)}。收集企业诉求 ${count(f.requests)} 件,已办结 ${count(f.closed)} 件,` +
    `办结率 ${pct(f.closedShare)};尚在办理 ${count(f.open)} 件,其中超期 ${count(f.overdue)} 件,需加强督办。`
  )
}

export function briefFigures(d: Dashboard): { label: string; value: string }[] {
  const f = d.figures
  return [
    { label: '在营企业', value: count(f.firms, '家') },
    { label: '应走访企业', value: count(f.inScope, '家') },
    { label: '已走访企业', value: count(f.visitedFirms, '家') },
    { label: '走访覆盖率', value: pct(f.coverage) },
    { label: '重点企业覆盖率', value: pct(f.keyCoverage) },
    { label: '走访次数', value: count(f.visits, '次') },
    { label: '收集诉求', value: count(f.requests, '件') },
    { label: '已办结', value: count(f.closed, '件') },
    { label: '办结率', value: pct(f.closedShare) },
    { label: '在办诉求', value: count(f.open, '件') },
    { label: '超期诉求', value: count(f.overdue, '件') },
    { label: '平均办结用时', value: days(f.meanDaysToClose) },
    { label: '房租减免金额', value: wan(f.rentReliefAmount) },
    { label: '房租减免户数', value: count(f.rentReliefTenants, '户') },
    { label: '本年招商落户', value: count(f.partnerFirmsThisYear, '家') },
  ]
}

export async function briefReport(p: ReportParams<'brief'>): Promise<Report> {
  const [d, campaign] = await Promise.all([
    api.dashboard.get(briefFilter(p)),
    p.campaignId ? api.campaign.get({ id: p.campaignId }) : Promise.resolve(null),
  ])
  const open = await requestsIn(d.period, true)
  open.sort((a, b) => (b.daysOverdue ?? 0) - (a.daysOverdue ?? 0) || a.receivedOn.localeCompare(b.receivedOn))
  const period = d.period.from && d.period.to ? `${cnDate(d.period.from)} 至 ${cnDate(d.period.to)}` : ''
  const subject = campaign ? campaign.name : `${Number(p.month!.slice(0, 4))}年${Number(p.month!.slice(5))}月`
  const coverageHeight = Math.max(120, d.byBuilding.length * BAR_ROW + 50)

  const blocks: Block[] = [
    { kind: 'title', title: '营商服务工作简报', subtitle: `${subject}(${period})` },
    { kind: 'heading', text: '一、总体情况' },
    { kind: 'text', text: p.note?.trim() || defaultBriefNote(d) },
    { kind: 'figures', items: briefFigures(d) },
    { kind: 'heading', text: '二、走访覆盖' },
    {
      kind: 'chart',
      title: '图1 各楼宇走访覆盖情况',
      height: coverageHeight,
      render: (width) => createElement(CoverageBars, { bars: d.byBuilding, width, height: coverageHeight }),
    },
    table(
      '序号 6c | 楼宇 34 | 应走访(家) 14r | 已走访(家) 14r | 覆盖率 12r',
      d.byBuilding.map((b, i) => ({
        cells: [String(i + 1), b.name, count(b.inScope), count(b.visited), pct(b.rate)],
      })),
      '表1 各楼宇走访覆盖率',
    ),
    { kind: 'heading', text: '三、企业诉求' },
    {
      kind: 'chart',
      title: '图2 各类诉求办理情况(件)',
      height: 220,
      render: (width) => createElement(RequestBars, { rows: d.requestsByCategory, width, height: 220 }),
    },
    table(
      '编号 7c | 企业 25 | 类别 11 | 受理日期 12c | 承办单位 16 | 状态 9c | 办理时限 12c | 超期 14c',
      open.map((r) => ({
        alert: !!r.daysOverdue,
        cells: [
          requestNo(r.id),
          r.enterpriseName,
          r.categoryName ?? '',
          r.receivedOn,
          r.handlingUnitName ?? '',
          r.status ?? '',
          r.dueOn ?? '',
          overdueText(r),
        ],
      })),
      `表2 在办及超期诉求(共 ${count(open.length)} 件,超期 ${count(d.figures.overdue)} 件)`,
    ),
  ]
  return { title: '营商服务工作简报', orientation: 'portrait', blocks }
}
