/**
 * From a file's rows to the table's data rows: each sheet's header is found in its first rows,
 * merged cells are filled down, and rows that are not data (blank, 小计/合计, 制表人/审核人
 * footers, a repeated header, a group title) are skipped and said so. Sheets sharing the first
 * sheet's layout are read as one table unless one sheet was chosen.
 */
import { isMarkerSheet, markerKind } from '../../shared/domain/field-workbooks'
import { fieldOf, REQUIRED_COLUMNS, type ImportKind } from '../../shared/domain/fields'
import { normaliseText, type CellValue } from '../../shared/domain/values'
import { ImportFailure } from './failure'
import { guessColumns } from './guess'
import { detectHeader, mapColumns, type Column, type Header } from './header'
import { MergeFiller, type Range } from './merges'
import type { RawRow, Source } from './source'
import { readSubtotal, type Subtotal } from './subtotal'

/** Rows looked at for the header: titles and notes above it never run longer. */
const HEADER_SCAN = 30

export interface SheetTable {
  sheet: number
  name: string
  header: Header
  columns: Column[]
  duplicates: Column[]
  /** How its columns differ from the first sheet's, when they do (多了“备注”). */
  differs?: string
}

export type TableEvent =
  | { type: 'sheet'; table: SheetTable }
  | { type: 'row'; sheet: number; row: number; cells: CellValue[] }
  /** Rows that are not data; `count` blank rows from `row` on when reason is null. */
  | { type: 'skip'; sheet: number; row: number; reason: string | null; count: number; total?: TotalRow }
  | { type: 'ignored'; sheet: number; reason: string }

export interface TableOptions {
  /** Null: guess the ledger from the first sheet's headers. */
  kind: ImportKind | null
  sheet?: string
  /** The header row of the first sheet, when the user pointed at it (depth 1). */
  headerRow?: number
  /** A field key (or null) per column for a sheet with these headers, when one was chosen. */
  mappingFor?: (kind: ImportKind, texts: readonly string[], first: boolean) => readonly (string | null)[] | undefined
  /** The file has no header row: every row is data, each column's field guessed from its values (or mapped). */
  noHeader?: boolean
}

/** A subtotal or total row, with its cells: the file's own sums, to check the import against. */
export interface TotalRow extends Subtotal {
  cells: readonly CellValue[]
}

export const SUBTOTAL_REASON = '合计/小计行'
const GROUP_TITLE = /^[一二三四五六七八九十]+[、.]/
const FOOTER =
  /^(?:制表人|制表|审核人|审核|填表人|填报人|填报单位|填报日期|制表日期|单位负责人|负责人|经办人|注|说明|备注)[::]/

/** Why a row below the header is not data, or undefined when it is. */
export function skipReason(
  cells: readonly CellValue[],
  header: readonly string[],
  mergesAt?: Range[],
  previous?: readonly CellValue[],
): string | null | undefined {
  const texts = cells.map(normaliseText)
  const filled = texts.filter((t) => t !== '')
  if (filled.length === 0) return null
  const compact = filled.map((t) => t.replace(/\s+/g, ''))
  if (readSubtotal(cells, previous)) return SUBTOTAL_REASON
  if (FOOTER.test(compact[0]) || /^(?:制表人|审核人|填表人)/.test(compact[0])) return '表尾(制表人、审核人等)'
  const same = texts.filter((t, c) => t !== '' && t === header[c]).length
  if (same >= 2 && same >= filled.length / 2) return '重复的表头行'
  // 一、重点企业 / 二、一般企业(2家): a group's title over its rows, merged across or not.
  if (filled.length === 1 && (mergesAt?.some((m) => m.right - m.left >= 2) || GROUP_TITLE.test(compact[0])))
    return '分组标题行'
  return undefined
}

export async function* readTable(source: Source, opts: TableOptions): AsyncIterable<TableEvent> {
  const wanted = chosenSheets(source, opts.sheet)
  let first: SheetTable | null = null
  // A field workbook says what it is in the name of its hidden marker sheet.
  let kind = opts.kind ?? markerKind(source.sheets.map((s) => s.name))
  let current = -1
  let buffer: RawRow[] = []
  let table: SheetTable | null = null
  let filler: MergeFiller | null = null
  let titleMerges = new Map<number, Range[]>()
  /** The last row of the current sheet that held something (blank rows are the gaps after it). */
  let lastRow = 0
  /** The current sheet has been looked at and is not part of the table. */
  let passed = false

  const startSheet = (sheet: number) => {
    current = sheet
    buffer = []
    previous = undefined
    table = null
    passed = false
    const merges = source.sheets[sheet].merges
    filler = merges.length ? new MergeFiller(merges) : null
    titleMerges = new Map()
    for (const m of merges) {
      if (m.right > m.left) titleMerges.set(m.top, [...(titleMerges.get(m.top) ?? []), m])
    }
  }

  /** Decides the header of the buffered sheet; yields what that means for its rows. */
  function* settle(): Iterable<TableEvent> {
    const sheet = current
    const name = source.sheets[sheet].name
    const header = opts.noHeader
      ? headless(buffer, kind ?? 'enterprises')
      : ((!first && opts.headerRow && kind ? headerAt(buffer, opts.headerRow, kind) : null) ??
        detectHeader(buffer, source.sheets[sheet].merges, kind) ??
        rememberedHeader(buffer))
    if (!header) {
      yield { type: 'ignored', sheet, reason: `工作表“${name}”中没有找到表头,未导入` }
      buffer = []
      passed = true
      return
    }
    const layout = first ? compareLayout(first, header, kind!) : null
    if (first && layout === null) {
      yield {
        type: 'ignored',
        sheet,
        reason: `工作表“${name}”的表头与“${first.name}”不同,未导入(可用 --sheet 单独导入)`,
      }
      buffer = []
      passed = true
      return
    }
    kind ??= header.kind
    const override =
      opts.mappingFor?.(kind, header.texts, !first || sameTexts(first.header.texts, header.texts)) ??
      (header.none
        ? guessColumns(
            kind,
            buffer.map((r) => r.cells),
            header.texts.length,
          )
        : undefined)
    const { columns, duplicates } = mapColumns(kind, header.texts, override)
    table = { sheet, name, header, columns, duplicates, ...(layout ? { differs: layout } : {}) }
    first ??= table
    yield { type: 'sheet', table }
    lastRow = header.row + header.depth - 1
    const rows = buffer.filter((r) => r.row > lastRow)
    buffer = []
    for (const r of rows) yield* data(r)
  }

  /** The data row above, for a subtotal's group filled down beside its count. */
  let previous: readonly CellValue[] | undefined

  function* data(r: RawRow): Iterable<TableEvent> {
    const reason = skipReason(r.cells, table!.header.texts, titleMerges.get(r.row), previous)
    // Blank rows (stored empty, or not stored at all) count as skipped only between data,
    // not trailing at the sheet's end: they are counted when the next row with content comes.
    if (reason === null) return
    if (r.row > lastRow + 1)
      yield { type: 'skip', sheet: r.sheet, row: lastRow + 1, reason: null, count: r.row - lastRow - 1 }
    lastRow = r.row
    if (reason === SUBTOTAL_REASON) {
      const total = readSubtotal(r.cells, previous)!
      yield { type: 'skip', sheet: r.sheet, row: r.row, reason, count: 1, total: { ...total, cells: r.cells } }
    } else if (reason !== undefined) yield { type: 'skip', sheet: r.sheet, row: r.row, reason, count: 1 }
    else {
      previous = r.cells
      yield { type: 'row', sheet: r.sheet, row: r.row, cells: r.cells }
    }
  }

  /** A row whose headers have a mapping remembered from an earlier import is the header. */
  function rememberedHeader(rows: readonly RawRow[]): Header | null {
    if (!kind || !opts.mappingFor) return null
    for (const r of rows) {
      const texts = r.cells.map(normaliseText)
      if (texts.some((t) => t !== '') && opts.mappingFor(kind, texts, false)) {
        return { kind, row: r.row, depth: 1, texts, score: 1 }
      }
    }
    return null
  }

  // A hidden sheet (an old copy, a lookup list) is read only when chosen; but it is said.
  if (opts.sheet === undefined) {
    for (const [i, s] of source.sheets.entries()) {
      // A field workbook's marker is read on its own (marker.ts): no word about it.
      if (s.hidden && !isMarkerSheet(s.name))
        yield { type: 'ignored', sheet: i, reason: `工作表“${s.name}”是隐藏的,未导入;如需导入,请单独选择它` }
    }
  }
  for await (const raw of source.rows(wanted)) {
    if (raw.sheet !== current) {
      if (current >= 0 && !table && !passed && buffer.length) yield* settle()
      startSheet(raw.sheet)
    }
    // (assigned in startSheet: TypeScript cannot see that across the closure)
    ;(filler as MergeFiller | null)?.fill(raw.row, raw.cells)
    if (table) yield* data(raw)
    else if (!passed) {
      buffer.push(raw)
      if (buffer.length >= HEADER_SCAN) yield* settle()
    }
  }
  if (current >= 0 && !table && !passed && buffer.length) yield* settle()
  if (!first) {
    throw new ImportFailure(
      'NO_HEADER',
      `在文件“${source.file}”中没有找到${opts.kind ? '所选台账' : '可识别'}的表头。请确认表头含有必需的列(如“企业名称”),且位于前 ${HEADER_SCAN} 行内。`,
    )
  }
}

/** The sheets to read: the one chosen, else every visible sheet. */
function chosenSheets(source: Source, sheet: string | undefined): Set<number> {
  if (sheet !== undefined) {
    const i = source.sheets.findIndex((s) => s.name === sheet || s.name.trim() === sheet.trim())
    if (i < 0) {
      const names = source.sheets.map((s) => `“${s.name}”`).join('、')
      throw new ImportFailure('NO_SHEET', `文件“${source.file}”中没有名为“${sheet}”的工作表。现有工作表:${names}。`)
    }
    return new Set([i])
  }
  return new Set(source.sheets.flatMap((s, i) => (s.hidden ? [] : [i])))
}

/** No header row: the columns are named by their place (第3列), and the first row is data. */
function headless(rows: readonly RawRow[], kind: ImportKind): Header {
  const width = rows.reduce((w, r) => Math.max(w, r.cells.length), 0)
  const texts = Array.from({ length: width }, (_, i) => `第${i + 1}列`)
  return { kind, row: 0, depth: 1, texts, score: 0, none: true }
}

function headerAt(rows: readonly RawRow[], row: number, kind: ImportKind): Header | null {
  const r = rows.find((x) => x.row === row)
  return r ? { kind, row, depth: 1, texts: r.cells.map(normaliseText), score: 1 } : null
}

/**
 * Whether a later sheet is part of the first sheet's table: '' when its columns name the same
 * fields; how they differ when it is the same list with a column more or less (a building's
 * sheet with its own 备注): it names the ledger's identifying columns and most of the first
 * sheet's; null for another table (a 汇总, another ledger's sheet). Each sheet is read by its
 * own header either way.
 */
function compareLayout(first: SheetTable, header: Header, kind: ImportKind): string | null {
  if (header.kind !== kind) return null
  const fields = (texts: readonly string[]) =>
    new Set(mapColumns(kind, texts).columns.flatMap((c) => (c.field ? [c.field] : [])))
  const a = fields(first.header.texts)
  const b = fields(header.texts)
  const more = [...b].filter((f) => !a.has(f))
  const fewer = [...a].filter((f) => !b.has(f))
  if (more.length === 0 && fewer.length === 0) return ''
  const shared = a.size - fewer.length
  const identified = REQUIRED_COLUMNS[kind].every((alts) => alts.some((f) => b.has(f)))
  if (!identified || shared < Math.max(2, 0.6 * a.size) || shared < 0.6 * b.size) return null
  const labels = (keys: string[]) => keys.map((k) => `“${fieldOf(kind, k)?.label ?? k}”`).join('、')
  const parts = [more.length ? `多了${labels(more)}` : '', fewer.length ? `少了${labels(fewer)}` : '']
  return `与“${first.name}”相比${parts.filter(Boolean).join(',')}`
}

function sameTexts(a: readonly string[], b: readonly string[]): boolean {
  const trim = (x: readonly string[]) => x.join('|').replace(/\|+$/, '')
  return trim(a) === trim(b)
}
