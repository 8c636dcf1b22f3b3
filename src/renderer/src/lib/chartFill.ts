export interface ChartMargin {
  top: number
  right: number
  bottom?: number
  left: number
}

/**
 * A recharts chart that fills its card's width (recharts measures the card) and is as tall as
 * asked: spread onto the chart, `<BarChart data={rows} {...chartFill(300, margin)}>`.
 */
export const chartFill = (height: number, margin: ChartMargin) =>
  ({ responsive: true, style: { width: '100%', height }, margin }) as const

/**
 * Bars lying to the right of their names (recharts calls it layout="vertical"): a row of
 * `rowHeight` for each of `names`, plus `room` for the axes, so the chart grows with its names.
 */
export const lyingBars = (names: number, rowHeight: number, room: number, margin: ChartMargin, gap = '22%') =>
  ({ ...chartFill(names * rowHeight + room, margin), layout: 'vertical', barCategoryGap: gap }) as const
