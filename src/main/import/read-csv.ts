/**
 * Rows of a CSV (or tab-separated text) file, streamed. The encoding is found without asking:
 * a BOM says it; otherwise bytes that are not valid UTF-8 mean GBK/GB18030, as WPS and Excel
 * save "CSV" on a Chinese Windows. Row numbers count records, as Excel numbers the rows when it
 * opens the file (a quoted cell spanning lines is still one row).
 */
import { createReadStream } from 'node:fs'
import type { FileHandle } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import { unguardCsvText } from '../../shared/domain/cell-text'
import type { CellValue } from '../../shared/domain/values'
import { ImportFailure } from './failure'
import type { RawRow, Source } from './source'

const SAMPLE = 256 * 1024
/** Longer than any real cell: a quote that is never closed swallows the rest of the file. */
const MAX_CELL = 100_000

export interface Encoding {
  name: 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be'
  bom: number
}

export function detectEncoding(sample: Uint8Array): Encoding {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return { name: 'utf-8', bom: 3 }
  if (sample[0] === 0xff && sample[1] === 0xfe) return { name: 'utf-16le', bom: 2 }
  if (sample[0] === 0xfe && sample[1] === 0xff) return { name: 'utf-16be', bom: 2 }
  try {
    // stream: a character cut at the end of the sample is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true })
    return { name: 'utf-8', bom: 0 }
  } catch {
    return { name: 'gb18030', bom: 0 }
  }
}

/** The separator the first lines use most: comma, tab (WPS "文本文件") or semicolon. */
export function detectDelimiter(text: string): string {
  const lines = text.split(/\r?\n/, 10).filter((l) => l.trim() !== '')
  let best = ','
  let bestCount = 0
  for (const d of [',', '\t', ';']) {
    const count = lines.reduce((n, l) => n + countOutsideQuotes(l, d), 0)
    if (count > bestCount) {
      best = d
      bestCount = count
    }
  }
  return best
}

function countOutsideQuotes(line: string, d: string): number {
  let n = 0
  let quoted = false
  for (const c of line) {
    if (c === '"') quoted = !quoted
    else if (c === d && !quoted) n++
  }
  return n
}

export async function csvSource(path: string, fh: FileHandle): Promise<Source> {
  const file = basename(path)
  const sample = Buffer.alloc(SAMPLE)
  const { bytesRead } = await fh.read(sample, 0, SAMPLE, 0)
  const head = sample.subarray(0, bytesRead)
  const encoding = detectEncoding(head)
  const delimiter = detectDelimiter(new TextDecoder(encoding.name).decode(head.subarray(encoding.bom)))
  return {
    file,
    format: 'csv',
    date1904: false,
    encoding: encoding.name === 'gb18030' ? 'GBK/GB18030' : encoding.name.toUpperCase(),
    sheets: [{ name: basename(file, extname(file)), hidden: false, merges: [], rows: null }],
    rows: (wanted) => (wanted && !wanted.has(0) ? empty() : readRows(path, file, encoding, delimiter)),
  }
}

async function* empty(): AsyncIterable<RawRow> {}

async function* readRows(path: string, file: string, encoding: Encoding, delimiter: string): AsyncIterable<RawRow> {
  const decoder = new TextDecoder(encoding.name, { fatal: encoding.name === 'utf-8' })
  const parser = new CsvParser(delimiter.charCodeAt(0), file)
  const stream = createReadStream(path, { start: encoding.bom, highWaterMark: 1 << 16 })
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let text: string
      try {
        text = decoder.decode(chunk, { stream: true })
      } catch {
        throw new ImportFailure(
          'CORRUPT',
          `文件“${file}”第${parser.row + 1}行附近的文字编码与文件开头不一致(混有 UTF-8 与 GBK),请用 Excel 或 WPS 打开后另存为 .xlsx 再导入。`,
        )
      }
      yield* parser.push(text)
    }
    yield* parser.push(decoder.decode())
    yield* parser.end()
  } finally {
    stream.destroy()
  }
}

const QUOTE = 34
const CR = 13
const LF = 10

/** RFC 4180 with the usual leniencies, fed text in pieces. */
class CsvParser {
  row = 0
  private cells: CellValue[] = []
  private field = ''
  private quoted = false
  /** A quote inside a quoted field: either the closing one or the first of a doubled pair. */
  private quoteSeen = false
  private skipLf = false
  private rowHasContent = false

  constructor(
    private readonly delimiter: number,
    private readonly file: string,
  ) {}

  *push(text: string): Iterable<RawRow> {
    let start = 0
    const n = text.length
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i)
      if (this.skipLf) {
        this.skipLf = false
        if (c === LF) {
          start = i + 1
          continue
        }
      }
      if (this.quoted) {
        if (this.quoteSeen) {
          this.quoteSeen = false
          if (c === QUOTE) {
            this.field += '"'
            start = i + 1
            continue
          }
          this.quoted = false // the quote closed the field; fall through to this character
        } else {
          if (c === QUOTE) {
            this.field += text.slice(start, i)
            this.quoteSeen = true
            start = i + 1
          }
          continue
        }
      }
      if (c === QUOTE && this.field === '' && start === i) {
        this.quoted = true
        this.rowHasContent = true
        start = i + 1
      } else if (c === this.delimiter) {
        this.endField(text.slice(start, i))
        start = i + 1
      } else if (c === LF || c === CR) {
        this.endField(text.slice(start, i))
        yield this.endRow()
        this.skipLf = c === CR
        start = i + 1
      }
    }
    if (start < n) this.field += text.slice(start)
    if (this.field.length > MAX_CELL) {
      throw new ImportFailure(
        'CORRUPT',
        `文件“${this.file}”第${this.row + 1}行第${this.cells.length + 1}列的内容过长,可能是引号没有配对,请检查该行。`,
      )
    }
  }

  *end(): Iterable<RawRow> {
    if (this.quoted && !this.quoteSeen) {
      throw new ImportFailure(
        'CORRUPT',
        `文件“${this.file}”第${this.row + 1}行第${this.cells.length + 1}列的引号没有配对,文件可能不完整。`,
      )
    }
    this.quoted = false
    if (this.field !== '' || this.cells.length > 0) {
      this.endField('')
      yield this.endRow()
    }
  }

  private endField(rest: string) {
    const raw = this.field + rest
    this.field = ''
    this.quoted = false
    this.quoteSeen = false
    if (raw !== '') this.rowHasContent = true
    // ="0123": how systems keep leading zeros of codes when they export CSV for Excel.
    // '=…: the guard our CSV export (or a careful clerk) puts before text that looks like a formula.
    const unwrapped =
      raw.length >= 3 && raw.startsWith('="') && raw.endsWith('"') ? raw.slice(2, -1) : unguardCsvText(raw)
    this.cells.push(unwrapped === '' ? null : unwrapped)
  }

  private endRow(): RawRow {
    this.row++
    const cells = this.rowHasContent ? this.cells : []
    this.cells = []
    this.rowHasContent = false
    return { sheet: 0, row: this.row, cells }
  }
}
