/**
 * .xlsx through exceljs's streaming writer, without shared strings: rows go to disk as they
 * come, so 100,000 records take no more memory than 1,000. Every sheet gets a bold header row
 * frozen under any title, an auto-filter, widths, and per-column formats; official layouts add
 * borders, wrapped text and A4 print setup (print area, fit to width, repeated header rows).
 *
 * Text is always written as a string cell, never as a formula, whatever it starts with.
 * Styles are shared objects per column: exceljs recognises a style it has seen by identity,
 * which keeps styling from costing anything per cell.
 */
import { once } from 'node:events'
import { createWriteStream, type WriteStream } from 'node:fs'
import ExcelJS from 'exceljs'
import { recordCell, type Cell } from './cells'
import type { ExportColumn } from './columns'
import { closed } from './target'

type Style = Partial<ExcelJS.Style>

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
}
const FONT = { name: '宋体', size: 11 }
const FILL_IN: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } }

const DATE_FORMAT = 'yyyy-mm-dd'
export const MONEY_FORMATS = { 万元: '#,##0.00"万元"', 元: '#,##0.00"元"' } as const

export interface PrintSetup {
  orientation: 'portrait' | 'landscape'
}

export interface SheetOptions {
  name: string
  columns: readonly ExportColumn[]
  /** A title row above everything: 四平路街道企业名录(2026年11月). */
  title?: string
  /** A line between title and header: 填报单位:… 制表日期:… */
  subtitle?: string
  /** Official layouts: borders, wrapped long text, and printing on A4. */
  print?: PrintSetup
  /** Points per data row, for a form with room to write in (and wrapped text to show whole). */
  rowHeight?: number
  /** Lines the subtitle takes (an instructions row): wrapped, that many lines high. */
  subtitleLines?: number
  /**
   * Protect the sheet without a password (nobody is locked out: 审阅 → 撤销工作表保护): cells
   * are locked except in `unlocked` columns. Rows and columns can still be resized, sorted and
   * filtered.
   */
  protect?: boolean
}

/** Column letter of a 1-based column number. */
export function letter(n: number): string {
  let s = ''
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s
  return s
}

interface ColumnStyles {
  text: Style
  number: Style
  date: Style
}

export class XlsxBook {
  private readonly wb: ExcelJS.stream.xlsx.WorkbookWriter
  private readonly out: WriteStream

  constructor(path: string) {
    this.out = createWriteStream(path)
    this.wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: this.out, useSharedStrings: false, useStyles: true })
    this.wb.creator = '营商台账 BizLedger'
  }

  sheet(opts: SheetOptions): XlsxSheet {
    return new XlsxSheet(this.wb, opts)
  }

  /** A hidden sheet of plain text cells (a field workbook's marker and its lists). */
  hiddenSheet(name: string, rows: readonly (readonly string[])[]): void {
    const ws = this.wb.addWorksheet(name, { state: 'hidden' })
    for (const r of rows) ws.addRow([...r]).commit()
    ws.commit()
  }

  /** Finishes the file and closes it (Windows renames no file that is still open). */
  async commit(): Promise<void> {
    await this.wb.commit()
    if (!this.out.closed) await once(this.out, 'close')
  }

  /** Stops writing (the export failed or was cancelled) and lets go of the file, so it can be removed. */
  async destroy(): Promise<void> {
    await closed(this.out)
  }
}

export class XlsxSheet {
  private readonly ws: ExcelJS.Worksheet
  private readonly styles: ColumnStyles[]
  private readonly bordered: boolean
  readonly headerRow: number
  private last: number
  /** The last row handed to exceljs for writing: rows above it can no longer change. */
  private committed = 0
  private readonly width: number

  constructor(
    wb: ExcelJS.stream.xlsx.WorkbookWriter,
    private readonly opts: SheetOptions,
  ) {
    const n = opts.columns.length
    this.width = n
    this.bordered = opts.print !== undefined
    const top = (opts.title ? 1 : 0) + (opts.subtitle ? 1 : 0)
    this.headerRow = top + 1
    this.ws = wb.addWorksheet(opts.name.slice(0, 31), {
      views: [{ state: 'frozen', xSplit: 0, ySplit: this.headerRow, topLeftCell: `A${this.headerRow + 1}` }],
      pageSetup: opts.print && {
        paperSize: 9, // A4
        orientation: opts.print.orientation,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0, // as many pages tall as it takes
        horizontalCentered: true,
        margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
        printTitlesRow: `${this.headerRow}:${this.headerRow}`,
      },
      headerFooter: opts.print && { oddFooter: '&C第 &P 页,共 &N 页', evenFooter: '&C第 &P 页,共 &N 页' },
    })
    this.ws.columns = opts.columns.map((c) => ({ width: c.width }))
    this.styles = opts.columns.map((c) => this.columnStyles(c))
    this.last = 0
    if (opts.title) this.banner(opts.title, { ...FONT, size: 16, bold: true }, 30, 'center')
    if (opts.subtitle) this.banner(opts.subtitle, FONT, 20 * (opts.subtitleLines ?? 1), 'left', !!opts.subtitleLines)
    this.header()
    if (opts.protect) {
      // protect() sets the protection at once; its promise only stands for the password's hash.
      void this.ws.protect('', {
        selectLockedCells: true,
        selectUnlockedCells: true,
        formatColumns: true,
        formatRows: true,
        sort: true,
        autoFilter: true,
      })
    }
  }

  private columnStyles(c: ExportColumn): ColumnStyles {
    const wrap = this.bordered && c.width >= 24
    const alignment: Partial<ExcelJS.Alignment> = this.bordered
      ? { vertical: 'middle', wrapText: wrap }
      : { vertical: 'top' }
    const base: Style = {
      font: FONT,
      alignment,
      ...(this.bordered ? { border: THIN } : {}),
      // The cells to fill stand out: pale yellow, like a paper form's boxes.
      ...(c.unlocked ? { protection: { locked: false }, fill: FILL_IN } : {}),
    }
    const numFmt = c.kind === 'code' ? '@' : c.kind === 'money' && c.unit ? MONEY_FORMATS[c.unit] : undefined
    return {
      text: c.kind === 'code' ? { ...base, numFmt: '@' } : base,
      number: numFmt && c.kind !== 'code' ? { ...base, numFmt } : base,
      date: { ...base, numFmt: DATE_FORMAT },
    }
  }

  private banner(
    text: string,
    font: Partial<ExcelJS.Font>,
    height: number,
    horizontal: 'center' | 'left',
    wrapText = false,
  ) {
    const row = this.ws.getRow(++this.last)
    row.height = height
    const cell = row.getCell(1)
    cell.value = text
    cell.style = { font, alignment: { horizontal, vertical: 'middle', ...(wrapText ? { wrapText } : {}) } }
    if (this.width > 1) this.ws.mergeCells(this.last, 1, this.last, this.width)
  }

  private header() {
    const row = this.ws.getRow(++this.last)
    const style: Style = {
      font: { ...FONT, bold: true },
      alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } },
      border: THIN,
    }
    this.opts.columns.forEach((c, i) => {
      const cell = row.getCell(i + 1)
      cell.value = c.header
      cell.style = style
    })
    row.height = 22
    if (!this.bordered) {
      this.ws.autoFilter = { from: { row: this.headerRow, column: 1 }, to: { row: this.headerRow, column: this.width } }
    }
  }

  /** The next row's number. */
  get nextRow(): number {
    return this.last + 1
  }

  /**
   * Writes a record's cells (values read by each column's field from `record`). Uncommitted
   * rows can still be merged: pass commit=false and call `commit()` after `merge()`.
   */
  record(record: Record<string, unknown>, commit = true): void {
    // The hot path of a 100,000-row export: cells written straight from the values.
    const row = this.ws.getRow(++this.last)
    if (this.opts.rowHeight) row.height = this.opts.rowHeight
    const columns = this.opts.columns
    for (let i = 0; i < this.width; i++) {
      const value = record[columns[i].field]
      const st = this.styles[i]
      if (value === null || value === undefined || value === '') {
        if (this.bordered) row.getCell(i + 1).style = st.text
        continue
      }
      const c = recordCell(columns[i], record)!
      const cell = row.getCell(i + 1)
      cell.value = c.v
      cell.style = c.t === 's' ? st.text : c.t === 'd' ? st.date : st.number
    }
    if (commit) this.commit()
  }

  /** Writes cells already converted (a layout's computed values). */
  cells(cells: readonly Cell[], commit = true, bold = false): void {
    const row = this.ws.getRow(++this.last)
    for (let i = 0; i < this.width; i++) {
      const c = cells[i] ?? null
      const st = this.styles[i]
      if (c === null) {
        if (this.bordered) row.getCell(i + 1).style = bold ? boldOf(st.text) : st.text
        continue
      }
      const cell = row.getCell(i + 1)
      cell.value = c.v
      const style = c.t === 's' ? st.text : c.t === 'd' ? st.date : st.number
      cell.style = bold ? boldOf(style) : style
    }
    if (commit) this.commit()
  }

  /** A 小计/合计 row: a label and, per column, a formula with its value worked out here. */
  totals(cells: readonly (Cell | { formula: string; result: number })[]): void {
    const row = this.ws.getRow(++this.last)
    for (let i = 0; i < this.width; i++) {
      const c = cells[i] ?? null
      const st = this.styles[i]
      const cell = row.getCell(i + 1)
      if (c && 'formula' in c) {
        cell.value = { formula: c.formula, result: c.result }
        cell.style = boldOf(st.number)
      } else {
        if (c) cell.value = c.v
        cell.style = boldOf(c?.t === 'n' ? st.number : st.text)
      }
    }
    this.commit()
  }

  /** A drop-down list or a date range checked on a (1-based) row and column. */
  validate(row: number, column: number, validation: ExcelJS.DataValidation): void {
    // The streaming writer keeps validations apart from the rows and writes them at the end.
    const ws = this.ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }
    ws.dataValidations.add(`${letter(column)}${row}`, validation)
  }

  /** Merges rows top..bottom of a (1-based) column: one visit over its request rows. */
  merge(column: number, top: number, bottom: number): void {
    if (bottom > top) this.ws.mergeCells(top, column, bottom, column)
  }

  /** Commits every row written so far. */
  commit(): void {
    if (this.last <= this.committed) return
    this.ws.getRow(this.last).commit()
    this.committed = this.last
  }

  /** A line under the table: 制表人 / 审核人. */
  footer(text: string): void {
    this.commit()
    this.banner(text, FONT, 24, 'left')
    this.commit()
  }

  finish(): void {
    this.commit()
    if (this.bordered)
      // exceljs puts "$" before each part it is given: A$1 comes out as the absolute $A$1.
      this.ws.pageSetup.printArea = `A$1:${letter(this.width)}$${Math.max(this.last, this.headerRow)}`
    this.ws.commit()
  }
}

const bolds = new WeakMap<Style, Style>()
/** The bold twin of a style, made once so exceljs still recognises it by identity. */
function boldOf(style: Style): Style {
  let b = bolds.get(style)
  if (!b) {
    b = { ...style, font: { ...(style.font ?? FONT), bold: true } }
    bolds.set(style, b)
  }
  return b
}
