/**
 * Paged, sorted, filtered reads of one ledger for the grids, and the row sets of bulk edits.
 * The ledger's own select is the whitelist of what may be filtered and sorted; rows are found
 * by id first, then only the page's rows are read in full. Finding them reads the ledger's own
 * table alone whenever the question names only its columns (the joins of the select are for
 * the names shown, which the page's rows get afterwards): SQLite keeps LEFT JOINs even when
 * nothing reads them, and a count of a million visits through two joins takes 400 ms.
 *
 * A question's total is counted once and kept, with the positions of the rows already read
 * (keyset.ts), until a table it reads changes (versions.ts): scrolling asks for block after
 * block of the same question, and each seeks from where the last one ended.
 */
import type { Statement } from 'better-sqlite3'
import type { GridPage, GridQuery, GridWhere } from '../../shared/ipc/grid'
import { localToday } from '../../shared/domain/dates'
import type { Db } from '../db/connection'
import { AppError } from '../errors'
import type { LedgerDef } from '../ledger/def'
import { fromDb, snake } from '../ledger/mapping'
import { indexLookup } from '../search/global'
import { filterSql, likeContains, type Sql, type Storage } from './filter-sql'
import { Anchors, orderBy, type OrderKey } from './keyset'
import { DataVersions } from './versions'

type Row = Record<string, unknown>

/** What is kept of one question (filters, search, scope) while its tables do not change. */
interface Kept {
  version: string
  total: number | null
  /** Per order (sort model): sort values of rows already read, by position. */
  anchors: Map<string, Anchors>
}

/** Questions kept per ledger; the oldest goes first. */
const KEPT = 20

export class GridQueries {
  private readonly columns: Set<string>
  /** Columns of the ledger's own table: a question naming only these needs no join. */
  private readonly own: Set<string>
  /** Columns that are never NULL: sorting them needs no "blanks last" key, so an index can serve. */
  private readonly notNull: Set<string>
  private readonly select: string
  private readonly versions: DataVersions
  private readonly kept = new Map<string, Kept>()

  constructor(
    private readonly db: Db,
    private readonly def: LedgerDef,
    versions?: DataVersions,
  ) {
    this.select = `(${def.select}) AS q`
    this.versions = versions ?? new DataVersions(db)
    this.columns = new Set(
      db
        .prepare(`SELECT * FROM ${this.select} LIMIT 0`)
        .columns()
        .map((c) => c.name),
    )
    this.own = new Set(db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(def.table) as string[])
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

  /**
   * The WHERE of a question, and with it, when the question is a search alone and every place
   * it looks is an index of ids, the matching ids as one set (`ids`): its total is then the size
   * of that set, without a pass over the table checking each row against each list (设计 at
   * 100,000 firms: 60 ms that way, 17 ms counting the set).
   */
  where(w: GridWhere): Sql & { ids?: Sql } {
    const parts: Sql[] = []
    const sets: Sql[] = []
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
    const links = this.def.searchLinks ?? []
    for (const term of terms) {
      if (searchable.length === 0 && refs.length === 0 && links.length === 0) break
      const like = likeContains(term)
      const any: Sql[] = searchable.map((c) => ({ sql: `q.${c} LIKE ? ESCAPE '\\'`, params: [like] }))
      // The same places as sets of this table's ids (each an index lookup).
      const set: Sql[] = []
      const idsWhere = (column: string, sql: string, params: unknown[]) =>
        set.push(
          column === 'id'
            ? { sql, params }
            : { sql: `SELECT id FROM ${this.def.table} WHERE ${column} IN (${sql})`, params },
        )
      for (const r of refs) {
        const found = indexLookup(r.kind, term, r.contacts)
        any.push({ sql: `q.${r.column} IN (${found.sql})`, params: found.params })
        idsWhere(r.column, found.sql, found.params)
      }
      for (const l of links) {
        const cols = l.columns.map((c) => `${c} LIKE ? ESCAPE '\\'`).join(' OR ')
        const linked = { sql: `SELECT id FROM ${l.table} WHERE ${cols}`, params: l.columns.map(() => like) }
        // Unary + keeps the column's index out of it: ORed with the index hits, SQLite would
        // otherwise read each firm found by rowid and sort them (90 ms for 设计 at 100,000
        // firms) instead of one pass over a narrow index checking both lists (20 ms).
        any.push({ sql: `+q.${l.column} IN (${linked.sql})`, params: linked.params })
        idsWhere(l.column, linked.sql, linked.params)
      }
      parts.push({ sql: `(${any.map((a) => a.sql).join(' OR ')})`, params: any.flatMap((a) => a.params) })
      if (searchable.length === 0 && set.length > 0) {
        sets.push({ sql: set.map((x) => x.sql).join(' UNION '), params: set.flatMap((x) => x.params) })
      } else sets.push({ sql: '', params: [] })
    }
    if (parts.length === 0) return { sql: '', params: [] }
    const where = { sql: `WHERE ${parts.map((p) => p.sql).join(' AND ')}`, params: parts.flatMap((p) => p.params) }
    // Only when every part is a search term that is a set: a filter or scope needs the rows.
    if (sets.length !== parts.length || sets.some((x) => !x.sql)) return where
    return {
      ...where,
      // Each term's set is a compound SELECT of its own; terms narrow one another.
      ids: {
        sql: sets.map((x) => `SELECT * FROM (${x.sql})`).join(' INTERSECT '),
        params: sets.flatMap((x) => x.params),
      },
    }
  }

  /** The grid's order: its sort keys, blanks last, then the id, which makes the order total. */
  private keys(sort: GridQuery['sort']): OrderKey[] {
    const keys = (sort ?? []).map(({ colId, sort: dir }): OrderKey => {
      const alias = this.def.sortAs?.[colId]
      const name = alias && this.columns.has(alias) ? alias : this.column(colId).col.slice(2)
      return { col: `q.${name}`, desc: dir === 'desc', nullable: !this.notNull.has(name) }
    })
    // The tie-break runs the way the first key does, so one index can serve both.
    keys.push({ col: 'q.id', desc: sort?.[0]?.sort === 'desc', nullable: false })
    return keys
  }

  /** The ledger's table alone when every column the SQL names is its own, else the full select. */
  private from(...sql: string[]): string {
    for (const m of sql.join(' ').matchAll(/\bq\.(\w+)/g)) if (!this.own.has(m[1])) return this.select
    return `${this.def.table} AS q`
  }

  /** The question's kept state, or a new one when the data it reads has changed. */
  private question(where: Sql, from: string): Kept | null {
    const tables = this.versions.tablesOf(`${from} ${where.sql}`)
    const version = tables && this.versions.of(tables)
    if (version === null) return null
    // The day is part of it: “today” and days overdue move at midnight without a write.
    const key = JSON.stringify([where.sql, where.params, localToday()])
    let kept = this.kept.get(key)
    if (kept && kept.version !== version) kept = undefined
    this.kept.delete(key)
    if (!kept) kept = { version, total: null, anchors: new Map() }
    this.kept.set(key, kept)
    if (this.kept.size > KEPT) this.kept.delete(this.kept.keys().next().value as string)
    return kept
  }

  /** Forgets every kept total and position (the bench measures first blocks this way). */
  forget(): void {
    this.kept.clear()
  }

  page(q: GridQuery): GridPage<Row> {
    const where = this.where(q)
    const keys = this.keys(q.sort)
    const order = orderBy(keys)
    const from = this.from(where.sql, order)
    const kept = this.question(where, from)
    const total = kept?.total ?? this.countFrom(from, where)
    if (kept) kept.total = total
    const anchors = kept ? (kept.anchors.get(order) ?? new Anchors()) : new Anchors()
    kept?.anchors.set(order, anchors)

    const seek = anchors.plan(keys, q.startRow, q.endRow, total)
    const conditions = [where.sql ? where.sql.slice('WHERE '.length) : '', seek.sql].filter(Boolean)
    const values = keys.map((k, i) => `${k.col} AS k${i}`).join(', ')
    const rows = this.prepare(
      `SELECT ${values} FROM ${from} ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''} ` +
        `${seek.orderBy} LIMIT ? OFFSET ?`,
    )
      .raw()
      .all(...where.params, ...seek.params, q.endRow - q.startRow, seek.offset) as unknown[][]
    if (seek.reverse) rows.reverse()
    if (rows.length) {
      anchors.set(q.startRow, rows[0])
      anchors.set(q.startRow + rows.length - 1, rows[rows.length - 1])
    }
    const ids = rows.map((r) => r[r.length - 1] as number)
    return { rows: this.byIds(ids), total }
  }

  /** The query plan of a question's first block, for tests that check an index serves it. */
  plan(q: GridQuery): string[] {
    const where = this.where(q)
    const order = orderBy(this.keys(q.sort))
    return (
      this.db
        .prepare(`EXPLAIN QUERY PLAN SELECT q.id FROM ${this.from(where.sql, order)} ${where.sql} ${order} LIMIT 100`)
        .all(...where.params) as { detail: string }[]
    ).map((r) => r.detail)
  }

  /** Every id matching: what "select all filtered" means for a bulk edit or an export. */
  ids(w: GridWhere): number[] {
    const where = this.where(w)
    return this.db
      .prepare(`SELECT q.id FROM ${this.from(where.sql)} ${where.sql} ORDER BY q.id`)
      .pluck()
      .all(...where.params) as number[]
  }

  /** How many rows match: the total an export's progress counts towards. */
  count(w: GridWhere): number {
    const where = this.where(w)
    const from = this.from(where.sql)
    const kept = this.question(where, from)
    const total = kept?.total ?? this.countFrom(from, where)
    if (kept) kept.total = total
    return total
  }

  private countFrom(from: string, where: Sql & { ids?: Sql }): number {
    const [sql, params] = where.ids
      ? [`SELECT count(*) FROM (${where.ids.sql})`, where.ids.params]
      : [`SELECT count(*) FROM ${from} ${where.sql}`, where.params]
    return this.prepare(sql)
      .pluck()
      .get(...params) as number
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
      `SELECT ${cols.join(', ') || 'q.id'} FROM ${this.select} ${where.sql} ${orderBy(this.keys(sort))}`,
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
