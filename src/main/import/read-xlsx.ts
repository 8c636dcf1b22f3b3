/**
 * Rows of an .xlsx through exceljs's streaming WorkbookReader: the workbook is never loaded
 * whole, only the shared strings are kept (as exceljs requires). Styles are not read, so a
 * date arrives as its serial number and is converted by the field that expects a date.
 *
 * exceljs is not given the file to unzip: its reader is handed the parts it needs, in the
 * order it needs them, as streams that yauzl inflates from the entries the first pass checked
 * (xlsx-scan.ts). The workbook and its relationships are written afresh from what that pass
 * read, naming only the wanted sheets, sheet1…N; then the shared strings; then each wanted
 * sheet. Why: exceljs (4.4, with unzipper 0.10) takes the zip's premature 'end' for the end
 * of the parts, so parts it has buffered when the input runs out are silently dropped, and a
 * sheet before the shared strings is spooled to a temporary file. Sheets not wanted (hidden,
 * or not the one chosen) are never inflated or parsed.
 */
import { Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import { FORMULA_WITHOUT_RESULT, type CellValue } from '../../shared/domain/values'
import type { RawRow, Source } from './source'
import type { XlsxInfo } from './xlsx-scan'
import { threadedRows } from './xlsx-thread'
import { corrupt, Zip } from './zip'

interface SheetReader extends AsyncIterable<ExcelJS.Row> {
  id: number | string
  name: string
}

/** The steps of exceljs 4.4's WorkbookReader.parse that follow its unzipping of a part. */
interface ReaderInternals {
  _parseRels(entry: NodeJS.ReadableStream): Promise<void>
  _parseWorkbook(entry: NodeJS.ReadableStream): Promise<void>
  _parseSharedStrings(entry: NodeJS.ReadableStream): AsyncGenerator<unknown>
  _parseWorksheet(iterator: AsyncIterable<unknown>, sheetNo: string): Generator<unknown>
}
const base = ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as ReaderInternals

class PartsReader extends ExcelJS.stream.xlsx.WorkbookReader {
  constructor(
    private readonly zip: Zip,
    private readonly info: XlsxInfo,
    private readonly chosen: number[],
  ) {
    super(Readable.from([]), { worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore' })
  }

  /**
   * exceljs's own parse, minus the unzipping, over the parts listed at the top of this file.
   * exceljs 4.4 decodes each chunk of a part's XML on its own (utils/parse-sax.js), so a Chinese
   * character split across two chunks of the inflated stream would turn into two "�" (exceljs
   * issues #2063, #2084): files with inline strings (written without shared strings, as our own
   * export and many systems do) and large shared-string parts hit it every few thousand rows.
   * So the parts reach its parser already decoded, with the character boundaries respected.
   */
  async *parse(): AsyncGenerator<unknown> {
    const { zip, info, chosen } = this
    await base._parseRels.call(this, Readable.from([relsXml(chosen)]))
    await base._parseWorkbook.call(this, Readable.from([workbookXml(info, chosen)]))
    if (info.sharedStrings) {
      const strings = await zip.stream(info.sharedStrings)
      strings.setEncoding('utf8')
      yield* base._parseSharedStrings.call(this, strings)
    }
    for (const i of chosen) {
      const sheet = await zip.stream(info.sheets[i].entry!)
      try {
        yield* base._parseWorksheet.call(this, decoded(sheet), String(i + 1))
      } finally {
        // Left unread when the caller stops early (a preview).
        sheet.destroy()
      }
    }
  }
}

/**
 * The sheet's XML as whole characters and whole tags (a chunk's unfinished tag waits for the
 * next), with date cells made text cells: some programs write a date as t="d" and ISO text
 * (2015-03-04T00:00:00), which exceljs's streaming reader turns into the number 2015; as text
 * the import reads it as the date it is.
 */
async function* decoded(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8')
  let carry = ''
  for await (const chunk of chunks) {
    const text = carry + (typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }))
    const cut = text.lastIndexOf('>') + 1
    carry = text.slice(cut)
    if (cut > 0) yield dateCellsAsText(text.slice(0, cut))
  }
  const rest = carry + decoder.decode()
  if (rest) yield dateCellsAsText(rest)
}

const DATE_CELL = /(<c\b[^>]*?\s)t="d"/g

function dateCellsAsText(xml: string): string {
  return xml.includes('t="d"') ? xml.replace(DATE_CELL, '$1t="str"') : xml
}

export function xlsxSource(path: string, file: string, info: XlsxInfo): Source {
  return {
    file,
    format: 'xlsx',
    date1904: info.date1904,
    sheets: info.sheets.map((s) => ({ name: s.name, hidden: s.hidden, merges: s.merges, rows: s.rows })),
    rows: (wanted?: ReadonlySet<number>) =>
      threadedRows({ path, file, info, wanted: wanted ? [...wanted] : null }) ?? xlsxRows(path, file, info, wanted),
  }
}

/** The rows of the wanted sheets, parsed on this thread (the worker runs this too). */
export async function* xlsxRows(
  path: string,
  file: string,
  info: XlsxInfo,
  wanted?: ReadonlySet<number>,
): AsyncGenerator<RawRow> {
  const zip = await Zip.open(path, file)
  const chosen = info.sheets.flatMap((s, i) => (s.entry && (!wanted || wanted.has(i)) ? [i] : []))
  const reader = new PartsReader(zip, info, chosen)
  let sheetName = ''
  let rowNumber = 0
  try {
    for await (const ws of reader as unknown as AsyncIterable<SheetReader>) {
      // Our sheet N is the file's sheet N-1 (see parts below).
      const sheet = Number(ws.id) - 1
      sheetName = info.sheets[sheet]?.name ?? ws.name
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
    zip.close()
  }
}

function relsXml(chosen: number[]): string {
  const rels = chosen
    .map((i) => `<Relationship Id="rId${i + 1}" Type="${NS_R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
    .join('')
  return `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${NS_PKG}">${rels}</Relationships>`
}

function workbookXml(info: XlsxInfo, chosen: number[]): string {
  const sheets = chosen
    .map((i) => `<sheet name="${escapeXml(info.sheets[i].name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('')
  return `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><sheets>${sheets}</sheets></workbook>`
}

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const NS_PKG = 'http://schemas.openxmlformats.org/package/2006/relationships'

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')
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
  // A formula: its last computed value, never the formula itself; when that cannot be read
  // (exceljs drops an error result: #DIV/0!), a marker the import reports.
  if ('formula' in o || 'sharedFormula' in o) {
    const result = o.result
    if (result === undefined || (typeof result === 'number' && Number.isNaN(result))) return FORMULA_WITHOUT_RESULT
    return cellValue(result)
  }
  // An error value (#DIV/0!, #REF!) as the sheet shows it, so the import can say so.
  if (typeof o.error === 'string') return o.error
  if ('text' in o) return cellValue(o.text)
  return null
}
