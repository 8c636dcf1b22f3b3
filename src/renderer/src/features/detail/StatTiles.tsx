import type { ReactNode } from 'react'
import { formatCount } from '../../lib/format'

export interface Tile {
  label: string
  value: ReactNode
  unit?: string
  /** A second line: 未办结 3 · 逾期 1. */
  note?: ReactNode
  testId?: string
}

/** The record's numbers at a glance, above its cards. */
export function StatTiles({ tiles }: { tiles: Tile[] }) {
  return (
    <div className="stat-tiles">
      {tiles.map((t) => (
        <div key={t.label} className="stat-tile" data-testid={t.testId}>
          <div className="stat-tile-label">{t.label}</div>
          <div className="stat-tile-value">
            {t.value}
            {t.unit && <span className="stat-tile-unit">{t.unit}</span>}
          </div>
          {t.note && <div className="stat-tile-note">{t.note}</div>}
        </div>
      ))}
    </div>
  )
}

/** 诉求 N 件, with how many are still open and, in red, overdue: alike wherever requests are counted. */
export function requestsTile({ total, open, overdue }: { total: number; open: number; overdue: number }): Tile {
  return {
    label: '诉求',
    value: formatCount(total),
    unit: '件',
    note: (
      <>
        未办结 {open}
        {overdue > 0 && <span className="overdue"> · 逾期 {overdue}</span>}
      </>
    ),
    testId: 'tile-requests',
  }
}
