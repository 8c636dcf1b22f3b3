/**
 * Paged, sorted, filtered reads of one ledger for the grids, and the row sets of bulk edits.
 * The ledger's own select is wrapped as a subquery: its result columns are the whitelist of
 * what may be filtered and sorted, and SQLite flattens the wrapper so indexes still apply
 * and columns nobody asked for (counts, name lists) are not computed for skipped rows.
 * Rows are found by id first, then only the page's rows are read in full.
 */
import type { Statement } from 'better-sqlite3'
import type { GridPage, GridQuery, GridWhere } from '../../shared/ipc/grid'
import type { Db } from '../db/connection'
import { AppError } from '../errors'
import type { LedgerDef } from '../ledger/def'
import { fromDb, snake } from '../ledger/mapping'
import { indexLookup } from '../search/global'
import { filterSql, likeContains, type Sql, type Storage } from './filter-sql'

type Row = Record<string, unknown>

export class GridQueries {
  private readonly columns: Set<string>
  /** Columns that are never NULL: sorting them needs no "blanks last" key, so an index can serve. */
  private readonly notNull: Set<string>
  private readonly from: string

  constructor(
    private readonly db: Db,
    private readonly def: LedgerDef,
  ) {
    this.from = `(${def.select}) AS q`
    this.columns = new Set(
      db
        .prepare(`SELECT * FROM ${this.from} LIMIT 0`)
        .columns()
        .map((c) => c.name),
    )
    this.notNull = new Set([
      'id',
      // Always written from the name (LedgerDef.derive), though the column allows NULL.
      ...(def.derive ? ['name_pinyin'] : []),
      ...(db.prepare('SELECT name FROM pragma_table_info(?) WHERE "notnull" = 1').pluck().all(def.table) as string[]),
    ])
  }

  private readonly statements = new Map<string, Statement>()

  /** Scrolling repeats the same SQL block after block: prepare each text once (a bounded cache). */
  private prepare(sql: string): Statement {
    let stmt = this.statements.get(sql)
    if (!stmt) {
      if (this.statements.size >= 200) this.statements.clear()
      stmt = this.db.prepare(sql)
      this.statements.set(sql, stmt)
    }
    return stmt
  }

  /** The column a field of the API record reads from, and how its values are stored. */
  private column(field: string): { col: string; storage: Storage } {
    const cents = this.def.cents?.includes(field)
    const col = cents ? `${snake(field)}_cents` : snake(field)
    if (!this.columns.has(col)) {
      throw new AppError('VALIDATION', `${this.def.label}台账没有可筛选或排序的列“${field}”`)
    }
    return { col: `q.${col}`, storage: cents ? 'cents' : this.def.booleans?.includes(field) ? 'boolean' : 'plain' }
  }

  where(w: GridWhere): Sql {
    const parts: Sql[] = []
    for (const [field, f] of Object.entries(w.filter ?? {})) {
      const { col, storage } = this.column(field)
      parts.push(filterSql(col, f, storage, this.def.labels[field] ?? field))
    }
    for (const [field, value] of Object.entries(w.scope ?? {})) {
      const condition = Object.hasOwn(this.def.conditions ?? {}, field) ? this.def.conditions![field] : null
      if (condition) {
        parts.push(condition(value, this.db))
        continue
      }
      const { col, storage } = this.column(field)
      if (value === null) parts.push({ sql: `${col} IS NULL`, params: [] })
      else parts.push({ sql: `${col} = ?`, params: [storage === 'boolean' ? (value ? 1 : 0) : value] })
    }
    const terms = (w.search ?? '').normalize('NFKC').trim().split(/\s+/).filter(Boolean)
    const searchable = (this.def.searchColumns ?? []).filter((c) => this.columns.has(c))
    const refs = this.def.searchRefs ?? []
    for (const term of terms) {
      if (searchable.length === 0 && refs.length === 0) break
      const any: Sql[] = searchable.map((c) => ({ sql: `q.${c} LIKE ? ESCAPE '\\'`, params: [likeContains(term)] }))
      for (const r of refs) {
        const found = indexLookup(r.kind, term)
        any.push({ sql: `q.${r.column} IN (${found.sql})`, params: found.params })
      }
      parts.push({ sql: `(${any.map((a) => a.sql).join(' OR ')})`, params: any.flatMap((a) => a.params) })
    }
    if (parts.length === 0) return { sql: '', params: [] }
    return { sql: `WHERE ${parts.map((p) => p.sql).join(' AND ')}`, params: parts.flatMap((p) => p.params) }
  }

  private orderBy(sort: GridQuery['sort']): string {
    const keys = (sort ?? []).map(({ colId, sort: dir }) => {
      const alias = this.def.sortAs?.[colId]
      const name = alias && this.columns.has(alias) ? alias : this.column(colId).col.slice(2)
      const order = `q.${name} ${dir === 'desc' ? 'DESC' : 'ASC'}`
      // Blanks last either way, as an office user reading a sorted column expects.
      return this.notNull.has(name) ? order : `(q.${name} IS NULL), ${order}`
    })
    // The tie-break runs the way the first key does, so one index can serve both.
    keys.push(sort?.[0]?.sort === 'desc' ? 'q.id DESC' : 'q.id')
    return `ORDER BY ${keys.join(', ')}`
  }

  page(q: GridQuery): GridPage<Row> {
    const where = this.where(q)
    const total = this.db
      .prepare(`SELECT count(*) FROM ${this.from} ${where.sql}`)
      .pluck()
      .get(...where.params) as number
    const ids = this.prepare(`SELECT q.id FROM ${this.from} ${where.sql} ${this.orderBy(q.sort)} LIMIT ? OFFSET ?`)
      .pluck()
      .all(...where.params, q.endRow - q.startRow, q.startRow) as number[]
    return { rows: this.byIds(ids), total }
  }

  /** Every id matching: what "select all filtered" means for a bulk edit or an export. */
  ids(w: GridWhere): number[] {
    const where = this.where(w)
    return this.db
      .prepare(`SELECT q.id FROM ${this.from} ${where.sql} ORDER BY q.id`)
      .pluck()
      .all(...where.params) as number[]
  }

  /** How many rows match: the total an export's progress counts towards. */
  count(w: GridWhere): number {
    const where = this.where(w)
    return this.db
      .prepare(`SELECT count(*) FROM ${this.from} ${where.sql}`)
      .pluck()
      .get(...where.params) as number
  }

  /**
   * Every matching record in the grid's order, read one at a time (an export of 100,000 rows
   * never holds them all). The connection is busy until the iteration ends.
   */
  *rows(w: GridWhere, sort?: GridQuery['sort'], fields?: readonly string[]): Generator<Row> {
    const where = this.where(w)
    // Only the fields asked for, when the caller says which: less to read and to map per row.
    const cols = fields
      ? fields.flatMap((f) => {
          const col = this.def.cents?.includes(f) ? `${snake(f)}_cents` : snake(f)
          return this.columns.has(col) ? [`q.${col}`] : []
        })
      : ['q.*']
    const stmt = this.db.prepare(
      `SELECT ${cols.join(', ') || 'q.id'} FROM ${this.from} ${where.sql} ${this.orderBy(sort)}`,
    )
    for (const r of stmt.iterate(...where.params)) yield fromDb(this.def, r as Row)
  }

  /** Full records of the given ids, in the given order. */
  byIds(ids: readonly number[]): Row[] {
    if (ids.length === 0) return []
    const rows = this.prepare(`${this.def.select} WHERE t.id IN (SELECT value FROM json_each(?))`).all(
      JSON.stringify(ids),
    ) as Row[]
    const byId = new Map(rows.map((r) => [r.id as number, fromDb(this.def, r)]))
    return ids.map((id) => byId.get(id)).filter((r): r is Row => r !== undefined)
  }
}
