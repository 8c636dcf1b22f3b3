/**
 * What a grid question's cached total and positions depend on: the change counters (kept by
 * triggers, migration 0008) of the tables its SQL reads, and PRAGMA data_version, which moves
 * when another connection commits (a restore copies a backup in that way, the CLI writes that
 * way). Reading it is two index lookups, so every block can check that nothing has changed.
 */
import type { Statement } from 'better-sqlite3'
import type { Db } from '../db/connection'

/** The search indexes are written only by the triggers of these tables. */
const INDEXED = ['enterprise', 'building', 'partner', 'staff']

export class DataVersions {
  private counted: Set<string> | null = null
  private tables: string[] | null = null
  private readonly dataVersion: Statement
  private readonly statements = new Map<number, Statement>()

  constructor(private readonly db: Db) {
    this.dataVersion = db.prepare('PRAGMA data_version').pluck()
  }

  /**
   * The counted tables a statement's text names, or null when it names a table that has no
   * counter (its results could change unseen, so they are never kept).
   */
  tablesOf(sql: string): string[] | null {
    if (!this.counted || !this.tables) {
      this.counted = new Set(this.db.prepare('SELECT tbl FROM change_count').pluck().all() as string[])
      this.tables = this.db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        .pluck()
        .all() as string[]
    }
    const found = new Set<string>()
    for (const t of this.tables) {
      if (!new RegExp(`\\b${t}\\b`).test(sql)) continue
      if (t.startsWith('search_')) for (const s of INDEXED) found.add(s)
      else if (this.counted.has(t)) found.add(t)
      else return null
    }
    return [...found].sort()
  }

  /** The version of these tables now: equal strings, same data. Null inside a transaction. */
  of(tables: readonly string[]): string | null {
    // Rows read inside a transaction may yet be rolled back and the counters with them.
    if (this.db.inTransaction) return null
    let stmt = this.statements.get(tables.length)
    if (!stmt) {
      const marks = tables.map(() => '?').join(', ')
      stmt = this.db.prepare(`SELECT group_concat(n) FROM change_count WHERE tbl IN (${marks || 'NULL'})`).pluck()
      this.statements.set(tables.length, stmt)
    }
    return `${String(this.dataVersion.get())}:${String(stmt.get(...tables))}`
  }
}
