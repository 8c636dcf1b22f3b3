/**
 * The export's channels. An export is a job the caller names (jobId) so the page can ask for
 * progress, or cancel, while the export's own call is waiting for the file.
 *
 * An export of a database file reads through a connection of its own: rows are streamed with
 * the event loop turning between batches, and on the app's shared connection an edit made in
 * the meantime would find the connection busy with the export's open query. On its own
 * connection the export reads one consistent snapshot (WAL) and the app goes on as usual.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { localToday } from '../../shared/domain/dates'
import { IMPORT_KIND_LABELS } from '../../shared/domain/fields'
import type { ExportFile, ExportLayoutInput, ExportProgress, ExportViewInput } from '../../shared/ipc/channels/export'
import type { Deps } from '../core/deps'
import { AppError } from '../errors'
import { KIND_OF_LEDGER, LEDGERS } from '../ledgers'
import { viewColumns } from './columns'
import { exportLayout, layoutFileName } from './layouts'
import type { ExportJob } from './progress'
import { exportView } from './view'

/** What this module uses of the ledger's services (src/main/core/deps.ts). */
type ExportDeps = Pick<Deps, 'db' | 'grids' | 'settings' | 'file'>

interface Job {
  controller: AbortController
  progress: ExportProgress
}

const jobs = new Map<string, Job>()

/** No character Windows refuses in a file name. */
function safeName(name: string): string {
  return name.replace(/[\\/:*?"<>|]/g, '_')
}

/** Runs one export into a private temporary folder and returns the file's bytes. */
async function runJob(
  backend: ExportDeps,
  jobId: string | undefined,
  fileName: string,
  write: (b: ExportDeps, path: string, job: ExportJob) => Promise<number>,
): Promise<ExportFile> {
  if (jobId && jobs.has(jobId)) throw new AppError('CONFLICT', '该导出任务已在进行。')
  const job: Job = { controller: new AbortController(), progress: { rowsWritten: 0, totalRows: 0 } }
  if (jobId) jobs.set(jobId, job)
  const dir = mkdtempSync(join(tmpdir(), 'bizledger-export-'))
  try {
    const path = join(dir, fileName)
    const rows = await backend.file.withOwnConnection((b) =>
      write(b, path, { signal: job.controller.signal, onProgress: (p) => (job.progress = p) }),
    )
    return { fileName, base64: readFileSync(path).toString('base64'), rows }
  } finally {
    rmSync(dir, { recursive: true, force: true })
    if (jobId) jobs.delete(jobId)
  }
}

/** 企业名录 for a ledger the import knows, else the ledger's own name. */
function ledgerTitle(ledger: ExportViewInput['ledger']): string {
  const kind = KIND_OF_LEDGER[ledger]
  return kind ? IMPORT_KIND_LABELS[kind] : LEDGERS[ledger].label
}

/** Handlers of the channels in src/shared/ipc/channels/export.ts. */
export function exportHandlers(backend: ExportDeps): Record<string, (input: never) => unknown> {
  return {
    'export:view': (i: ExportViewInput) => {
      const what = ledgerTitle(i.ledger)
      const fileName = safeName(`${what}-${localToday()}.${i.format}`)
      return runJob(backend, i.jobId, fileName, (b, path, job) =>
        exportView(
          b,
          {
            ledger: i.ledger,
            where: i.where,
            sort: i.sort,
            columns: viewColumns(i.ledger, i.columns),
            format: i.format,
            encoding: i.encoding,
            title: i.title,
            sheetName: safeName(what),
          },
          path,
          job,
        ),
      )
    },

    'export:layout': (i: ExportLayoutInput) =>
      runJob(backend, i.jobId, layoutFileName(backend, i), (b, path, job) => exportLayout(b, i, path, job)),

    'export:progress': (i: { jobId: string }) => jobs.get(i.jobId)?.progress ?? null,

    'export:cancel': (i: { jobId: string }) => {
      const job = jobs.get(i.jobId)
      job?.controller.abort()
      return { cancelled: job !== undefined }
    },
  }
}
