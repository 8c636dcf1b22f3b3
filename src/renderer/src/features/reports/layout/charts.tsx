/**
 * The report's charts: recharts SVG at a fixed size, without animation, so a PDF holds the
 * finished drawing as vectors and text (never a bitmap, never a half-grown bar).
 */
import { Bar, BarChart, CartesianGrid, LabelList, Legend, XAxis, YAxis } from 'recharts'
import { REQUEST_STATUSES } from '../../../../../shared/domain'
import type { CoverageBar, Dashboard } from '../../../../../shared/domain/dashboard'

const TICK = { fontSize: 11, fill: '#000' }
const STATUS_COLOURS = ['#8c8c8c', '#faad14', '#1677ff', '#389e0d', '#cf1322']
/** One bar per this many px: the chart's height follows its rows. */
export const BAR_ROW = 22

const legendText = (value: unknown) => <span style={{ color: '#000', fontSize: 11 }}>{String(value)}</span>

/** Visited and not-yet-visited firms per group, one horizontal bar each, rate at its end. */
export function CoverageBars({ bars, width, height }: { bars: CoverageBar[]; width: number; height: number }) {
  const data = bars.map((b) => ({
    name: b.name,
    visited: b.visited,
    rest: Math.max(0, b.inScope - b.visited),
    label: `${(b.rate * 100).toFixed(1)}%`,
  }))
  return (
    <BarChart layout="vertical" width={width} height={height} data={data} margin={{ left: 8, right: 48, top: 4 }}>
      <CartesianGrid horizontal={false} stroke="#ddd" />
      <XAxis type="number" tick={TICK} allowDecimals={false} />
      <YAxis type="category" dataKey="name" width={130} tick={TICK} interval={0} />
      <Legend formatter={legendText} verticalAlign="top" height={22} />
      <Bar dataKey="visited" name="已走访(家)" stackId="a" fill="#1677ff" isAnimationActive={false} />
      <Bar dataKey="rest" name="未走访(家)" stackId="a" fill="#d9d9d9" isAnimationActive={false}>
        <LabelList dataKey="label" position="right" style={{ fontSize: 10, fill: '#000' }} />
      </Bar>
    </BarChart>
  )
}

/** Requests per category, stacked by status. */
export function RequestBars({
  rows,
  width,
  height,
}: {
  rows: Dashboard['requestsByCategory']
  width: number
  height: number
}) {
  const data = rows.map((r) => ({ category: r.category, ...r.counts }))
  return (
    <BarChart width={width} height={height} data={data} margin={{ left: 0, right: 8, top: 4 }}>
      <CartesianGrid vertical={false} stroke="#ddd" />
      <XAxis dataKey="category" tick={TICK} interval={0} />
      <YAxis tick={TICK} allowDecimals={false} width={36} />
      <Legend formatter={legendText} verticalAlign="top" height={22} />
      {REQUEST_STATUSES.map((s, i) => (
        <Bar key={s} dataKey={s} name={s} stackId="s" fill={STATUS_COLOURS[i]} isAnimationActive={false} />
      ))}
    </BarChart>
  )
}
