/**
 * Keeps the global search indexes out of the import's way until the end.
 *
 * The index's triggers insert into an FTS5 table, and FTS5 flushes its pending terms to disk at
 * every statement savepoint: row by row, that costs ten times the rest of the write (measured:
 * 100,000 firms, 8.3 s with the triggers, 1.2 s without). So for the length of the import's
 * transaction the insert/update triggers of the indexed tables are dropped, and at the end the
 * rows the import wrote (its audit batch says which) are indexed in one statement per table,
 * then the triggers are put back exactly as they were (their SQL is read from sqlite_master).
 * All of it is inside the import's transaction: a rollback or a crash restores the triggers.
 * A trigger of a form this code does not recognise is left alone (slower, never wrong).
 */
import type { Db } from '../db/connection'
import { LEDGERS } from '../ledgers'

interface Deferred {
  entity: string
  index: string
  slot: number
  reindex: string
  triggers: { name: string; sql: string }[]
}

// Both indexes (search_index, search_pair of migration 0008) place a row at id × 4 + slot.
const INSERT_TRIGGER =
  /^CREATE TRIGGER (\w+) AFTER INSERT ON (\w+) BEGIN\s*INSERT INTO (search_\w+)\s*\(\s*rowid\s*,([^)]*)\)\s*VALUES\s*\(\s*NEW\.id \* 4 \+ (\d)\s*,([\s\S]*)\);\s*END$/i

export class SearchDeferral {
  private readonly deferred: Deferred[] = []

  constructor(private readonly db: Db) {}

  /** Drops the index triggers of the tables whose insert trigger has the known form. */
  begin(): void {
    const triggers = this.db
      .prepare(
        "SELECT name, tbl_name AS tbl, sql FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%INSERT INTO search\\_%' ESCAPE '\\'",
      )
      .all() as { name: string; tbl: string; sql: string }[]
    const entityOf = new Map(Object.values(LEDGERS).map((d) => [d.table, d.entity]))
    for (const t of triggers) {
      const m = INSERT_TRIGGER.exec(t.sql.trim())
      const entity = m && entityOf.get(m[2])
      if (!m || !entity) continue
      const [, , table, index, columns, slot, rest] = m
      const onUpdate = triggers.filter(
        (u) => u.tbl === table && /AFTER UPDATE/i.test(u.sql) && new RegExp(`INSERT INTO ${index}\\b`).test(u.sql),
      )
      const values = `t.id * 4 + ${slot}, ${rest.replace(/\bNEW\./g, 't.')}`
      this.deferred.push({
        entity,
        index,
        slot: Number(slot),
        reindex: `INSERT INTO ${index} (rowid, ${columns}) SELECT ${values} FROM ${table} t WHERE t.id IN (SELECT entity_id FROM audit_log WHERE batch = ? AND entity = ?)`,
        triggers: [t, ...onUpdate].map(({ name, sql }) => ({ name, sql })),
      })
    }
    for (const d of this.deferred) for (const t of d.triggers) this.db.exec(`DROP TRIGGER ${t.name}`)
  }

  /** Indexes what the batch wrote and puts the triggers back. */
  end(batch: string): void {
    for (const d of this.deferred) {
      this.db
        .prepare(
          `DELETE FROM ${d.index} WHERE rowid IN (SELECT entity_id * 4 + ? FROM audit_log WHERE batch = ? AND entity = ?)`,
        )
        .run(d.slot, batch, d.entity)
      this.db.prepare(d.reindex).run(batch, d.entity)
      for (const t of d.triggers) this.db.exec(t.sql)
    }
    this.deferred.length = 0
  }
}
