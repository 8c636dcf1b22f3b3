/**
 * A spreadsheet file opened for import: its sheets (known before any row is read) and its
 * rows, streamed. The .xlsx and the .csv readers both produce this, so everything after
 * reading (finding the table, mapping, converting, writing) is the same for both.
 */
import type { CellValue } from '../../shared/domain/values'
import type { Range } from './merges'

export interface SheetMeta {
  name: string
  hidden: boolean
  merges: Range[]
  /** Rows holding any cell, when the format tells before reading (for progress). */
  rows: number | null
}

export interface RawRow {
  /** Index into `Source.sheets`. */
  sheet: number
  /** The row number the spreadsheet shows. */
  row: number
  /** By column, 0-based; missing cells are null. */
  cells: CellValue[]
}

export interface Source {
  /** The file's name as the user knows it (no folder), for messages. */
  file: string
  format: 'xlsx' | 'csv'
  sheets: SheetMeta[]
  /** Serial day numbers count from 1904 (old Mac workbooks). */
  date1904: boolean
  /** How the bytes were decoded (CSV only). */
  encoding?: string
  /** Rows of the sheets in `wanted` (all when omitted), sheet after sheet, in order. */
  rows(wanted?: ReadonlySet<number>): AsyncIterable<RawRow>
}
