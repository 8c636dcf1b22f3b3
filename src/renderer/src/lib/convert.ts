/**
 * What a grid editor or a form item hands back, turned into what the API expects. Editors give
 * '' for a cleared text, numbers or text for numbers, Dates or text for dates; the contract
 * wants null for blank, real numbers, 'YYYY-MM-DD', booleans and arrays of ids or words.
 */
import { parseAmount, type MoneyUnit } from '../../../shared/domain/values'
import { toIsoDate } from './format'

export type FieldKind =
  | 'text'
  | 'longText'
  | 'number'
  | 'money'
  | 'date'
  | 'boolean'
  | 'enum'
  | 'ref'
  | 'enterprise'
  | 'refs'
  | 'enterprises'
  | 'tags'

const TRUE_WORDS = new Set(['是', '√', '✓', 'y', 'yes', 'true', '1', '有'])
const FALSE_WORDS = new Set(['否', '×', 'n', 'no', 'false', '0', '无', ''])

/** 楼掌柜、营商服务专员 / 楼掌柜,营商服务专员 / 楼掌柜 营商服务专员: the ways a list is typed. */
const LIST_SEPARATORS = /[、,,;;/\s]+/

export function toPatchValue(kind: FieldKind, value: unknown): unknown {
  switch (kind) {
    case 'text':
    case 'longText':
    case 'enum':
      return blankToNull(value)
    case 'number':
      return toNumber(value, '万元')
    case 'money':
      return toNumber(value, '元')
    case 'date':
      return toDate(value)
    case 'boolean':
      return toBoolean(value)
    case 'ref':
    case 'enterprise':
      // 0 is the "(无)" choice of a relation select.
      return value === 0 ? null : blankToNull(value)
    case 'refs':
    case 'enterprises':
      return Array.isArray(value) ? value : value == null ? [] : [value]
    case 'tags':
      return toList(value)
  }
}

function blankToNull(value: unknown): unknown {
  if (value === undefined || value === null) return null
  if (typeof value === 'string' && value.trim() === '') return null
  return value
}

/**
 * '1,000', '500万', '50(万元人民币)' are how amounts are typed here: read by the import's own
 * parser (src/shared), in 万元 for a plain number field (注册资本) and in 元 for money. Anything
 * still not a number (a foreign amount, words) is passed through unchanged so the schema
 * refuses it with its own Chinese message.
 */
function toNumber(value: unknown, unit: MoneyUnit): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  const v = blankToNull(value)
  if (v === null || typeof v !== 'string') return v
  const r = parseAmount(v, unit)
  return r.ok ? r.value : v
}

function toDate(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : toIsoDate(value)
  if (value && typeof value === 'object' && 'format' in value && typeof value.format === 'function') {
    // A dayjs value from an antd DatePicker.
    return (value as { format: (f: string) => string }).format('YYYY-MM-DD')
  }
  const v = blankToNull(value)
  return typeof v === 'string' ? v.trim() : v
}

function toBoolean(value: unknown): unknown {
  if (typeof value === 'boolean') return value
  if (value === null || value === undefined) return false
  const s = String(value).trim().toLowerCase()
  if (TRUE_WORDS.has(s)) return true
  if (FALSE_WORDS.has(s)) return false
  return value
}

function toList(value: unknown): unknown {
  if (Array.isArray(value)) return value
  if (value === null || value === undefined) return []
  return String(value)
    .normalize('NFKC')
    .split(LIST_SEPARATORS)
    .filter((s) => s !== '')
}

/** No request for an edit that changes nothing (Enter on an untouched cell). */
export function isSameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i])
  return (a ?? null) === (b ?? null)
}
