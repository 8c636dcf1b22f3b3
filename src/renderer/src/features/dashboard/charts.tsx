/**
 * The dashboard's charts (recharts): labels in Chinese, values written on the bars so a
 * printout reads without hovering, animations off so a screenshot or a print is never caught
 * half-drawn. Each bar calls `onPick` with its row: the page turns it into a filtered grid.
 */
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import type { CoverageBar, Dashboard } from '../../../../shared/domain/dashboard'
import { REQUEST_STATUSES } from '../../../../shared/domain'
import { chartFill, lyingBars } from '../../lib/chartFill'

const TICK = { fontSize: 12, fill: 'rgba(0,0,0,0.75)' }
const ROW = 26
const BLUE = '#1677ff'
const TARGET = '#cf1322'
export const STATUS_COLOURS: Record<string, string> = {
  受理: '#faad14',
  已派单: '#13c2c2',
  办理中: '#1677ff',
  已办结: '#52c41a',
  无法解决: '#8c8c8c',
}

export const pct = (r: number) => `${(r * 100).toFixed(1)}%`
const legendText = (value: unknown) => <span className="chart-legend-text">{String(value)}</span>
const clickable = { cursor: 'pointer' }

/** A bar that opens the records behind it (its row's index to `pick`), drawn at once, never animated. */
const pickable = (pick: (index: number) => void) => ({
  isAnimationActive: false,
  style: clickable,
  onClick: (_d: unknown, i: number) => pick(i),
})

/** Horizontal coverage bars, best first, with the target as a red line. */
export function CoverageBars({
  rows,
  target,
  onPick,
  nameWidth = 110,
}: {
  rows: CoverageBar[]
  target: number
  onPick: (row: CoverageBar) => void
  nameWidth?: number
}) {
  const data = rows.map((r) => ({ ...r, pct: r.rate * 100, label: `${pct(r.rate)}(${r.visited}/${r.inScope})` }))
  return (
    <BarChart data={data} {...lyingBars(data.length, ROW, 60, { top: 18, right: 120, bottom: 8, left: 4 })}>
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} unit="%" tick={TICK} />
      <YAxis type="category" dataKey="name" width={nameWidth} tick={TICK} interval={0} />
      <Tooltip formatter={(_v, _n, p) => [(p.payload as { label: string }).label, '覆盖率(已走访/应走访)']} />
      <ReferenceLine
        x={target}
        stroke={TARGET}
        strokeDasharray="4 3"
        label={{ value: `目标 ${target}%`, position: 'top', fill: TARGET, fontSize: 12 }}
      />
      <Bar dataKey="pct" name="覆盖率" fill={BLUE} {...pickable((i) => onPick(rows[i]))}>
        <LabelList dataKey="label" position="right" fontSize={12} fill="rgba(0,0,0,0.75)" />
      </Bar>
    </BarChart>
  )
}

/** Coverage of each campaign in turn (its own scope), with the target. */
export function CampaignLine({
  rows,
  target,
  onPick,
}: {
  rows: Dashboard['acrossCampaigns']
  target: number
  onPick: (row: Dashboard['acrossCampaigns'][number]) => void
}) {
  const data = rows.map((r) => ({ ...r, pct: Number((r.rate * 100).toFixed(1)), short: shortName(r.name) }))
  return (
    <LineChart
      data={data}
      {...chartFill(300, { top: 20, right: 30, bottom: 8, left: 36 })}
      onClick={(s) => {
        const i = Number(s?.activeTooltipIndex)
        if (Number.isInteger(i) && rows[i]) onPick(rows[i])
      }}
    >
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="short" tick={{ ...TICK, fontSize: 11 }} interval={0} angle={-30} textAnchor="end" height={70} />
      <YAxis domain={[0, 100]} unit="%" tick={TICK} width={48} />
      <Tooltip
        formatter={(v, _n, p) => [
          `${String(v)}%(${(p.payload as CoverageBar).visited}/${(p.payload as CoverageBar).inScope} 家)`,
          '覆盖率',
        ]}
        labelFormatter={(_l, p) => (p[0]?.payload as CoverageBar | undefined)?.name ?? ''}
      />
      <ReferenceLine
        y={target}
        stroke={TARGET}
        strokeDasharray="4 3"
        label={{ value: `目标 ${target}%`, fill: TARGET, fontSize: 12, position: 'insideTopRight' }}
      />
      <Line
        dataKey="pct"
        name="覆盖率"
        stroke={BLUE}
        strokeWidth={2}
        isAnimationActive={false}
        dot={{ r: 4 }}
        activeDot={{ r: 6, style: clickable }}
      >
        <LabelList dataKey="pct" position="top" fontSize={11} formatter={(v: unknown) => `${String(v)}%`} />
      </Line>
    </LineChart>
  )
}

/** 2026年3月营商服务主题月(金融支持) → 26年3月主题月: the axis has room for a few characters. */
export function shortName(name: string): string {
  return name
    .replace(/^20(\d\d)年/, '$1年')
    .replace('营商服务', '')
    .replace(/[((].*[))]$/, '')
    .slice(0, 9)
}

/** Requests per category, one stack per status. */
export function RequestStacks({
  rows,
  onPick,
}: {
  rows: Dashboard['requestsByCategory']
  onPick: (category: string, status: string) => void
}) {
  const statuses = REQUEST_STATUSES.filter((s) => rows.some((r) => r.counts[s]))
  const data = rows.map((r) => ({ category: r.category, ...r.counts }))
  return (
    <BarChart data={data} {...chartFill(300, { top: 8, right: 16, bottom: 8, left: 0 })}>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="category" tick={TICK} interval={0} />
      <YAxis allowDecimals={false} tick={TICK} width={40} />
      <Tooltip formatter={(v, n) => [`${String(v)} 件`, String(n)]} />
      <Legend verticalAlign="top" height={28} formatter={legendText} />
      {statuses.map((s) => (
        <Bar
          key={s}
          dataKey={s}
          name={s}
          stackId="status"
          fill={STATUS_COLOURS[s]}
          {...pickable((i) => onPick(rows[i].category, s))}
        />
      ))}
    </BarChart>
  )
}

/**
 * One value per row, written at the end of its bar. `vertical`: columns standing on their
 * names, for a few short categories (办结用时); `horizontal`: bars lying to the right of their
 * names, for long names in any number (楼宇, 招商伙伴), the chart growing a row per name.
 * (recharts names the same choice by its category axis, hence `layout="vertical"` for lying bars.)
 */
export function ValueBars<T extends object>({
  orientation,
  rows,
  nameKey,
  valueKey,
  name,
  unit,
  colour = BLUE,
  nameWidth = 150,
  format = (v: number) => String(v),
  onPick,
}: {
  orientation: 'vertical' | 'horizontal'
  rows: T[]
  nameKey: string
  valueKey: string
  name: string
  unit: string
  colour?: string
  /** Room for the names beside lying bars; columns keep their names under them. */
  nameWidth?: number
  format?: (v: number) => string
  onPick: (row: T) => void
}) {
  const upright = orientation === 'vertical'
  const names = { type: 'category', dataKey: nameKey, tick: TICK, interval: 0 } as const
  const values = { type: 'number', allowDecimals: false, tick: TICK, tickFormatter: (v: number) => format(v) } as const
  return (
    <BarChart
      data={rows}
      {...(upright
        ? chartFill(300, { top: 20, right: 16, bottom: 8, left: 8 })
        : lyingBars(rows.length, ROW, 50, { top: 8, right: 90, bottom: 8, left: 4 }))}
    >
      {/* Grid lines across the bars only, where they help to read a value. */}
      <CartesianGrid strokeDasharray="3 3" vertical={!upright} horizontal={upright} />
      <XAxis {...(upright ? names : values)} />
      <YAxis {...(upright ? values : names)} width={upright ? 56 : nameWidth} />
      <Tooltip formatter={(v) => [`${format(Number(v))} ${unit}`, name]} />
      <Bar dataKey={valueKey} name={name} fill={colour} {...pickable((i) => onPick(rows[i]))}>
        {/* A column has no room above it for the unit: the card's 单位 line says it. */}
        <LabelList
          dataKey={valueKey}
          position={upright ? 'top' : 'right'}
          fontSize={12}
          fill="rgba(0,0,0,0.75)"
          formatter={(v: unknown) => (upright ? format(Number(v)) : `${format(Number(v))} ${unit}`)}
        />
      </Bar>
    </BarChart>
  )
}
