import { useCallback } from 'react'
import type { ExportFile, ExportProgress } from '../../../../shared/ipc/channels/export'
import { api } from '../../api'
import { saveBase64 } from '../../lib/download'
import { useJob, type JobChannels } from '../../lib/useJob'

const EXPORT_JOB: JobChannels<ExportProgress> = {
  progress: (jobId) => api.export.progress({ jobId }),
  cancel: (jobId) => api.export.cancel({ jobId }),
  pollMs: 300,
}

/**
 * One export at a time, with a progress bar and 取消 (main streams the rows; the call itself
 * waits for the whole file). The finished file goes to the browser's download, never to a
 * path the page names.
 */
export function useExportJob() {
  const { run: runJob, cancel, running, progress } = useJob(EXPORT_JOB)
  const run = useCallback(
    async (start: (jobId: string) => Promise<ExportFile>): Promise<ExportFile> => {
      const file = await runJob(start)
      saveBase64(file)
      return file
    },
    [runJob],
  )
  const percent = progress && progress.totalRows > 0 ? Math.floor((progress.rowsWritten / progress.totalRows) * 100) : 0
  return { run, cancel, running, progress, percent }
}
