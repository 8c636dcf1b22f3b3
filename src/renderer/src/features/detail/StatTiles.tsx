import type { ReactNode } from 'react'

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
