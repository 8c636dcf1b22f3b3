/**
 * AG Grid filter models to SQL. Column names come from a whitelist (the ledger's select);
 * values are always bound parameters.
 */
import type { ColumnFilter } from '../../shared/ipc/grid'
import { localToday } from '../../shared/domain/dates'
import { TODAY } from '../../shared/views/builtin'
import { AppError } from '../errors'

export interface Sql {
  sql: string
  params: unknown[]
}

/** How a field's values are stored, so a filter value can be turned into a stored one. */
export type Storage = 'plain' | 'boolean' | 'cents'

/** LIKE with the user's % and _ taken literally. */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => '\\' + c)}%`
}

function likePattern(type: string, text: string): string {
  const esc = text.replace(/[\\%_]/g, (c) => '\\' + c)
  if (type === 'startsWith') return `${esc}%`
  if (type === 'endsWith') return `%${esc}`
  return `%${esc}%`
}

/** 'YYYY-MM-DD hh:mm:ss' or 'today' to 'YYYY-MM-DD'. */
function day(value: string | null | undefined, label: string): string {
  if (value === TODAY) return localToday()
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(value ?? '')
  if (!m) throw new AppError('VALIDATION', `“${label}”的日期筛选值无效`)
  return m[1]
}

function storedNumber(storage: Storage, v: number): number {
  return storage === 'cents' ? Math.round(v * 100) : v
}

function condition(col: string, f: ColumnFilter, storage: Storage, label: string): Sql {
  if ('conditions' in f) {
    const parts = f.conditions.map((c) => condition(col, c, storage, label))
    return {
      sql: `(${parts.map((p) => p.sql).join(f.operator === 'AND' ? ' AND ' : ' OR ')})`,
      params: parts.flatMap((p) => p.params),
    }
  }
  if (f.filterType !== 'set' && (f.type === 'blank' || f.type === 'notBlank')) {
    const blank = f.filterType === 'text' ? `(${col} IS NULL OR ${col} = '')` : `${col} IS NULL`
    return { sql: f.type === 'blank' ? blank : `NOT ${blank}`, params: [] }
  }
  switch (f.filterType) {
    case 'set': {
      const values = f.values.filter((v) => v !== null)
      const parts: string[] = []
      const params: unknown[] = []
      if (values.length) {
        parts.push(`${col} IN (${values.map(() => '?').join(', ')})`)
        for (const v of values) {
          params.push(storage === 'boolean' ? (v ? 1 : 0) : typeof v === 'number' ? storedNumber(storage, v) : v)
        }
      }
      if (values.length !== f.values.length) parts.push(`${col} IS NULL`)
      return { sql: parts.length ? `(${parts.join(' OR ')})` : '0', params }
    }
    case 'text': {
      const text = (f.filter ?? '').normalize('NFKC').trim()
      if (f.type === 'equals') return { sql: `${col} = ?`, params: [text] }
      if (f.type === 'notEqual') return { sql: `(${col} IS NULL OR ${col} <> ?)`, params: [text] }
      const like = `${col} LIKE ? ESCAPE '\\'`
      if (f.type === 'notContains')
        return { sql: `(${col} IS NULL OR NOT ${like})`, params: [likePattern('contains', text)] }
      return { sql: like, params: [likePattern(f.type, text)] }
    }
    case 'number': {
      if (f.filter == null) return { sql: '1', params: [] }
      const a = storedNumber(storage, f.filter)
      if (f.type === 'inRange') {
        return { sql: `${col} BETWEEN ? AND ?`, params: [a, storedNumber(storage, f.filterTo ?? f.filter)] }
      }
      return { sql: `${col} ${OPERATORS[f.type]} ?`, params: [a] }
    }
    case 'date': {
      const from = day(f.dateFrom, label)
      if (f.type === 'inRange')
        return { sql: `${col} BETWEEN ? AND ?`, params: [from, day(f.dateTo ?? f.dateFrom, label)] }
      return { sql: `${col} ${OPERATORS[f.type]} ?`, params: [from] }
    }
  }
}

const OPERATORS: Record<string, string> = {
  equals: '=',
  notEqual: '<>',
  greaterThan: '>',
  greaterThanOrEqual: '>=',
  lessThan: '<',
  lessThanOrEqual: '<=',
}

export function filterSql(col: string, f: ColumnFilter, storage: Storage, label: string): Sql {
  return condition(col, f, storage, label)
}
