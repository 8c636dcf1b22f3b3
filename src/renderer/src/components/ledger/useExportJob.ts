import { useCallback, useEffect, useRef, useState } from 'react'
import type { ExportFile, ExportProgress } from '../../../../shared/ipc/channels/export'
import { api } from '../../api'
import { saveBase64 } from '../../lib/download'

/** How often the progress bar asks main how far the export has got. */
const POLL_MS = 300

/**
 * One export at a time: started with a job id of our choosing so the progress bar can follow
 * it (main streams the rows; the call itself waits for the whole file) and 取消 can stop it.
 * The finished file goes to the browser's download, never to a path the page names.
 */
export function useExportJob() {
  const [progress, setProgress] = useState<ExportProgress | null>(null)
  const [running, setRunning] = useState(false)
  const job = useRef<string | null>(null)
  const timer = useRef<ReturnType<typeof setInterval> | null>(null)

  const stopPolling = () => {
    if (timer.current) clearInterval(timer.current)
    timer.current = null
  }
  useEffect(() => stopPolling, [])

  const run = useCallback(async (start: (jobId: string) => Promise<ExportFile>): Promise<ExportFile> => {
    const jobId = `export-${Date.now()}-${Math.random().toString(36).slice(2, 10)}`
    job.current = jobId
    setRunning(true)
    setProgress(null)
    timer.current = setInterval(() => {
      void api.export.progress({ jobId }).then((p) => p && job.current === jobId && setProgress(p))
    }, POLL_MS)
    try {
      const file = await start(jobId)
      saveBase64(file)
      return file
    } finally {
      stopPolling()
      job.current = null
      setRunning(false)
    }
  }, [])

  const cancel = useCallback(() => {
    if (job.current) void api.export.cancel({ jobId: job.current })
  }, [])

  const percent = progress && progress.totalRows > 0 ? Math.floor((progress.rowsWritten / progress.totalRows) * 100) : 0
  return { run, cancel, running, progress, percent }
}
