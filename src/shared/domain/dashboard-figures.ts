/**
 * The key figures as rows of words and numbers: what the .xlsx export writes, in the order and
 * with the units the page shows them. One list, so the file and the page cannot drift apart.
 */
import type { Dashboard, KeyFigures } from './dashboard'

export interface FigureRow {
  label: string
  value: number | null
  unit: string
  /** Excel number format. */
  format: string
}

const COUNT = '#,##0'
const PERCENT = '0.0%'
const DAYS = '0.0'

export function figureRows(f: KeyFigures): FigureRow[] {
  const row = (label: string, value: number | null, unit: string, format = COUNT): FigureRow => ({
    label,
    value,
    unit,
    format,
  })
  return [
    row('在营企业', f.firms, '家'),
    row('重点企业', f.keyFirms, '家'),
    row('应走访企业', f.inScope, '家'),
    row('已走访企业', f.visitedFirms, '家'),
    row('走访覆盖率', f.coverage, '', PERCENT),
    row('应走访重点企业', f.keyInScope, '家'),
    row('已走访重点企业', f.keyVisited, '家'),
    row('重点企业覆盖率', f.keyCoverage, '', PERCENT),
    row('走访次数', f.visits, '次'),
    row('收集诉求', f.requests, '件'),
    row('已办结', f.closed, '件'),
    row('未办结', f.open, '件'),
    row('逾期未办结', f.overdue, '件'),
    row('办结率', f.closedShare, '', PERCENT),
    row('平均办结用时', f.meanDaysToClose, '天', DAYS),
    row('办结用时中位数', f.medianDaysToClose, '天', DAYS),
    row('房租减免金额', f.rentReliefAmount, '元', '#,##0.00'),
    row('房租减免租户', f.rentReliefTenants, '户'),
    row('今年招商伙伴引进企业', f.partnerFirmsThisYear, '家'),
  ]
}

/** Each chart's numbers as a table: one sheet per chart in the workbook. */
export function chartTables(d: Dashboard): { title: string; header: string[]; rows: (string | number)[][] }[] {
  const coverage = (title: string, first: string, bars: Dashboard['byBuilding']) => ({
    title,
    header: [first, '应走访(家)', '已走访(家)', '覆盖率'],
    rows: bars.map((b) => [b.name, b.inScope, b.visited, b.rate]),
  })
  const statuses = [...new Set(d.requestsByCategory.flatMap((c) => Object.keys(c.counts)))]
  return [
    coverage('楼宇覆盖率', '楼宇', d.byBuilding),
    coverage('楼掌柜覆盖率', '楼掌柜', d.byManager),
    coverage('行业覆盖率', '行业', d.byIndustry),
    coverage('历次走访覆盖率', '走访活动', d.acrossCampaigns),
    {
      title: '诉求分类',
      header: ['类别', ...statuses.map((s) => `${s}(件)`), '合计(件)'],
      rows: d.requestsByCategory.map((c) => [c.category, ...statuses.map((s) => c.counts[s] ?? 0), c.total]),
    },
    { title: '办结用时', header: ['用时', '诉求(件)'], rows: d.daysToClose.map((x) => [x.bin, x.count]) },
    {
      title: '房租减免',
      header: ['楼宇', '减免金额(元)', '租户(户)'],
      rows: d.rentReliefByBuilding.map((x) => [x.building, x.amount, x.tenants]),
    },
    {
      title: '招商伙伴引进企业',
      header: ['招商伙伴', '企业(家)'],
      rows: d.firmsPerPartner.map((x) => [x.partner, x.count]),
    },
  ]
}
