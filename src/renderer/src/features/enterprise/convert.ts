/**
 * What a grid editor hands back, turned into what the API expects. Editors give '' for a
 * cleared text, numbers or text for numbers, Dates or text for dates; the contract wants
 * null for blank, real numbers, 'YYYY-MM-DD' and booleans.
 */
import { toIsoDate } from '../../lib/format'

export type FieldKind = 'text' | 'number' | 'date' | 'boolean' | 'ref' | 'enum'

const TRUE_WORDS = new Set(['是', '√', '✓', 'y', 'yes', 'true', '1', '有'])
const FALSE_WORDS = new Set(['否', '×', 'n', 'no', 'false', '0', '无', ''])

export function toPatchValue(kind: FieldKind, value: unknown): unknown {
  switch (kind) {
    case 'text':
    case 'enum':
      return blankToNull(value)
    case 'number':
      return toNumber(value)
    case 'date':
      return toDate(value)
    case 'boolean':
      return toBoolean(value)
    case 'ref':
      // 0 is the "(无)" choice of a relation select.
      return value === 0 ? null : blankToNull(value)
  }
}

function blankToNull(value: unknown): unknown {
  if (value === undefined || value === null) return null
  if (typeof value === 'string' && value.trim() === '') return null
  return value
}

/**
 * '1,000' and '500万' are how amounts are typed here; anything still not a number is passed
 * through unchanged so the backend refuses it with its own Chinese message.
 */
function toNumber(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  const v = blankToNull(value)
  if (v === null || typeof v !== 'string') return v
  const n = Number(
    v
      .normalize('NFKC')
      .replace(/[,\s]/g, '')
      .replace(/万(元)?$/, ''),
  )
  return Number.isFinite(n) ? n : v
}

function toDate(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : toIsoDate(value)
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

/** No request for an edit that changes nothing (Enter on an untouched cell). */
export function isSameValue(a: unknown, b: unknown): boolean {
  return (a ?? null) === (b ?? null)
}
