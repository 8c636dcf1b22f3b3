/**
 * Rows of tables that are no ledger (a campaign's plan, a saved view) changed by an audited
 * batch: the ledgers' records are put back by their audit rows, these by their side rows
 * (migration 0013). A revert of the batch deletes each row as the batch left it and puts the
 * row it found back, then records the opposite under its own batch, so a redo and an undo of
 * the undo work the same way.
 */
import type { Db } from '../db/connection'

type Row = Record<string, string | number | null>

/** Each side table and the columns that name one of its rows. */
const KEYS = {
  campaign_assignment: ['campaign_id', 'enterprise_id'],
  saved_view: ['id'],
  event_guest: ['id'],
} as const
export type SideTable = keyof typeof KEYS

/** Notes that `batch` changed a row of `table` from `before` to `after` (null: absent). */
export function recordSideRow(db: Db, batch: string, table: SideTable, before: Row | null, after: Row | null): void {
  db.prepare('INSERT INTO batch_side_row (batch, tbl, before, after) VALUES (?, ?, ?, ?)').run(
    batch,
    table,
    before && JSON.stringify(before),
    after && JSON.stringify(after),
  )
}

/** Reverts the side rows of `target` (newest first), recording the reversal under `batch`. */
export function revertSideRows(db: Db, target: string, batch: string): number {
  const rows = db
    .prepare('SELECT tbl, before, after FROM batch_side_row WHERE batch = ? ORDER BY id DESC')
    .all(target) as { tbl: SideTable; before: string | null; after: string | null }[]
  for (const r of rows) {
    const keys = KEYS[r.tbl]
    if (!keys) continue
    const before = r.before ? (JSON.parse(r.before) as Row) : null
    const after = r.after ? (JSON.parse(r.after) as Row) : null
    if (after) {
      db.prepare(`DELETE FROM ${r.tbl} WHERE ${keys.map((k) => `${k} = ?`).join(' AND ')}`).run(
        ...keys.map((k) => after[k]),
      )
    }
    if (before) {
      const cols = Object.keys(before).filter((c) => /^[a-z_]+$/.test(c))
      db.prepare(`INSERT OR REPLACE INTO ${r.tbl} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(
        ...cols.map((c) => before[c]),
      )
    }
    recordSideRow(db, batch, r.tbl, after, before)
  }
  return rows.length
}
