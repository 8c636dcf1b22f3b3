/**
 * A record's value as a cell: the one place that decides what an exported cell holds, for the
 * .xlsx and the CSV alike. Dates become Excel day numbers (shown with a date format, so Excel
 * sorts and filters them as dates), amounts stay numbers, codes and phones stay text.
 */
import { HOME_CURRENCY } from '../../shared/domain/enterprise'
import { moneyInWords } from '../../shared/domain/values'
import type { CellKind, ExportColumn } from './columns'

/** What a sink writes: text, a number, or a calendar day (ISO, and its Excel serial). */
export type Cell = null | { t: 's'; v: string } | { t: 'n'; v: number } | { t: 'd'; v: number; iso: string }

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const DAY_MS = 86_400_000
/** Excel's day 0 in its 1900 system, counting the phantom 1900-02-29: right for every day after it. */
const EPOCH = Date.UTC(1899, 11, 30)

/** 'YYYY-MM-DD' → the Excel serial of that day (timezone-free), or null when it is not a day. */
export function daySerial(text: string): number | null {
  const m = ISO_DAY.exec(text)
  if (!m) return null
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  return Number.isNaN(t) ? null : Math.round((t - EPOCH) / DAY_MS)
}

const text = (v: string): Cell => (v === '' ? null : { t: 's', v })

export function toCell(kind: CellKind, value: unknown): Cell {
  if (value === null || value === undefined) return null
  if (Array.isArray(value)) return text(value.join('、'))
  if (typeof value === 'boolean') return { t: 's', v: value ? '是' : '否' }
  switch (kind) {
    case 'text':
    case 'code':
      return text(String(value))
    case 'boolean':
      return { t: 's', v: value ? '是' : '否' }
    case 'money':
    case 'number': {
      const n = typeof value === 'number' ? value : Number(value)
      return Number.isFinite(n) ? { t: 'n', v: n } : text(String(value))
    }
    case 'date':
    case 'auto': {
      if (typeof value === 'number') return { t: 'n', v: value }
      const s = String(value)
      const serial = daySerial(s)
      return serial !== null ? { t: 'd', v: serial, iso: s } : text(s)
    }
  }
}

/**
 * A column's cell of a record. An amount in a foreign currency is written as it is said
 * (100 万美元), never as a bare number under a 万元 header; the import reads it back so.
 */
export function recordCell(column: ExportColumn, record: Record<string, unknown>): Cell {
  const value = record[column.field]
  if (column.currencyField && typeof value === 'number') {
    const currency = record[column.currencyField]
    if (typeof currency === 'string' && currency !== HOME_CURRENCY) {
      return text(moneyInWords(value, column.unit ?? '元', currency))
    }
  }
  return toCell(column.kind, value)
}
