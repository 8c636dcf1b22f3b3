/**
 * The import's channels. A run is a job the caller names (jobId) so that it can ask for
 * progress and press cancel while the run's own call is still waiting for its report.
 *
 * A run on a database file writes through a connection of its own: its transaction stays open
 * across the file's reading, and on the app's shared connection every other call made in the
 * meantime (a grid refresh, an edit) would run inside it, see half an import, and be rolled
 * back with it on cancel. On its own connection the app keeps reading the committed ledger
 * (WAL) and another write waits for the import, as it would for any other program.
 */
import type { ImportProgress, ImportRunInput } from '../../shared/ipc/channels/import'
import type { Deps, LedgerDeps } from '../core/deps'
import { backupFolder, makeBackup } from '../backup/store'
import { AppError } from '../errors'
import { listBatches, undoBatch } from './batches'
import { problemsWorkbook } from './problems'
import { ImportFailure } from './failure'
import { previewImport, type PreviewOptions } from './preview'
import { runImport } from './run'

/** What this module uses of the ledger's services (src/main/core/deps.ts). */
type ImportDeps = LedgerDeps & Pick<Deps, 'uploads' | 'file'>

interface Job {
  controller: AbortController
  progress: ImportProgress
}

const jobs = new Map<string, Job>()

/** Handlers of the channels in src/shared/ipc/channels/import.ts. */
export function importHandlers(backend: ImportDeps): Record<string, (input: never) => unknown> {
  return {
    'import:preview': (i: Omit<PreviewOptions, 'path'> & { file: string }) => {
      const { file, ...rest } = i
      return previewImport(backend, { ...rest, path: backend.uploads.path(file) })
    },

    'import:run': async (i: ImportRunInput) => {
      const path = backend.uploads.path(i.file)
      if (i.jobId && jobs.has(i.jobId)) throw new AppError('CONFLICT', '该导入任务已在进行。')
      const job: Job = {
        controller: new AbortController(),
        progress: { phase: 'reading', rowsRead: 0, totalRows: null },
      }
      if (i.jobId) jobs.set(i.jobId, job)
      try {
        // A copy of the ledger as it was, before every import that writes (a dry run does not).
        if (!i.dryRun && backend.file.path !== ':memory:') {
          await makeBackup(backend.db, backupFolder(backend.file.path), 'import')
        }
        return await backend.file.withOwnConnection((b) =>
          runImport(b, {
            path,
            kind: i.kind,
            sheet: i.sheet,
            headerRow: i.headerRow,
            mode: i.mode,
            mapping: i.mapping,
            dryRun: i.dryRun,
            flagBadCodes: i.flagBadCodes,
            noHeader: i.noHeader,
            signal: job.controller.signal,
            onProgress: (p) => (job.progress = p),
          }),
        )
      } finally {
        if (i.jobId) jobs.delete(i.jobId)
      }
    },

    'import:progress': (i: { jobId: string }) => jobs.get(i.jobId)?.progress ?? null,

    'import:cancel': (i: { jobId: string }) => {
      const job = jobs.get(i.jobId)
      job?.controller.abort()
      return { cancelled: job !== undefined }
    },

    'import:batches': (i?: { limit?: number }) => listBatches(backend.db, i?.limit),

    'import:undo': (i: { batchId: string }) => {
      if (jobs.size > 0) throw new ImportFailure('BUSY', '有导入正在进行,请等它完成后再撤销。')
      return undoBatch(backend, i.batchId)
    },

    'import:errorWorkbook': async (i: { batchId: string }) => {
      const { fileName, bytes } = await problemsWorkbook(backend.db, i.batchId)
      return { fileName, base64: bytes.toString('base64') }
    },
  }
}
