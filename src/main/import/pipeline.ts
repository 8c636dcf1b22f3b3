/**
 * Everything an import does to a row before the database: read the file, find each sheet's
 * table, convert every cell, and for the firm directory validate the record and work out its
 * pinyin (kinds/firm-rows.ts). It runs on the import's worker thread (xlsx-thread.ts), so the
 * main thread only writes: per row it holds a few map lookups and one INSERT into the staging
 * table. Where no worker can start (the unit tests' runner), the same generator runs inline.
 *
 * The worker cannot ask the ledger which column mapping a header was given last time, so the
 * kind's remembered mappings travel with the job (a few rows of import_mapping).
 */
import type { ImportKind } from '../../shared/domain/fields'
import type { CellValue } from '../../shared/domain/values'
import { convertRow, type ConvertedRow } from './convert'
import { headerSignature } from './header'
import { prepareFirm, type PreparedFirm } from './kinds/firm-rows'
import type { ImportLimits } from './limits'
import { openSource } from './open'
import { readTable, type TableEvent } from './table'

export interface PipelineJob {
  path: string
  kind: ImportKind
  sheet?: string
  headerRow?: number
  /** The file has no header row: columns by `mapping`, else guessed from their values. */
  noHeader?: boolean
  /** The first sheet's mapping as the user confirmed it. */
  mapping?: readonly (string | null)[]
  /** Header signature → mapping, as the ledger remembers them (batches.ts). */
  remembered: Record<string, (string | null)[]>
  flagBadCodes: boolean
  limits: ImportLimits
}

export type PipelineEvent =
  | Exclude<TableEvent, { type: 'row' }>
  | {
      type: 'row'
      sheet: number
      row: number
      cells: CellValue[]
      converted: ConvertedRow
      /** The firm directory's record, validated and ready to stage. */
      firm?: PreparedFirm
    }

export async function* pipelineEvents(job: PipelineJob): AsyncGenerator<PipelineEvent> {
  const source = await openSource(job.path, job.limits)
  const columnsOf: Parameters<typeof convertRow>[1][] = []
  const events = readTable(source, {
    kind: job.kind,
    sheet: job.sheet,
    headerRow: job.headerRow,
    noHeader: job.noHeader,
    mappingFor: (kind, texts, likeFirst) =>
      (likeFirst ? job.mapping : undefined) ?? job.remembered[headerSignature(kind, texts)],
  })
  const opts = { date1904: source.date1904, flagBadCodes: job.flagBadCodes }
  for await (const ev of events) {
    if (ev.type === 'sheet') columnsOf[ev.table.sheet] = ev.table.columns
    if (ev.type !== 'row') {
      yield ev
      continue
    }
    const converted = convertRow(job.kind, columnsOf[ev.sheet], ev.cells, opts)
    const firm =
      job.kind === 'enterprises' && converted.errors.length === 0 ? prepareFirm(converted, ev.cells) : undefined
    yield { ...ev, converted, firm }
  }
}
