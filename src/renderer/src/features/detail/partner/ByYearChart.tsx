import type { TableColumnsType } from 'antd'
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts'
import type { PartnerProfile } from '../../../../../shared/domain'
import { SmallTable } from '../../../components/SmallTable'
import { percent } from '../format'
import { chartFill } from '../../../lib/chartFill'

type YearRow = PartnerProfile['byYear'][number]

const AXIS_TICK = { fontSize: 12, fill: 'rgba(0,0,0,0.65)' }

/** '2021' → '2021年'; the blank year stays 未知. */
export function yearLabel(year: string): string {
  return /^\d{4}$/.test(year) ? `${year}年` : year
}

/** Years in order, 未知 last. */
function ordered(rows: YearRow[]): YearRow[] {
  return [...rows].sort((a, b) => {
    const ua = !/^\d{4}$/.test(a.year)
    const ub = !/^\d{4}$/.test(b.year)
    if (ua !== ub) return ua ? 1 : -1
    return a.year.localeCompare(b.year)
  })
}

/** Every year from the first to the last, a year with no firm as 0: the axis is time, evenly. */
export function withEmptyYears(rows: YearRow[]): YearRow[] {
  const years = rows.filter((r) => /^\d{4}$/.test(r.year)).map((r) => Number(r.year))
  if (!years.length) return rows
  const out: YearRow[] = []
  for (let y = Math.min(...years); y <= Math.max(...years); y++) {
    out.push({ year: String(y), count: rows.find((r) => r.year === String(y))?.count ?? 0 })
  }
  return [...out, ...rows.filter((r) => !/^\d{4}$/.test(r.year))]
}

/** Firms brought in per year of 落户日期. */
export function ByYearChart({ rows }: { rows: YearRow[] }) {
  const data = withEmptyYears(ordered(rows)).map((r) => ({ year: yearLabel(r.year), count: r.count }))
  return (
    <div className="chart-box" data-testid="by-year-chart">
      <BarChart data={data} {...chartFill(260, { top: 24, right: 16, left: 8 })}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="year" interval={0} tick={AXIS_TICK} />
        <YAxis
          allowDecimals={false}
          tick={AXIS_TICK}
          width={56}
          label={{ value: '引进企业(家)', angle: -90, position: 'insideLeft', offset: 4, fontSize: 12 }}
        />
        <Tooltip formatter={(v: unknown) => [`${String(v)} 家`, '引进企业']} />
        <Bar dataKey="count" name="引进企业(家)" fill="#1677ff" isAnimationActive={false} maxBarSize={48}>
          <LabelList
            dataKey="count"
            position="top"
            fontSize={12}
            formatter={(v: unknown) => (v ? `${String(v)}家` : '')}
          />
        </Bar>
      </BarChart>
    </div>
  )
}

export function ByYearTable({ rows }: { rows: YearRow[] }) {
  const total = rows.reduce((s, r) => s + r.count, 0)
  const columns: TableColumnsType<YearRow> = [
    { title: '落户年份', dataIndex: 'year', render: yearLabel },
    { title: '引进企业(家)', dataIndex: 'count', align: 'right' },
    { title: '占比', key: 'share', align: 'right', render: (_, r) => percent(r.count, total) },
  ]
  return (
    <SmallTable
      testId="by-year-table"
      rows={ordered(rows)}
      columns={columns}
      rowKey="year"
      emptyText="暂无引进企业"
      totals={[{ content: '合计' }, { content: total, align: 'right' }, { content: '100%', align: 'right' }]}
    />
  )
}
