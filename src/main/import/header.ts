/**
 * Finding the header in a sheet as people make them: title rows, a 填报单位/制表日期 line and
 * blank rows above it; sometimes two rows, the upper one merged across a group
 * (企业诉求 over 诉求内容 / 诉求类别 / 办理情况), or a row of units under it (元, (年/月/日)).
 * The header is the row (or pair of rows) whose cells name the most fields of the ledger, with
 * the ledger's key columns among them.
 */
import {
  IMPORT_FIELDS,
  IMPORT_KINDS,
  matchHeader,
  normaliseHeader,
  readUnit,
  scoreHeaders,
  type ImportKind,
} from '../../shared/domain/fields'
import { normaliseText, type CellValue, type MoneyUnit } from '../../shared/domain/values'
import { columnLetter, type Range } from './merges'

export interface Column {
  /** 0-based. */
  index: number
  /** As the sheet names it: A, B, … */
  letter: string
  /** The header text (both rows of a two-row header, flattened). */
  header: string
  /** The field this column fills, or null when it is not imported. */
  field: string | null
  /** A money unit the header names: bare numbers in the column are in it. */
  unit: MoneyUnit | null
  /** Why a column naming a field is not imported (its amounts are in a foreign currency). */
  refused: string | null
}

export interface Header {
  kind: ImportKind
  /** The sheet row of the (first) header row. */
  row: number
  depth: 1 | 2
  texts: string[]
  score: number
  /** The file has no header row: `texts` name the columns by place (第3列), `row` is 0. */
  none?: boolean
}

interface Candidate {
  row: number
  cells: CellValue[]
}

/** Looks for the header in the first rows of a sheet; `kind` null lets the headers decide. */
export function detectHeader(
  rows: readonly Candidate[],
  merges: readonly Range[],
  kind: ImportKind | null,
): Header | null {
  const kinds = kind ? [kind] : IMPORT_KINDS
  let best: Header | null = null
  const consider = (h: Header) => {
    if (h.score > 0 && (!best || h.score > best.score)) best = h
  }
  for (let i = 0; i < rows.length; i++) {
    const upper = rows[i].cells.map(normaliseText)
    if (upper.every((t) => t === '')) continue
    const next = rows[i + 1]
    // A row holding what only data holds (a code, a phone number, a 序号, a date, an amount) is
    // the first data row, never a second header row: read as one, its firm would be lost
    // without a word whenever one of its values happened to name a field (法人 under 备注).
    const lower =
      next && next.row === rows[i].row + 1 && !next.cells.some(looksLikeData) ? next.cells.map(normaliseText) : null
    // A units row (元 under 注册资本) belongs to the header: without it 元 would be read as 万元.
    const units = lower !== null && isUnitsRow(upper, lower)
    for (const k of kinds) {
      const texts = units ? flatten(k, upper, lower) : upper
      const single: Header = { kind: k, row: rows[i].row, depth: units ? 2 : 1, texts, score: scoreHeaders(k, texts) }
      consider(single)
      if (lower && !units && looksGrouped(upper, lower, merges, rows[i].row)) {
        const texts = flatten(k, fillGroups(upper, lower, merges, rows[i].row), lower)
        const score = scoreHeaders(k, texts)
        // Two rows only when together they name more than either alone (a first data row under
        // the header adds nothing, nor does a title above it), or as much as the lower one
        // when merged cells tie them (the lower row then holds the upper's filled values).
        const below = scoreHeaders(k, lower)
        const tied = merges.some((m) => m.top === rows[i].row && m.bottom > m.top)
        if (score > single.score && (score > below || (score === below && tied))) {
          consider({ kind: k, row: rows[i].row, depth: 2, texts, score })
        }
      }
    }
  }
  return best
}

/** Values only data holds, as typed or as Excel stores them. */
const DATA_VALUES = [
  /^[0-9A-Z]{2}\d{6}[0-9A-Z]{10}$/i, // a credit code, valid or not
  /^[+-]?¥?\d[\d,.]*(?:[千万亿]?元|[万亿])?$/, // a 序号, an amount, a phone number, 20150304
  /^\d{4}[/.年]\d{1,2}[/.月]\d{1,2}/, // a date
  /^[^@]+@[^@]+\.[a-z]{2,}$/i, // an e-mail address
]

function looksLikeData(value: CellValue): boolean {
  if (typeof value === 'number' || typeof value === 'boolean') return true
  const t = normaliseText(value).replace(/[\s-]/g, '')
  return DATA_VALUES.some((re) => re.test(t))
}

/**
 * 元, (元), 单位:万元, (年/月/日): a note on the unit or form of the column above, as the
 * bracket to put after its header; null when the text is not one.
 */
function unitNote(text: string): string | null {
  const t = normaliseHeader(text)
  if (/^\([^()]{1,12}\)$/.test(t)) return text
  const { unit, currency } = readUnit(t)
  return unit || currency ? `(${text})` : null
}

/** Each cell of the lower row is blank, the upper one's (merged down) or a unit note under a header. */
function isUnitsRow(upper: string[], lower: string[]): boolean {
  let notes = 0
  for (let c = 0; c < lower.length; c++) {
    const l = lower[c]
    if (l === '' || l === upper[c]) continue
    if (!upper[c] || !unitNote(l)) return false
    notes++
  }
  return notes > 0
}

/** The upper row has a cell merged across columns, or blanks above named lower cells. */
function looksGrouped(upper: string[], lower: string[], merges: readonly Range[], row: number): boolean {
  if (merges.some((m) => m.top === row && m.right > m.left)) return true
  return lower.some((t, c) => t !== '' && (upper[c] ?? '') === '')
}

/** Gives each column under a merged (or centred-across) upper cell that cell's text. */
function fillGroups(upper: string[], lower: string[], merges: readonly Range[], row: number): string[] {
  const out = upper.slice()
  for (const m of merges) {
    if (m.top !== row || m.right === m.left) continue
    for (let c = m.left; c < m.right; c++) out[c] = out[c] || upper[m.left - 1] || ''
  }
  // Without merge information (CSV): a blank upper cell continues the group to its left
  // as long as the lower row goes on naming columns.
  let group = ''
  const width = Math.max(out.length, lower.length)
  for (let c = 0; c < width; c++) {
    if ((lower[c] ?? '') === '') group = ''
    else if ((out[c] ?? '') !== '') group = out[c]
    else out[c] = group
  }
  return out
}

function flatten(kind: ImportKind, upper: string[], lower: string[]): string[] {
  const width = Math.max(upper.length, lower.length)
  const out: string[] = []
  for (let c = 0; c < width; c++) {
    const u = upper[c] ?? ''
    const l = lower[c] ?? ''
    // 注册资本 over 元 is 注册资本(元), whose unit matchHeader reads.
    const note = unitNote(l)
    if (l === '' || l === u) out.push(u)
    else if (u === '') out.push(l)
    else if (note) out.push(u + note)
    else out.push([u + l, l, u].find((t) => matchHeader(kind, t)) ?? l)
  }
  return out
}

export interface Mapped {
  columns: Column[]
  /** Columns naming a field an earlier column already fills: not imported, and said so. */
  duplicates: Column[]
}

/**
 * Columns to fields. `override` (the user's choice, or one remembered for these headers) gives
 * a field key, or null, per column; otherwise each header is matched by name and synonym.
 */
export function mapColumns(kind: ImportKind, texts: readonly string[], override?: readonly (string | null)[]): Mapped {
  const known = new Set(IMPORT_FIELDS[kind].map((f) => f.key))
  const used = new Set<string>()
  const columns: Column[] = []
  const duplicates: Column[] = []
  texts.forEach((header, index) => {
    if (header === '') return
    const m = matchHeader(kind, header)
    // 100 万美元 is not 100 万元, and no rate is right for every row: such a column is left out,
    // and the report says why, rather than stored as 人民币 off by the exchange rate. A column
    // the user maps by hand is theirs (the preview shows what would be stored).
    const guessed = m && !m.currency ? m.spec.key : null
    const wanted = override ? (override[index] ?? null) : guessed
    const field = wanted && known.has(wanted) ? wanted : null
    const col: Column = {
      index,
      letter: columnLetter(index + 1),
      header,
      field,
      unit: field && m?.spec.key === field ? m.unit : null,
      refused:
        m?.currency && !field ? `金额以${m.currency}计,不能当作人民币读入,本列未导入;请折算成人民币后再导入` : null,
    }
    if (field && used.has(field)) duplicates.push({ ...col, field: null })
    else {
      if (field) used.add(field)
      columns.push(col)
    }
  })
  return { columns, duplicates }
}

/** Headers reduced for comparison: the same table whatever the spacing or brackets. */
export function headerSignature(kind: ImportKind, texts: readonly string[]): string {
  const trimmed = texts.map(normaliseHeader)
  while (trimmed.length > 0 && trimmed[trimmed.length - 1] === '') trimmed.pop()
  return `${kind}|${trimmed.join('|')}`
}
