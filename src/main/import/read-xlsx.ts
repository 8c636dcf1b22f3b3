/**
 * Rows of an .xlsx through exceljs's streaming WorkbookReader: the workbook is never loaded
 * whole, only the shared strings are kept (as exceljs requires). Styles are not read, so a
 * date arrives as its serial number and is converted by the field that expects a date.
 */
import ExcelJS from 'exceljs'
import type { CellValue } from '../../shared/domain/values'
import { corrupt } from './zip'
import type { RawRow, Source } from './source'
import type { XlsxInfo } from './xlsx-scan'

interface SheetReader extends AsyncIterable<ExcelJS.Row> {
  name: string
}

export function xlsxSource(path: string, file: string, info: XlsxInfo): Source {
  const index = new Map(info.sheets.map((s, i) => [s.name, i]))
  return {
    file,
    format: 'xlsx',
    date1904: info.date1904,
    sheets: info.sheets.map((s) => ({ name: s.name, hidden: s.hidden, merges: s.merges, rows: s.rows })),
    async *rows(wanted?: ReadonlySet<number>): AsyncIterable<RawRow> {
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
        worksheets: 'emit',
        sharedStrings: 'cache',
        hyperlinks: 'ignore',
        styles: 'ignore',
        entries: 'ignore',
      })
      let sheetName = ''
      let rowNumber = 0
      try {
        for await (const ws of reader as unknown as AsyncIterable<SheetReader>) {
          const sheet = index.get(ws.name)
          sheetName = ws.name
          if (sheet === undefined || (wanted && !wanted.has(sheet))) continue
          for await (const row of ws) {
            rowNumber = row.number
            yield { sheet, row: row.number, cells: cellsOf(row.values as unknown[]) }
          }
          rowNumber = 0
        }
      } catch (e) {
        const where = sheetName ? `工作表“${sheetName}”${rowNumber ? `第${rowNumber}行之后` : ''}` : '工作簿'
        throw corrupt(file, `${where}无法解析:${(e as Error).message}`)
      } finally {
        // Stopping early (a preview) must not leave the file open.
        ;(reader as unknown as { stream?: { destroy(): void } }).stream?.destroy()
      }
    },
  }
}

/** exceljs's row.values is 1-based and sparse; ours is 0-based with nulls. */
function cellsOf(values: unknown[]): CellValue[] {
  const out: CellValue[] = new Array(Math.max(0, values.length - 1))
  for (let i = 1; i < values.length; i++) out[i - 1] = cellValue(values[i])
  return out
}

function cellValue(v: unknown): CellValue {
  if (v === undefined || v === null) return null
  switch (typeof v) {
    case 'string':
    case 'number':
    case 'boolean':
      return v
  }
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10)
  const o = v as Record<string, unknown>
  if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((r) => r.text ?? '').join('')
  // A formula: its last computed value, never the formula itself.
  if ('formula' in o || 'sharedFormula' in o) return cellValue(o.result)
  if ('text' in o) return cellValue(o.text)
  if ('error' in o) return null
  return null
}
