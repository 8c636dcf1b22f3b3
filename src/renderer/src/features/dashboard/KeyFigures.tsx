import { Card, Statistic } from 'antd'
import type { KeyFigures as Figures } from '../../../../shared/domain/dashboard'
import { figureRows } from '../../../../shared/domain/dashboard-figures'

/** Shown as 12.3% / 3.5 / 14,000,000.00: the same rows and formats the .xlsx export writes. */
function shown(value: number | null, format: string): string {
  if (value === null) return '—'
  if (format.endsWith('%')) return `${(value * 100).toFixed(1)}%`
  if (format === '0.0') return value.toFixed(1)
  if (format.includes('.00')) return value.toLocaleString('zh-CN', { maximumFractionDigits: 2 })
  return value.toLocaleString('zh-CN')
}

/** The key figures as tiles, in the order of the export. */
export function KeyFigures({ figures }: { figures: Figures }) {
  return (
    <div className="dash-figures" data-testid="key-figures">
      {figureRows(figures).map((r) => (
        <Card key={r.label} size="small" className="dash-figure" data-testid={`figure-${r.label}`}>
          <Statistic title={r.label} value={shown(r.value, r.format)} suffix={r.unit || undefined} />
        </Card>
      ))}
    </div>
  )
}
