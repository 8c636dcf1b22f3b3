/**
 * Subtotal and total rows, wherever their label stands: 小计 in the name column, 紫荆广场小计 in
 * the building column, 合计(3户) under 序号, or no label at all but a count (120户) where a
 * tenant's name belongs, beside the sums. Such a row is never data: read as one, it would
 * become a record and create a building named “紫荆广场小计”.
 */
import { normaliseText, type CellValue } from '../../shared/domain/values'

/** Longest first, so 本页小计 is not read as 本页 + 小计. */
const LABELS = ['本页小计', '本页合计', '本月小计', '本月合计', '总合计', '小计', '合计', '总计', '共计', '累计']
/** Labels that close a section (a group, a page, a month) rather than the whole table. */
const SECTION_LABELS = new Set(['本页小计', '本页合计', '本月小计', '本月合计', '小计'])

/**
 * A label, maybe after a group's name, then nothing but a colon, a count or an amount:
 * 合计, 小计:, 合计(5家), 总计 12, 紫荆广场小计. Not a name or a remark that merely contains
 * it (总计划咖啡店, 累计减免3个月, 合计两家分支机构).
 */
const LABELLED = new RegExp(
  `^([^,,。;;、!?]{0,24}?)(${LABELS.join('|')})` +
    // (120户) / 【3家】 / :1,400 / 12 / 120户
    `(?:[::]?(?:[(\\[【][\\d,.]*(?:户|家|条|笔|项|个)?[)\\]】]|[\\d,.]+(?:户|家|条|笔|项|个|元|万元)?))?[::]?$`,
)
/** A count standing where a name belongs: 120户, 81家. */
const COUNT = /^(\d[\d,]*)(?:户|家|条|笔|项)$/
const MAYBE_COUNT = /[户家条笔项]\s*$/
const NUMBER = /^[+-]?¥?\d[\d,]*(?:\.\d+)?(?:元|万元|万)?$/

export interface Subtotal {
  /** The text that marks the row (紫荆广场小计, 合计(3户), 120户). */
  label: string
  /** 0-based column of that text. */
  column: number
  /** The group it closes (紫荆广场), '' when it names none. */
  group: string
  /** A section's sum (小计, a named group), or the whole table's so far (合计, 总计, 累计). */
  scope: 'section' | 'all'
  /** The number of records the row says it sums, when it says (120户, 合计(3户)). */
  count: number | null
}

const compact = (v: CellValue) => normaliseText(v).replace(/\s+/g, '')
const isNumber = (v: CellValue, t: string) => typeof v === 'number' || NUMBER.test(t)
const countOf = (t: string) => {
  const m = /(\d[\d,]*)(?:户|家|条|笔|项|个)/.exec(t)
  return m ? Number(m[1].replace(/,/g, '')) : null
}

/** Whether a name is a subtotal's label (never a building, person or partner to create). */
export function isTotalLabel(name: string): boolean {
  const t = compact(name)
  return LABELLED.test(t) || COUNT.test(t)
}

/**
 * The subtotal a row is, or null for any other row. `previous` is the data row above it: a
 * text repeated from it (the group's building, filled down from a merge) may stand beside a
 * bare count.
 */
export function readSubtotal(cells: readonly CellValue[], previous?: readonly CellValue[]): Subtotal | null {
  // Every row passes here: most hold neither 计 nor a count, and are let go at once.
  if (!cells.some((v) => typeof v === 'string' && (v.includes('计') || MAYBE_COUNT.test(v)))) return null
  const texts = cells.map(compact)
  for (let c = 0; c < texts.length; c++) {
    const m = LABELLED.exec(texts[c])
    if (!m) continue
    // The group's name before the label, else the text of a column left of it (紫荆广场 | 小计).
    const left = texts.slice(0, c).find((t, i) => t !== '' && !isNumber(cells[i], t) && !COUNT.test(t))
    const group = m[1] || left || ''
    const count = countOf(texts[c].slice(m[1].length)) ?? countCell(texts, c)
    return { label: texts[c], column: c, group, scope: group || SECTION_LABELS.has(m[2]) ? 'section' : 'all', count }
  }
  // No label: a count where a name belongs, beside sums, and otherwise only what the row above
  // also holds (its group) or numbers.
  const countAt = texts.findIndex((t) => COUNT.test(t))
  if (countAt < 0) return null
  let sums = 0
  let group = ''
  for (let c = 0; c < texts.length; c++) {
    const t = texts[c]
    if (c === countAt || t === '') continue
    if (isNumber(cells[c], t)) sums++
    else if (previous && compact(previous[c] ?? null) === t) group ||= t
    else return null
  }
  if (sums === 0) return null
  const count = countOf(texts[countAt])
  return { label: texts[countAt], column: countAt, group, scope: group ? 'section' : 'all', count }
}

function countCell(texts: readonly string[], except: number): number | null {
  const at = texts.findIndex((t, c) => c !== except && COUNT.test(t))
  return at < 0 ? null : countOf(texts[at])
}
