/**
 * The import, end to end: open and check the file; on the reader thread find the table,
 * convert each row and (for the firm directory) validate its record (pipeline.ts); here,
 * write the rows in one transaction, through the ledgers' audited services or, for the firm
 * directory, set-based (kinds/firm-bulk.ts); and report. The CLI and the app's channels both
 * call this; a dry run does everything and then rolls back.
 */
import { randomUUID } from 'node:crypto'
import { fieldOf, type ImportKind } from '../../shared/domain/fields'
import type { ImportMode, ImportProgress, ImportReport } from '../../shared/ipc/channels/import'
import type { LedgerDeps } from '../core/deps'
import { AppError } from '../errors'
import { rememberMapping, rememberedMappings, saveBatch } from './batches'
import { ImportFailure } from './failure'
import { headerSignature } from './header'
import { handlerFor } from './kinds'
import type { KindContext } from './kinds/common'
import { DEFAULT_LIMITS, type ImportLimits } from './limits'
import { Links } from './links'
import { readMarker } from './marker'
import { openSource } from './open'
import { ReportBuilder } from './report'
import { ImportSession } from './session'
import { pipelineEvents, type PipelineJob } from './pipeline'
import type { SheetTable } from './table'
import { TotalsCheck } from './totals'
import { threadedPipeline } from './xlsx-thread'

export interface RunOptions {
  path: string
  kind: ImportKind
  sheet?: string
  mode?: ImportMode
  dryRun?: boolean
  flagBadCodes?: boolean
  /** The first sheet's header row, when the user pointed at it. */
  headerRow?: number
  /** A field key (or null) per column of the first sheet, as the user confirmed it. */
  mapping?: readonly (string | null)[]
  /** The file has no header row (a registry scrape): columns by `mapping`, else guessed from values. */
  noHeader?: boolean
  limits?: Partial<ImportLimits>
  signal?: AbortSignal
  onProgress?: (p: ImportProgress) => void
}

/** Rows between two looks at the cancel button (and two progress reports). */
const YIELD_EVERY = 500

export async function runImport(backend: LedgerDeps, opts: RunOptions): Promise<ImportReport> {
  const limits = { ...DEFAULT_LIMITS, ...opts.limits }
  const started = new Date().toISOString()
  const source = await openSource(opts.path, limits, opts.signal)
  const report = new ReportBuilder(source.file)
  const batchId = randomUUID()
  const session = new ImportSession(backend, batchId)
  const mode = opts.mode ?? 'upsert'
  const ctx: KindContext = {
    kind: opts.kind,
    backend,
    links: new Links(backend, report, () => session.savepointNow()),
    report,
    session,
    mode,
    marker: await readMarker(source),
  }
  const handler = handlerFor(ctx)
  const totalRows = source.sheets.every((s) => s.rows !== null)
    ? source.sheets.reduce((n, s) => n + (s.rows ?? 0), 0)
    : null
  const progress = (phase: ImportProgress['phase']) =>
    opts.onProgress?.({ phase, rowsRead: report.rowsRead, totalRows })
  const tables: SheetTable[] = []
  const totals = new TotalsCheck(opts.kind)
  let dataRows = 0
  /** Table events handled, for the cancel checks. */
  let seen = 0
  let at = { sheet: '', row: 0 }

  session.begin()
  try {
    const job: PipelineJob = {
      path: opts.path,
      kind: opts.kind,
      sheet: opts.sheet,
      headerRow: opts.headerRow,
      noHeader: opts.noHeader,
      mapping: opts.mapping,
      remembered: rememberedMappings(backend.db, opts.kind),
      flagBadCodes: opts.flagBadCodes ?? false,
      limits,
    }
    const events = threadedPipeline(job) ?? pipelineEvents(job)
    for await (const ev of events) {
      if (ev.type === 'sheet') {
        tables[ev.table.sheet] = ev.table
        report.sheets.push(ev.table.name)
        if (!ev.table.header.none) report.headerRow ??= ev.table.header.row
        describeColumns(report, ev.table)
        continue
      }
      if (ev.type === 'ignored') {
        report.warning({ sheet: source.sheets[ev.sheet].name, row: 1 }, null, null, ev.reason)
        continue
      }
      const table = tables[ev.sheet]
      at = { sheet: table.name, row: ev.row }
      const n = ev.type === 'skip' ? ev.count : 1
      report.rowsRead += n
      if (++seen % YIELD_EVERY === 0) {
        if (opts.signal?.aborted) throw cancelled()
        progress('writing')
        // Let the app's other messages (the cancel button among them) through.
        await new Promise((resolve) => setImmediate(resolve))
      }
      if (ev.type === 'skip') {
        if (ev.total) totals.totalRow(table, at, ev.total, source.date1904)
        report.skipped += n
        if (ev.reason) report.warning(at, null, null, `${ev.reason},已跳过`)
        continue
      }
      if (++dataRows > limits.maxRows) {
        throw new ImportFailure(
          'TOO_MANY_ROWS',
          `文件“${source.file}”的数据超过单次导入上限 ${limits.maxRows} 行(在工作表“${at.sheet}”第${at.row}行)。请拆分成几个文件后分批导入。`,
        )
      }
      handler.row({ ...ev.converted, at, cells: ev.cells, firm: ev.firm })
      totals.dataRow(table, at, ev.converted.values)
    }
    if (opts.signal?.aborted) throw cancelled()
    handler.finish()
    report.totals = totals.build((place) => report.failed(place))
    const result = report.build(opts.kind, opts.dryRun ? null : batchId, opts.dryRun ?? false)
    if (opts.dryRun) session.rollback()
    else {
      saveBatch(
        backend.db,
        { id: batchId, file: source.file, kind: opts.kind, mode, actor: backend.audit.actor, startedAt: started },
        report,
        result.created,
      )
      for (const t of tables) {
        // A headerless file's columns have no names to remember a mapping by.
        if (t && !t.header.none)
          rememberMapping(backend.db, headerSignature(opts.kind, t.header.texts), opts.kind, mappingOf(t))
      }
      session.commit()
    }
    progress('done')
    return result
  } catch (e) {
    session.rollback()
    throw explain(e, source.file, at)
  }
}

function cancelled(): ImportFailure {
  return new ImportFailure('CANCELLED', '导入已取消,数据库未作任何修改。')
}

/** The mapping of a sheet as stored: a field key (or null) per column. */
function mappingOf(t: SheetTable): (string | null)[] {
  const out: (string | null)[] = []
  for (const c of [...t.columns, ...t.duplicates]) out[c.index] = c.field
  return Array.from(out, (v) => v ?? null)
}

function describeColumns(report: ReportBuilder, t: SheetTable) {
  const at = { sheet: t.name, row: t.header.row }
  if (t.header.none) {
    const read = t.columns.map(
      (c) => `${c.header}→${c.field ? (fieldOf(t.header.kind, c.field)?.label ?? c.field) : '不导入'}`,
    )
    report.warning({ ...at, row: 1 }, null, null, `文件没有表头,各列读作:${read.join(',')}`)
    return
  }
  if (t.differs) report.warning(at, null, null, `工作表“${t.name}”${t.differs},已按它自己的表头一并导入`)
  for (const c of t.duplicates) {
    report.warning(at, c, c.header, '与前面的列对应同一字段,本列未导入')
  }
  for (const c of t.columns) {
    if (c.refused) report.warning(at, c, c.header, c.refused)
    else if (!c.field && !/^(序号|编号|no\.?|#)$/i.test(c.header))
      report.warning(at, c, c.header, '未能对应到任何字段,本列未导入')
  }
}

/** Anything that stops an import becomes one Chinese sentence naming the file and where. */
function explain(e: unknown, file: string, at: { sheet: string; row: number }): AppError {
  if (e instanceof ImportFailure) return e
  const where = at.row ? `(工作表“${at.sheet}”第${at.row}行)` : ''
  const code = (e as { code?: string }).code
  if (code === 'SQLITE_BUSY')
    return new ImportFailure('BUSY', `数据库正被其他程序占用,导入“${file}”未进行,请稍后重试。`)
  if (code === 'SQLITE_FULL') return new ImportFailure('DISK_FULL', `磁盘已满,导入“${file}”已撤回,数据库未作任何修改。`)
  const message = e instanceof Error ? e.message : String(e)
  return new ImportFailure('FAILED', `导入“${file}”时出错${where},已撤回全部修改:${message}`)
}
