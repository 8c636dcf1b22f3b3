/**
 * The current view of a grid, as a file: the same rows the grid shows (its filters, quick
 * search, scope and sort, through the grid's own query building), in its visible columns and
 * their order, streamed from SQLite one row at a time.
 */
import type { CsvEncoding, ExportFormat } from '../../shared/ipc/channels/export'
import type { GridWhere, SortModel } from '../../shared/ipc/grid'
import type { Deps } from '../core/deps'
import type { LedgerName } from '../ledgers'
import type { ExportColumn } from './columns'
import { CsvFile } from './csv'
import { Ticker, type ExportJob } from './progress'
import { writeAtomically } from './target'
import { XlsxBook } from './xlsx'

/** What this module uses of the ledger's services (src/main/core/deps.ts). */
type ViewDeps = Pick<Deps, 'grids'>

export interface ViewExport {
  ledger: LedgerName
  where?: GridWhere
  sort?: SortModel
  columns: readonly ExportColumn[]
  format: ExportFormat
  encoding?: CsvEncoding
  title?: string
  /** The sheet's name (xlsx). */
  sheetName: string
}

/** Writes the view to `path` (through a temporary file); returns the number of records. */
export async function exportView(backend: ViewDeps, v: ViewExport, path: string, job: ExportJob = {}): Promise<number> {
  const grid = backend.grids[v.ledger]
  const where = v.where ?? {}
  const ticker = new Ticker(job, grid.count(where))
  const rows = grid.rows(
    where,
    v.sort,
    v.columns.map((c) => c.field),
  )
  await writeAtomically(path, async (tmp) => {
    try {
      if (v.format === 'csv') await writeCsv(tmp, v, rows, ticker)
      else await writeXlsx(tmp, v, rows, ticker)
    } finally {
      rows.return(undefined) // frees the connection when the writing stopped half way
    }
  })
  ticker.done()
  return ticker.rows
}

async function writeXlsx(tmp: string, v: ViewExport, rows: Iterable<Record<string, unknown>>, ticker: Ticker) {
  const book = new XlsxBook(tmp)
  try {
    const sheet = book.sheet({ name: v.sheetName, columns: v.columns, title: v.title?.trim() || undefined })
    for (const r of rows) {
      sheet.record(r)
      await ticker.tick()
    }
    ticker.check()
    sheet.finish()
    await book.commit()
  } catch (e) {
    await book.destroy()
    throw e
  }
}

async function writeCsv(tmp: string, v: ViewExport, rows: Iterable<Record<string, unknown>>, ticker: Ticker) {
  const csv = new CsvFile(tmp, v.encoding ?? 'utf8', v.columns)
  try {
    const title = v.title?.trim()
    if (title) await csv.line([title])
    await csv.line(v.columns.map((c) => c.header))
    for (const r of rows) {
      await csv.record(r)
      await ticker.tick()
    }
    ticker.check()
    await csv.close()
  } catch (e) {
    await csv.destroy()
    throw e
  }
}
