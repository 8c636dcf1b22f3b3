/**
 * A file that carries its own 小计/合计 rows says what it holds: so many 户, so much money. The
 * import checks itself against them, group by group and in all, and says whether they agree
 * (文件合计 1,400 万元,与导入的 120 条之和一致) or where they differ. Office staff otherwise
 * add the column up by hand after every import.
 */
import { fieldOf, type ImportKind } from '../../shared/domain/fields'
import type { ImportTotals, ImportTotalsGroup } from '../../shared/ipc/channels/import'
import { convertRow, type FieldValue } from './convert'
import type { Column } from './header'
import type { Place } from './report'
import type { SheetTable, TotalRow } from './table'

interface DataRow {
  at: Place
  /** Money column index → yuan; kept small, as there is one per row of the file. */
  amounts: Map<number, number> | null
}

/** Rows `from` (inclusive) to `to` of a sheet's list: no copy per total, however many there are. */
interface Span {
  rows: DataRow[]
  from: number
  to: number
}

interface Check {
  at: Place
  total: TotalRow
  /** Money column index → yuan, as the file states it. */
  file: Map<number, number>
  columns: Column[]
  /** The rows the label says it sums, and the other reading of a bare 合计. */
  scoped: Span
  other: Span | null
}

const EPSILON = 0.005

export class TotalsCheck {
  private readonly rows = new Map<number, DataRow[]>()
  /** Per sheet: where the rows since the last subtotal start. */
  private readonly cut = new Map<number, number>()
  private readonly checks: Check[] = []
  private readonly money = new WeakMap<SheetTable, Column[]>()

  constructor(private readonly kind: ImportKind) {}

  /** A data row, with its converted values. */
  dataRow(table: SheetTable, at: Place, values: ReadonlyMap<string, FieldValue>): void {
    let amounts: Map<number, number> | null = null
    for (const c of this.moneyColumns(table)) {
      const yuan = this.yuan(c, values.get(c.field!))
      if (yuan !== null) (amounts ??= new Map()).set(c.index, yuan)
    }
    this.sheetRows(table.sheet).push({ at: { sheet: at.sheet, row: at.row }, amounts })
  }

  /** A subtotal or total row: what it states, and the rows it may mean. */
  totalRow(table: SheetTable, at: Place, total: TotalRow, date1904: boolean): void {
    const columns = this.moneyColumns(table)
    const converted = convertRow(this.kind, columns, total.cells, { date1904, flagBadCodes: false })
    const file = new Map<number, number>()
    for (const c of columns) {
      const yuan = this.yuan(c, converted.values.get(c.field!))
      if (yuan !== null) file.set(c.index, yuan)
    }
    const rows = this.sheetRows(table.sheet)
    const all: Span = { rows, from: 0, to: rows.length }
    const section: Span = { rows, from: this.cut.get(table.sheet) ?? 0, to: rows.length }
    this.cut.set(table.sheet, rows.length)
    if (file.size === 0 && total.count === null) return
    this.checks.push({
      at: { ...at },
      total,
      file,
      columns,
      scoped: total.scope === 'section' ? section : all,
      // A bare 合计 closing each group (no 小计 in the file) sums its own section.
      other: total.scope === 'all' && section.from > 0 ? section : null,
    })
  }

  /** The comparison, once every row is written; `failed` tells rows that were not imported. */
  build(failed: (at: Place) => boolean): ImportTotals | undefined {
    if (this.checks.length === 0) return undefined
    const groups = this.checks.map((c) => this.compare(c, failed))
    const agrees = groups.every((g) => g.agrees)
    return { agrees, summary: summary(groups, agrees), groups }
  }

  private compare(c: Check, failed: (at: Place) => boolean): ImportTotalsGroup {
    const states = (rows: readonly DataRow[]) => matches(c, rows, rows.length)
    const span = (x: Span) => x.rows.slice(x.from, x.to)
    const scoped = span(c.scoped)
    const other = c.other && span(c.other)
    const rows = !states(scoped) && other && states(other) ? other : scoped
    const imported = rows.filter((r) => !failed(r.at))
    const amounts = c.columns
      .filter((col) => c.file.has(col.index))
      .map((col) => ({ column: col.header, file: c.file.get(col.index)!, imported: sum(imported, col.index) }))
    const group = c.total.group || (rows === other || c.total.scope === 'section' ? sectionName(rows) : '全部')
    const agrees = matches(c, imported, imported.length)
    // The file adds up, but some of its rows were refused: say which, so the user knows where to look.
    const refused = rows.filter((r) => failed(r.at))
    const why =
      !agrees && refused.length > 0 && states(rows)
        ? `;文件本身的合计无误,差额来自未导入的 ${refused.length} 行(第${refused
            .slice(0, 5)
            .map((r) => r.at.row)
            .join('、')}行${refused.length > 5 ? '等' : ''})`
        : ''
    return {
      sheet: c.at.sheet,
      row: c.at.row,
      label: c.total.label,
      group,
      fileCount: c.total.count,
      importedCount: imported.length,
      amounts,
      agrees,
      text: describe(group, c.total.count, imported.length, amounts, agrees) + why,
    }
  }

  private moneyColumns(table: SheetTable): Column[] {
    let list = this.money.get(table)
    if (!list) {
      list = table.columns.filter((c) => c.field && fieldOf(this.kind, c.field)?.type === 'money')
      this.money.set(table, list)
    }
    return list
  }

  private yuan(c: Column, v: FieldValue | undefined): number | null {
    if (typeof v !== 'number') return null
    return fieldOf(this.kind, c.field!)?.unit === '万元' ? v * 10_000 : v
  }

  private sheetRows(sheet: number): DataRow[] {
    let list = this.rows.get(sheet)
    if (!list) this.rows.set(sheet, (list = []))
    return list
  }
}

function sum(rows: readonly DataRow[], column: number): number {
  return rows.reduce((n, r) => n + (r.amounts?.get(column) ?? 0), 0)
}

function matches(c: Check, rows: readonly DataRow[], count: number): boolean {
  if (c.total.count !== null && c.total.count !== count) return false
  for (const [col, v] of c.file) if (Math.abs(sum(rows, col) - v) > EPSILON) return false
  return true
}

function sectionName(rows: readonly DataRow[]): string {
  if (rows.length === 0) return '(无数据行)'
  return `第${rows[0].at.row}–${rows[rows.length - 1].at.row}行`
}

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })

/** 1,400 万元 / 8,000 元: as the office writes sums. */
export function money(yuan: number): string {
  return Math.abs(yuan) >= 10_000 ? `${NUMBER.format(yuan / 10_000)} 万元` : `${NUMBER.format(yuan)} 元`
}

type Amounts = ImportTotalsGroup['amounts']

function figures(count: number | null, unit: string, amounts: Amounts, pick: 'file' | 'imported'): string {
  const parts = count === null ? [] : [`${count} ${unit}`]
  for (const a of amounts) {
    const v = a[pick]
    if (v !== null) parts.push(amounts.length > 1 ? `${a.column} ${money(v)}` : money(v))
  }
  return parts.join('、')
}

function describe(group: string, fileCount: number | null, imported: number, amounts: Amounts, agrees: boolean) {
  const file = figures(fileCount, '户', amounts, 'file')
  if (agrees) return `${group}:文件 ${file},与导入的 ${imported} 条之和一致`
  const diffs: string[] = []
  if (fileCount !== null && fileCount !== imported) diffs.push(`${fileCount - imported} 条`)
  for (const a of amounts) {
    if (a.file !== null && Math.abs(a.file - a.imported) > EPSILON)
      diffs.push(`${amounts.length > 1 ? a.column + ' ' : ''}${money(a.file - a.imported)}`)
  }
  return `${group}:文件 ${file},导入 ${figures(imported, '条', amounts, 'imported')},相差 ${diffs.join('、')}`
}

function summary(groups: readonly ImportTotalsGroup[], agrees: boolean): string {
  const grand = groups.filter((g) => g.group === '全部').at(-1)
  if (agrees) {
    if (grand) {
      const figs = figures(null, '', grand.amounts, 'file') || `${grand.fileCount} 户`
      return `文件合计 ${figs},与导入的 ${grand.importedCount} 条之和一致`
    }
    return `文件中的 ${groups.length} 个小计与导入的各组之和一致`
  }
  const off = groups.filter((g) => !g.agrees)
  return `文件的合计与导入的不一致(${off.length} 处):${off.map((g) => g.text).join(';')}`
}
