import { Progress, type TableColumnsType } from 'antd'
import { Bar, BarChart, CartesianGrid, LabelList, Legend, Tooltip, XAxis, YAxis } from 'recharts'
import type { CoverageRow } from '../../../../../shared/domain'
import { SmallTable } from '../../../components/SmallTable'
import { percent } from '../format'
import { lyingBars } from '../../../lib/chartFill'

interface Point {
  name: string
  visited: number
  /** In scope but not visited: stacked after the visited part, the bar is the whole scope. */
  rest: number
  label: string
}

const TICK = { fontSize: 12, fill: 'rgba(0,0,0,0.65)' }
const ROW_HEIGHT = 34

/** Campaigns by start date, oldest first: the chart's bars and the table's rows in one order. */
function oldestFirst(rows: CoverageRow[]): CoverageRow[] {
  return [...rows].sort((a, b) => (a.startOn < b.startOn ? -1 : a.startOn > b.startOn ? 1 : 0))
}

/** Legend text in the text colour: recharts paints it in the bar's, and pale grey reads as disabled. */
function legendText(value: unknown) {
  return <span className="chart-legend-text">{String(value)}</span>
}

function tooltipValue(value: unknown, name: unknown) {
  return [`${String(value)} 家`, String(name)] as [string, string]
}

/**
 * One bar per campaign, oldest at the top: the visited part in blue, the rest of the firms in
 * scope in grey, and at its end "已走访/应走访 家 · 覆盖率". Horizontal, so that campaign names
 * such as 2026年3月营商服务主题月(金融支持) are read whole instead of slanted or cut.
 */
export function CoverageChart({ rows }: { rows: CoverageRow[] }) {
  const data: Point[] = oldestFirst(rows).map((r) => ({
    name: r.campaignName,
    visited: r.visited,
    rest: Math.max(0, r.inScope - r.visited),
    label: `${r.visited}/${r.inScope} 家 · ${percent(r.visited, r.inScope)}`,
  }))
  if (!data.length) return null
  return (
    <div className="chart-box" data-testid="coverage-chart">
      <BarChart
        data={data}
        {...lyingBars(data.length, ROW_HEIGHT, 80, { top: 4, right: 150, bottom: 20, left: 8 }, '25%')}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis
          type="number"
          allowDecimals={false}
          tick={TICK}
          label={{ value: '企业(家)', position: 'insideBottomRight', offset: -12, fontSize: 12 }}
        />
        <YAxis type="category" dataKey="name" width={250} tick={TICK} interval={0} />
        <Tooltip formatter={tooltipValue} />
        <Legend verticalAlign="top" height={28} formatter={legendText} />
        <Bar dataKey="visited" name="已走访" stackId="scope" fill="#1677ff" isAnimationActive={false} />
        <Bar dataKey="rest" name="未走访" stackId="scope" fill="#d9d9d9" isAnimationActive={false}>
          <LabelList dataKey="label" position="right" fontSize={12} fill="rgba(0,0,0,0.75)" />
        </Bar>
      </BarChart>
    </div>
  )
}

const columns: TableColumnsType<CoverageRow> = [
  { title: '走访活动', dataIndex: 'campaignName' },
  { title: '开始日期', dataIndex: 'startOn', width: 110 },
  { title: '已走访(家)', dataIndex: 'visited', width: 100, align: 'right' },
  { title: '应走访(家)', dataIndex: 'inScope', width: 100, align: 'right' },
  {
    title: '覆盖率',
    key: 'rate',
    width: 200,
    render: (_, r) => (
      <Progress
        percent={r.inScope ? Math.round((r.visited / r.inScope) * 1000) / 10 : 0}
        size="small"
        format={() => percent(r.visited, r.inScope)}
      />
    ),
  },
]

/** The chart's numbers, a row per bar in the same order. */
export function CoverageTable({ rows }: { rows: CoverageRow[] }) {
  return (
    <SmallTable
      testId="coverage-table"
      rows={oldestFirst(rows)}
      columns={columns}
      rowKey="campaignId"
      emptyText="暂无走访活动"
    />
  )
}
