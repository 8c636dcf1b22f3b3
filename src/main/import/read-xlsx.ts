/**
 * Rows of an .xlsx through exceljs's streaming WorkbookReader: the workbook is never loaded
 * whole, only the shared strings are kept (as exceljs requires). Styles are not read, so a
 * date arrives as its serial number and is converted by the field that expects a date.
 *
 * exceljs is not handed the file itself but the parts it needs, re-ordered, as a zip stream:
 * the workbook and its relationships (written afresh from what the first pass read, the sheets
 * named sheet1…N), the shared strings, the wanted sheets (their compressed bytes copied as
 * they are), then 1 MB of padding. Why: exceljs (4.4, with unzipper 0.10) takes the zip's
 * premature 'end' for the end of the parts, so the parts unzipper has already buffered when
 * the input runs out are silently dropped: with the workbook part last (as exceljs itself
 * writes it) the read fails, and with the shared strings last a sheet would read as blanks.
 * Behind the padding nothing real is ever in that buffer. The order also spares exceljs
 * spooling every sheet to a temporary file while it waits for the shared strings, and sheets
 * not wanted (hidden, or not the one chosen) are never unzipped or parsed.
 */
import { open } from 'node:fs/promises'
import { Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import { FORMULA_WITHOUT_RESULT, type CellValue } from '../../shared/domain/values'
import type { RawRow, Source } from './source'
import type { XlsxInfo } from './xlsx-scan'
import { threadedRows } from './xlsx-thread'
import { copiedEntry, corrupt, storedEntry } from './zip'

interface SheetReader extends AsyncIterable<ExcelJS.Row> {
  id: number | string
  name: string
}

const PADDING = 1024 * 1024

/**
 * exceljs 4.4 decodes each chunk of a part's XML on its own (utils/parse-sax.js), so a Chinese
 * character split across two chunks of the inflated stream turns into two "�" (exceljs issues
 * #2063, #2084). Files with inline strings (written without shared strings, as our own export
 * and many systems do) and large shared-string parts hit it every few thousand rows. The
 * parts are handed to its parser already decoded, with the character boundaries respected.
 */
interface ReaderInternals {
  _parseSharedStrings(entry: NodeJS.ReadableStream): unknown
  _parseWorksheet(iterator: AsyncIterable<unknown>, sheetNo: number): unknown
}
const base = ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as ReaderInternals

class WholeCharReader extends ExcelJS.stream.xlsx.WorkbookReader implements ReaderInternals {
  _parseSharedStrings(entry: NodeJS.ReadableStream): unknown {
    entry.setEncoding('utf8')
    return base._parseSharedStrings.call(this, entry)
  }

  _parseWorksheet(iterator: AsyncIterable<unknown>, sheetNo: number): unknown {
    return base._parseWorksheet.call(this, decoded(iterator as AsyncIterable<Uint8Array | string>), sheetNo)
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
  const fh = await open(path, 'r')
  const input = Readable.from(parts(fh, info, wanted), { objectMode: false })
  const reader = new WholeCharReader(input, {
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
    input.destroy()
    await fh.close()
  }
}

async function* parts(
  fh: import('node:fs/promises').FileHandle,
  info: XlsxInfo,
  wanted?: ReadonlySet<number>,
): AsyncGenerator<Buffer> {
  const chosen = info.sheets.flatMap((s, i) => (s.entry && (!wanted || wanted.has(i)) ? [i] : []))
  const sheetList = chosen
    .map((i) => `<sheet name="${escapeXml(info.sheets[i].name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('')
  const rels = chosen
    .map((i) => `<Relationship Id="rId${i + 1}" Type="${NS_R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
    .join('')
  yield storedEntry(
    'xl/_rels/workbook.xml.rels',
    Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${NS_PKG}">${rels}</Relationships>`),
  )
  yield storedEntry(
    'xl/workbook.xml',
    Buffer.from(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><sheets>${sheetList}</sheets></workbook>`,
    ),
  )
  if (info.sharedStrings) yield* copiedEntry(fh, info.sharedStrings, 'xl/sharedStrings.xml')
  for (const i of chosen) yield* copiedEntry(fh, info.sheets[i].entry!, `xl/worksheets/sheet${i + 1}.xml`)
  yield storedEntry('zz-padding.bin', Buffer.alloc(PADDING))
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
