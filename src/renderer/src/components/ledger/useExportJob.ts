import { useCallback } from 'react'
import type { ExportProgress } from '../../../../shared/ipc/channels/export'
import type { SaveAnswer, SaveRequest } from '../../../../shared/ipc/shell'
import { api } from '../../api'
import { saveBase64 } from '../../lib/download'
import { inShell, saveInShell } from '../../lib/shell'
import { useJob, type JobChannels } from '../../lib/useJob'

const EXPORT_JOB: JobChannels<ExportProgress> = {
  progress: (jobId) => api.export.progress({ jobId }),
  cancel: (jobId) => api.export.cancel({ jobId }),
  pollMs: 300,
}

export type ExportRequest = Extract<SaveRequest, { what: 'export:view' | 'export:layout' }>

/** An export, in the browser: main returns the file and it leaves as a download. */
async function download(req: ExportRequest): Promise<SaveAnswer> {
  const file = req.what === 'export:view' ? await api.export.view(req.input) : await api.export.layout(req.input)
  saveBase64(file)
  return { saved: true, fileName: file.fileName, rows: file.rows }
}

/**
 * One export at a time, with a progress bar and 取消 (main streams the rows; the call itself
 * waits for the whole file). In the desktop app main writes it where the user picks in the
 * system save dialog; in a browser it goes to the download. Never to a path the page names.
 */
export function useExportJob() {
  const { run: runJob, cancel, running, progress } = useJob(EXPORT_JOB)
  const run = useCallback(
    (request: (jobId: string) => ExportRequest): Promise<SaveAnswer> =>
      runJob((jobId) => (inShell() ? saveInShell(request(jobId)) : download(request(jobId)))),
    [runJob],
  )
  const percent = progress && progress.totalRows > 0 ? Math.floor((progress.rowsWritten / progress.totalRows) * 100) : 0
  return { run, cancel, running, progress, percent }
}
