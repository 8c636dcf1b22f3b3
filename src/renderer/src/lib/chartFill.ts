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
