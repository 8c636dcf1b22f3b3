import type { LedgerDef } from './def'

const snakeCache = new Map<string, string>()
export function snake(field: string): string {
  let s = snakeCache.get(field)
  if (s === undefined) {
    s = field.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase())
    snakeCache.set(field, s)
  }
  return s
}

const camelCache = new Map<string, string>()
export function camel(column: string): string {
  let c = camelCache.get(column)
  if (c === undefined) {
    c = column.replace(/_([a-z])/g, (_, ch: string) => ch.toUpperCase())
    camelCache.set(column, c)
  }
  return c
}

/** The column a field is stored in. */
export function columnOf(def: LedgerDef, field: string): string {
  return def.cents?.includes(field) ? `${snake(field)}_cents` : snake(field)
}

/** Fields that are columns of the table (links live in their own tables). */
export function columnFields(def: LedgerDef): string[] {
  const linked = new Set(def.links?.map((l) => l.field))
  return Object.keys(def.schema.shape).filter((f) => !linked.has(f))
}

/** A stored value from a validated one. */
export function toDb(def: LedgerDef, field: string, value: unknown): unknown {
  if (value === undefined || value === null) return null
  if (def.booleans?.includes(field)) return value ? 1 : 0
  if (def.cents?.includes(field)) return Math.round((value as number) * 100)
  if (def.json?.includes(field)) return JSON.stringify(value)
  return value
}

/** How a column of `def.select` becomes a field of the API record: worked out once per column. */
interface ColumnPlan {
  field: string
  how: 'plain' | 'cents' | 'boolean' | 'json'
}
const plans = new WeakMap<LedgerDef, Map<string, ColumnPlan>>()

function planOf(def: LedgerDef, col: string): ColumnPlan {
  let byCol = plans.get(def)
  if (!byCol) plans.set(def, (byCol = new Map()))
  let plan = byCol.get(col)
  if (!plan) {
    if (col.endsWith('_cents')) plan = { field: camel(col.slice(0, -'_cents'.length)), how: 'cents' }
    else {
      const field = camel(col)
      const how = def.booleans?.includes(field) ? 'boolean' : def.json?.includes(field) ? 'json' : 'plain'
      plan = { field, how }
    }
    byCol.set(col, plan)
  }
  return plan
}

/**
 * An API record from a row of `def.select`. Exports map 100,000 rows through here, so each
 * column's treatment is looked up once, not worked out again for every row.
 */
export function fromDb(def: LedgerDef, row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const col in row) {
    const { field, how } = planOf(def, col)
    const value = row[col]
    if (how === 'plain') out[field] = value
    else if (how === 'cents') out[field] = value === null ? null : (value as number) / 100
    else if (how === 'boolean') out[field] = value === 1
    else out[field] = value === null ? [] : JSON.parse(value as string)
  }
  return out
}

/** The stored fields of a record (no joined names): what the audit log keeps. */
export function storedFields(def: LedgerDef, record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { id: record.id }
  for (const f of Object.keys(def.schema.shape)) out[f] = record[f] ?? null
  return out
}

/**
 * storedFields(def, fromDb(def, row)) said in SQL: a json_object over the columns of the row
 * `alias`, for audit rows made by one statement for many records (AuditLog.deferCreate).
 * `columns` are the table's; a field without one is null, as storedFields has it. Null for a
 * ledger with link tables, whose fields live in rows of their own.
 */
export function storedFieldsSql(def: LedgerDef, columns: ReadonlySet<string>, alias = 't'): string | null {
  if (def.links?.length) return null
  const parts = [`'id', ${alias}.id`]
  for (const f of Object.keys(def.schema.shape)) {
    const column = columnOf(def, f)
    const v = `${alias}.${column}`
    let value: string
    if (!columns.has(column)) value = 'NULL'
    else if (def.booleans?.includes(f)) value = `json(CASE WHEN ${v} = 1 THEN 'true' ELSE 'false' END)`
    else if (def.cents?.includes(f)) value = `${v} / 100.0`
    else if (def.json?.includes(f)) value = `json(coalesce(${v}, '[]'))`
    else value = v
    parts.push(`'${f}', ${value}`)
  }
  return `json_object(${parts.join(', ')})`
}
