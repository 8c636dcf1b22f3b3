import type { Statement } from 'better-sqlite3'
import { ZodError } from 'zod'
import { summariseIssues } from '../../shared/domain/validation'
import { listDependents, type DeleteResult, type Dependent } from '../../shared/ipc/contract'
import type { Db } from '../db/connection'
import { AppError } from '../errors'
import type { AuditLog } from './audit'
import type { DependentDef, LedgerDef, WriteContext } from './def'
import { columnFields, columnOf, fromDb, storedFields, storedFieldsSql, toDb } from './mapping'

type Row = Record<string, unknown>
type Found = { def: DependentDef; count: number }

const toDependent = ({ def, count }: Found): Dependent => ({
  label: def.label,
  count,
  unit: def.unit,
  cascades: def.mode === 'cascade',
})
export type Resolve = (entity: string) => LedgerService

/**
 * List, get, create, update and delete for one ledger, with validation, friendly messages,
 * cascades and the audit log. Every write runs in one transaction: on any error the database
 * is as it was.
 */
export class LedgerService {
  private readonly stmts = new Map<string, Statement>()
  private readonly fields: string[]

  constructor(
    private readonly db: Db,
    readonly def: LedgerDef,
    private readonly audit: AuditLog,
    /** The other ledgers, for cascades that must be audited record by record. */
    private readonly resolve: Resolve,
  ) {
    this.fields = columnFields(def)
    // One wrapper for every call: better-sqlite3 builds a new one per db.transaction().
    const tx = db.transaction((fn: () => unknown) => fn())
    this.tx = <T>(fn: () => T) => {
      // Deferred audit rows go in before the savepoint: undoing it must not take them away.
      audit.flush()
      return tx(fn) as T
    }
  }

  /** Runs `fn` in a transaction, or a savepoint inside the caller's. */
  private readonly tx: <T>(fn: () => T) => T

  private stmt(sql: string): Statement {
    let s = this.stmts.get(sql)
    if (!s) {
      s = this.db.prepare(sql)
      this.stmts.set(sql, s)
    }
    return s
  }

  list(): Row[] {
    return this.stmt(`${this.def.select} ORDER BY t.id`)
      .all()
      .map((r) => fromDb(this.def, r as Row))
  }

  find(id: number): Row | undefined {
    const row = this.stmt(`${this.def.select} WHERE t.id = ?`).get(id) as Row | undefined
    return row && fromDb(this.def, row)
  }

  /**
   * The record's own columns, without the select's joins: what the audit log keeps. Put
   * together from what was just written and the table's defaults when those are plain
   * literals (reading the row back costs a third of an import's write); read back otherwise.
   */
  private stored(id: number, columns: readonly string[], values: readonly unknown[], data: Row): Row {
    const defaults = this.literalDefaults()
    let written: Row
    if (defaults) {
      // Set one by one: copying a 25-key object by spread costs three times as much.
      written = { id }
      for (const [column, value] of defaults) written[column] = value
      for (let i = 0; i < columns.length; i++) written[columns[i]] = values[i]
    } else written = this.stmt(`SELECT * FROM ${this.def.table} WHERE id = ?`).get(id) as Row
    const row = fromDb(this.def, written)
    // Links live in join tables, written from the input just now.
    for (const link of this.def.links ?? []) row[link.field] = data[link.field] ?? []
    return row
  }

  private defaults: [column: string, value: unknown][] | null | undefined

  /**
   * A create writes its table's row and nothing else that can fail: no link rows, no
   * afterWrite hook. Such a create needs no savepoint of the import's, and its audit row can
   * be written later by SQL.
   */
  get createWritesOneRow(): boolean {
    return !this.def.links?.length && !this.def.afterWrite
  }

  /** The INSERT … SELECT that audits this ledger's deferred creates; null when it has none. */
  private auditCreates: Statement | null | undefined

  /** Hands the audit row of a lean create to the audit log to write later, when it defers them. */
  private deferredAudit(id: number): boolean {
    if (this.auditCreates === undefined) {
      const columns = this.db.prepare(`PRAGMA table_info(${this.def.table})`).all() as { name: string }[]
      const json = storedFieldsSql(this.def, new Set(columns.map((c) => c.name)))
      this.auditCreates =
        json === null
          ? null
          : this.db.prepare(
              `INSERT INTO audit_log (actor, entity, entity_id, action, after, batch)
               SELECT ?, '${this.def.entity}', t.id, 'create', ${json}, ? FROM ${this.def.table} t
               WHERE t.id IN (SELECT value FROM json_each(?)) ORDER BY t.id`,
            )
    }
    const write = this.auditCreates
    return write !== null && this.audit.deferCreate(write, id)
  }

  /**
   * What an insert leaves in each column of a field when the input has no value for it: the
   * schema's DEFAULT when it is a literal ('在营', 0), else NULL. Null as a whole when some
   * field's default is an expression, whose value only the database knows.
   */
  private literalDefaults(): [column: string, value: unknown][] | null {
    if (this.defaults !== undefined) return this.defaults
    const info = this.db.prepare(`PRAGMA table_info(${this.def.table})`).all() as {
      name: string
      dflt_value: string | null
    }[]
    const fieldColumns = new Set(this.fields.map((f) => columnOf(this.def, f)))
    let out: [string, unknown][] | null = []
    for (const { name, dflt_value: d } of info) {
      if (!fieldColumns.has(name)) continue
      const value = d === null || /^null$/i.test(d) ? null : literal(d)
      if (value === undefined) {
        out = null
        break
      }
      out.push([name, value])
    }
    this.defaults = out
    return out
  }

  get(id: number): Row {
    const r = this.find(id)
    if (!r) throw new AppError('NOT_FOUND', `${this.def.label}记录不存在(编号 ${id}),可能已被删除。`)
    return r
  }

  count(): number {
    return (this.stmt(`SELECT count(*) AS n FROM ${this.def.table}`).get() as { n: number }).n
  }

  /**
   * Validates, writes and audits a new record; returns it as the ledger's select shows it.
   * `lean` (the import, 100,000 rows at a time) reads back only the table's own row, not the
   * ledger's joined select: the audit row is the same, since it holds only stored fields
   * (with the database's defaults for what the input left out). Inside a transaction, a lean
   * create opens no savepoint: the caller must have one open when the create writes more than
   * its INSERT (link rows, an afterWrite hook), as the import does.
   */
  create(input: unknown, opts: { lean?: boolean } = {}): Row {
    const valid = this.validate(input)
    // A savepoint of its own would journal every page the create touches a second time.
    const atomic = opts.lean && this.db.inTransaction ? (fn: () => Row) => fn() : this.tx
    return atomic(() => {
      const data = this.def.beforeWrite?.(valid, this.context(null)) ?? valid
      this.checkUnique(data, null)
      const cols = this.fields.filter((f) => data[f] !== undefined)
      const derived = this.def.derive?.(data) ?? {}
      const names = [...cols.map((f) => columnOf(this.def, f)), ...Object.keys(derived)]
      const values = [...cols.map((f) => toDb(this.def, f, data[f])), ...Object.values(derived)]
      const sql =
        names.length === 0
          ? `INSERT INTO ${this.def.table} DEFAULT VALUES`
          : `INSERT INTO ${this.def.table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`
      const id = Number(this.write(() => this.stmt(sql).run(...values)).lastInsertRowid)
      this.writeLinks(id, data, true)
      const after = opts.lean && !this.def.afterWrite ? this.stored(id, names, values, data) : this.get(id)
      this.def.afterWrite?.(id, null, after, this.context(null))
      const deferred = opts.lean && this.createWritesOneRow && this.deferredAudit(id)
      if (!deferred) this.audit.record(this.def.entity, id, 'create', null, storedFields(this.def, after))
      return after
    })
  }

  /** Merges the patch into the stored record and validates the whole, so cross-field rules hold. */
  update(id: number, patch: Row): Row {
    return this.tx(() => {
      const before = this.get(id)
      const merged = { ...storedFields(this.def, before), ...patch }
      delete merged.id
      const valid = this.validate(merged)
      const data = this.def.beforeWrite?.(valid, this.context(before)) ?? valid
      this.checkUnique(data, id)
      const derived = this.def.derive?.(data) ?? {}
      const sets = [
        ...this.fields.map((f) => `${columnOf(this.def, f)} = ?`),
        ...Object.keys(derived).map((c) => `${c} = ?`),
      ]
      sets.push(`updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`)
      this.write(() =>
        this.stmt(`UPDATE ${this.def.table} SET ${sets.join(', ')} WHERE id = ?`).run(
          ...this.fields.map((f) => toDb(this.def, f, data[f])),
          ...Object.values(derived),
          id,
        ),
      )
      this.writeLinks(id, data, false)
      const after = this.get(id)
      this.def.afterWrite?.(id, before, after, this.context(before))
      this.audit.record(this.def.entity, id, 'update', storedFields(this.def, before), storedFields(this.def, after))
      return after
    })
  }

  /**
   * One field (or a few) set on many records as one change: every record validated and
   * audited under one batch, all or nothing.
   */
  bulkUpdate(ids: readonly number[], patch: Row): { updated: number; batch: string } {
    return this.audit.inBatch((batch) => {
      this.tx(() => {
        for (const id of ids) this.update(id, patch)
      })
      return { updated: ids.length, batch }
    })
  }

  dependents(id: number): Dependent[] {
    this.get(id)
    return this.findDependents(id).map(toDependent)
  }

  /**
   * Refuses while restricting records exist, or while cascading ones exist and the caller has
   * not confirmed; then clears references, deletes dependents and the record, all audited.
   */
  delete(id: number, cascade = false): DeleteResult {
    return this.audit.inBatch((batch) => this.tx(() => this.deleteInTransaction(id, cascade, batch)))
  }

  private deleteInTransaction(id: number, cascade: boolean, batch: string): DeleteResult {
    const before = this.get(id)
    const name = this.def.title(before)
    const found = this.findDependents(id)
    const say = (list: Found[]) => listDependents(list.map(toDependent))

    const restricting = found.filter((d) => d.def.mode === 'restrict')
    if (restricting.length > 0) {
      throw new AppError('IN_USE', `“${name}”仍被 ${say(restricting)} 使用,不能删除。请先修改这些记录。`, {
        dependents: restricting.map(toDependent),
      })
    }
    const cascading = found.filter((d) => d.def.mode === 'cascade')
    if (cascading.length > 0 && !cascade) {
      throw new AppError('HAS_DEPENDENTS', `${this.def.label}“${name}”有 ${say(cascading)},确认后将一并删除。`, {
        dependents: cascading.map(toDependent),
      })
    }
    for (const { def: d } of found) {
      if (!d.entity) continue // join-table rows: ON DELETE CASCADE
      const child = this.resolve(d.entity)
      const ids = (this.stmt(`SELECT id FROM ${d.table} WHERE ${d.column} = ?`).all(id) as { id: number }[]).map(
        (r) => r.id,
      )
      for (const childId of ids) {
        if (d.mode === 'cascade') child.delete(childId, true)
        else child.unlink(childId, d.column)
      }
    }
    // Join-table rows (活动参加, 联盟成员, 走访人) go with the record by ON DELETE CASCADE: kept in
    // the audit row so that 回收站 and undo can put them back.
    const joins = this.joinRows(id)
    this.write(() => this.stmt(`DELETE FROM ${this.def.table} WHERE id = ?`).run(id))
    this.audit.record(this.def.entity, id, 'delete', { ...storedFields(this.def, before), ...joins }, null)
    return { deleted: 1, cascaded: found.map(toDependent), batch }
  }

  /** The rows of join tables that point at this record, as `{ $joins: { table: rows } }`. */
  private joinRows(id: number): Row {
    const joins: Record<string, Row[]> = {}
    for (const d of this.def.dependents ?? []) {
      if (d.entity) continue
      const rows = this.stmt(`SELECT * FROM ${d.table} WHERE ${d.column} = ?`).all(id) as Row[]
      if (rows.length) joins[d.table] = rows
    }
    return Object.keys(joins).length ? { $joins: joins } : {}
  }

  /**
   * Puts a record into a state the audit log holds (undo, redo, restore): the same columns,
   * derived columns, links and audit as any write, but no rules re-run, since the state was
   * valid when it was written (a request's status may go back, which a user's edit may not).
   * `state` null deletes the record, refused while anything points at it.
   */
  writeState(id: number, state: Row | null): Row | null {
    return this.db.transaction(() => {
      const current = this.find(id) ?? null
      if (state === null) {
        if (!current) return null
        // Records that point at it stop the undo; join rows (活动参加 …) go with it, kept in the audit row.
        const found = this.findDependents(id).filter((d) => d.def.entity)
        if (found.length) {
          throw new AppError(
            'IN_USE',
            `${this.def.label}“${this.def.title(current)}”现在有 ${listDependents(found.map(toDependent))},不能撤销它的新建。请先处理这些记录。`,
          )
        }
        const joins = this.joinRows(id)
        this.write(() => this.stmt(`DELETE FROM ${this.def.table} WHERE id = ?`).run(id))
        this.audit.record(this.def.entity, id, 'delete', { ...storedFields(this.def, current), ...joins }, null)
        return null
      }
      const data: Row = {}
      // A state written before a field existed leaves that field as it is (or its default).
      for (const f of Object.keys(this.def.schema.shape)) if (state[f] !== undefined) data[f] = state[f]
      const cols = this.fields.filter((f) => data[f] !== undefined)
      const derived = this.def.derive?.({ ...(current ?? {}), ...data }) ?? {}
      const names = [...cols.map((f) => columnOf(this.def, f)), ...Object.keys(derived)]
      const values = [...cols.map((f) => toDb(this.def, f, data[f])), ...Object.values(derived)]
      if (current) {
        const sets = [...names.map((n) => `${n} = ?`), `updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`]
        this.write(() => this.stmt(`UPDATE ${this.def.table} SET ${sets.join(', ')} WHERE id = ?`).run(...values, id))
      } else {
        const sql = `INSERT INTO ${this.def.table} (id${names.map((n) => `, ${n}`).join('')}) VALUES (?${', ?'.repeat(names.length)})`
        this.write(() => this.stmt(sql).run(id, ...values))
      }
      this.writeLinks(id, data, !current)
      if (!current) this.restoreJoins(state.$joins)
      const after = this.get(id)
      this.def.afterWrite?.(id, current, after, this.context(current))
      this.audit.record(
        this.def.entity,
        id,
        current ? 'update' : 'create',
        current && storedFields(this.def, current),
        storedFields(this.def, after),
      )
      return after
    })()
  }

  /** Join rows kept by a delete, put back where the record at their other end still exists. */
  private restoreJoins(joins: unknown): void {
    if (!joins || typeof joins !== 'object') return
    const allowed = new Set((this.def.dependents ?? []).filter((d) => !d.entity).map((d) => d.table))
    for (const [table, rows] of Object.entries(joins as Record<string, Row[]>)) {
      // Names come from the database file: only this ledger's own join tables and plain column names.
      if (!allowed.has(table) || !Array.isArray(rows)) continue
      for (const row of rows) {
        const cols = Object.keys(row)
        if (!cols.length || !cols.every((c) => /^[a-z_]+$/.test(c))) continue
        try {
          this.stmt(
            `INSERT OR IGNORE INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
          ).run(...cols.map((c) => row[c] as never))
        } catch (e) {
          if ((e as { code?: string }).code !== 'SQLITE_CONSTRAINT_FOREIGNKEY') throw e
        }
      }
    }
  }

  private context(before: Row | null): WriteContext {
    return { db: this.db, actor: this.audit.actor, before }
  }

  /** Clears one reference column (the record it pointed at is going away), audited. */
  unlink(id: number, column: string): void {
    const field = this.fields.find((f) => columnOf(this.def, f) === column)
    if (!field) throw new Error(`${this.def.table} has no field for column ${column}`)
    this.update(id, { [field]: null })
  }

  private findDependents(id: number): Found[] {
    return (this.def.dependents ?? [])
      .map((def) => ({ def, count: this.countWhere(def.table, def.column, id) }))
      .filter((d) => d.count > 0)
  }

  private countWhere(table: string, column: string, id: number): number {
    return (this.stmt(`SELECT count(*) AS n FROM ${table} WHERE ${column} = ?`).get(id) as { n: number }).n
  }

  private validate(input: unknown): Row {
    try {
      return this.def.schema.parse(input) as Row
    } catch (e) {
      if (e instanceof ZodError) {
        const { message, fields } = summariseIssues(e, this.def.labels)
        throw new AppError('VALIDATION', message, { fields })
      }
      throw e
    }
  }

  private checkUnique(data: Row, selfId: number | null): void {
    for (const field of this.def.unique ?? []) {
      const value = data[field]
      if (value == null) continue
      const column = columnOf(this.def, field)
      const stored = toDb(this.def, field, value)
      // The plain index probe first: the joined select only to name the holder in the message.
      const taken = this.stmt(`SELECT 1 FROM ${this.def.table} WHERE ${column} = ? AND id IS NOT ?`).get(stored, selfId)
      const holder = taken
        ? (this.stmt(`${this.def.select} WHERE t.${column} = ? AND t.id IS NOT ?`).get(stored, selfId) as
            Row | undefined)
        : undefined
      if (holder) {
        const label = this.def.labels[field] ?? field
        throw new AppError(
          'CONFLICT',
          `${label}“${String(value)}”已被${this.def.label}“${this.def.title(fromDb(this.def, holder))}”使用。`,
          {
            fields: { [field]: `${label}已被“${this.def.title(fromDb(this.def, holder))}”使用` },
          },
        )
      }
    }
  }

  private writeLinks(id: number, data: Row, isNew: boolean): void {
    for (const link of this.def.links ?? []) {
      const ids = data[link.field] as number[] | undefined
      if (ids === undefined) continue
      if (!isNew) this.stmt(`DELETE FROM ${link.table} WHERE ${link.ownKey} = ?`).run(id)
      const ins = this.stmt(`INSERT OR IGNORE INTO ${link.table} (${link.ownKey}, ${link.otherKey}) VALUES (?, ?)`)
      for (const other of ids) this.write(() => ins.run(id, other))
    }
  }

  /** Turns SQLite constraint failures into messages a user can act on. */
  private write<T>(fn: () => T): T {
    try {
      return fn()
    } catch (e) {
      throw constraintError(this.def, e) ?? e
    }
  }
}

/** A SQLite constraint failure of a write to `def`'s table as a message a user can act on; null for any other error. */
export function constraintError(def: LedgerDef, e: unknown): AppError | null {
  const code = (e as { code?: string }).code
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    return new AppError('BAD_REFERENCE', `${def.label}引用的记录不存在(可能已被删除),请重新选择。`)
  }
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return new AppError('CONFLICT', `已存在同名的${def.label},请换一个名称。`)
  }
  if (code === 'SQLITE_CONSTRAINT_CHECK') {
    return new AppError('VALIDATION', `${def.label}数据不符合规则: ${(e as Error).message}`)
  }
  return null
}

/** A number or quoted string literal of SQL as its value; undefined for anything else. */
function literal(sql: string): number | string | undefined {
  if (/^[-+]?\d+(\.\d+)?$/.test(sql)) return Number(sql)
  const quoted = /^'((?:[^']|'')*)'$/.exec(sql)
  return quoted ? quoted[1].replace(/''/g, "'") : undefined
}
