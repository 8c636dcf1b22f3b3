/**
 * 诉求办理情况表: every request received in a period, grouped by status and then by handling
 * unit (a group heading row each), overdue ones in red with their days overdue. Landscape:
 * the request's own words need the width.
 */
import { REQUEST_STATUSES, type Request } from '../../../../../shared/domain'
import type { ReportParams } from '../../../../../shared/reports/params'
import { table, type Block, type Report, type TableRow } from '../layout/blocks'
import { cnDate, count, pct } from './format'
import { overdueText, requestNo, requestsIn } from './requests'

const NO_UNIT = '(未派单)'

function grouped(requests: Request[]): TableRow[] {
  const rows: TableRow[] = []
  for (const status of REQUEST_STATUSES) {
    const inStatus = requests.filter((r) => r.status === status)
    if (!inStatus.length) continue
    const units = new Map<string, Request[]>()
    for (const r of inStatus) {
      const u = r.handlingUnitName ?? NO_UNIT
      units.set(u, [...(units.get(u) ?? []), r])
    }
    const ordered = [...units].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0], 'zh-CN'))
    for (const [unit, list] of ordered) {
      const late = list.filter((r) => r.daysOverdue).length
      rows.push({
        cells: [],
        group: `${status} · ${unit}(${count(list.length)} 件${late ? `,超期 ${late} 件` : ''})`,
      })
      for (const r of list) {
        rows.push({
          alert: !!r.daysOverdue,
          cells: [
            requestNo(r.id),
            r.receivedOn,
            r.enterpriseName,
            r.categoryName ?? '',
            r.content,
            r.dueOn ?? '',
            r.closedOn ?? '',
            overdueText(r),
          ],
        })
      }
    }
  }
  return rows
}

export function periodText(from?: string, to?: string): string {
  if (from && to) return `${cnDate(from)} 至 ${cnDate(to)}`
  if (from) return `${cnDate(from)} 起`
  if (to) return `截至 ${cnDate(to)}`
  return '全部时间'
}

export async function requestsReport(p: ReportParams<'requests'>): Promise<Report> {
  const requests = await requestsIn({ from: p.from ?? null, to: p.to ?? null })
  const overdue = requests.filter((r) => r.daysOverdue).length
  const closed = requests.filter((r) => r.status === '已办结' || r.status === '无法解决').length
  const blocks: Block[] = [
    { kind: 'title', title: '诉求办理情况表', subtitle: `受理日期:${periodText(p.from, p.to)}` },
    {
      kind: 'figures',
      columns: 4,
      items: [
        { label: '诉求总数', value: count(requests.length, '件') },
        ...REQUEST_STATUSES.map((s) => ({
          label: s,
          value: count(requests.filter((r) => r.status === s).length, '件'),
        })),
        { label: '办结率', value: requests.length ? pct(closed / requests.length) : '—' },
        { label: '超期未办结', value: count(overdue, '件') },
      ],
    },
    table(
      '编号 5c | 受理日期 9c | 企业名称 19 | 诉求类别 8 | 诉求内容 32 | 办理时限 9c | 办结日期 9c | 超期情况 9c',
      grouped(requests),
      '诉求明细(按办理状态、承办单位分组;红色为超期未办结)',
    ),
  ]
  return { title: '诉求办理情况表', orientation: 'landscape', blocks }
}
