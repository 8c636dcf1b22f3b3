/**
 * CSV as Excel in Chinese expects it: UTF-8 with a BOM by default (without one Excel reads
 * the bytes as GBK and shows mojibake), or GBK for older tools, written as GB18030 so a rare
 * character is kept rather than turned into "?" (every GBK character is the same in both).
 * Rows are encoded in chunks and written with the stream's back-pressure respected.
 */
import { createWriteStream, type WriteStream } from 'node:fs'
import { once } from 'node:events'
import iconv from 'iconv-lite'
import { guardCsvText } from '../../shared/domain/cell-text'
import type { CsvEncoding } from '../../shared/ipc/channels/export'
import { recordCell, type Cell } from './cells'
import type { ExportColumn } from './columns'
import { closed } from './target'

const BOM = Buffer.from([0xef, 0xbb, 0xbf])
const CHUNK = 256 * 1024

/** One field, quoted when it holds a separator, a quote or a line break. */
function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * A cell's text. Text that looks like a formula gets its guard apostrophe; a code or phone of
 * digits only is written ="…", which Excel shows as text with its leading zeros (and the
 * import reads back as the digits).
 */
export function csvCell(c: Cell, kind: ExportColumn['kind']): string {
  if (c === null) return ''
  if (c.t === 'n') return String(c.v)
  if (c.t === 'd') return c.iso
  if (kind === 'code' && /^\d{6,}$/.test(c.v)) return `="${c.v}"`
  return field(guardCsvText(c.v))
}

export class CsvFile {
  private readonly out: WriteStream
  private buffer = ''
  private failed: Error | null = null

  constructor(
    path: string,
    private readonly encoding: CsvEncoding,
    private readonly columns: readonly ExportColumn[],
  ) {
    this.out = createWriteStream(path)
    this.out.on('error', (e) => (this.failed = e))
    if (encoding === 'utf8') this.out.write(BOM)
  }

  /** A line of plain texts (title, header). */
  async line(texts: readonly string[]): Promise<void> {
    this.buffer += texts.map((t) => field(guardCsvText(t))).join(',') + '\r\n'
    await this.maybeFlush()
  }

  async record(record: Record<string, unknown>): Promise<void> {
    let line = ''
    for (let i = 0; i < this.columns.length; i++) {
      const c = this.columns[i]
      if (i > 0) line += ','
      line += csvCell(recordCell(c, record), c.kind)
    }
    this.buffer += line + '\r\n'
    await this.maybeFlush()
  }

  private async maybeFlush(): Promise<void> {
    if (this.buffer.length >= CHUNK) await this.flush()
  }

  private async flush(): Promise<void> {
    if (this.failed) throw this.failed
    if (this.buffer === '') return
    const bytes = this.encoding === 'gbk' ? iconv.encode(this.buffer, 'gb18030') : Buffer.from(this.buffer, 'utf8')
    this.buffer = ''
    if (!this.out.write(bytes)) await once(this.out, 'drain')
  }

  async close(): Promise<void> {
    await this.flush()
    this.out.end()
    await once(this.out, 'close')
    if (this.failed) throw this.failed
  }

  /** Stops writing (the export failed) and closes the file: the caller removes it. */
  async destroy(): Promise<void> {
    await closed(this.out)
  }
}
