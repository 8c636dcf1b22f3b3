import { useCallback, useEffect, useRef, useState } from 'react'

/** How a kind of long job (an export, an import) is followed; a module-level constant, so the hook's callbacks stay stable. */
export interface JobChannels<P> {
  /** How far the job has got; null before main has started it or after it ended. */
  progress: (jobId: string) => Promise<P | null>
  /** Asks main to stop the job; the call that started it then fails. */
  cancel: (jobId: string) => Promise<unknown>
  /** How often the progress bar asks. */
  pollMs: number
}

/**
 * One long job at a time. Main runs it under a job id of our choosing, so while the call that
 * started it is still waiting the page can poll its progress and cancel it. run() resolves or
 * rejects as that call does; the caller says what success and failure mean to the user.
 */
export function useJob<P>(channels: JobChannels<P>) {
  const [progress, setProgress] = useState<P | null>(null)
  const [running, setRunning] = useState(false)
  const job = useRef<string | null>(null)
  const timer = useRef<ReturnType<typeof setInterval> | null>(null)

  const stopPolling = useCallback(() => {
    if (timer.current) clearInterval(timer.current)
    timer.current = null
  }, [])
  // Leaving the page stops the polling; the job itself runs on in main until it ends.
  useEffect(() => stopPolling, [stopPolling])

  const run = useCallback(
    async <R>(start: (jobId: string) => Promise<R>): Promise<R> => {
      const jobId = crypto.randomUUID()
      job.current = jobId
      setRunning(true)
      setProgress(null)
      timer.current = setInterval(() => {
        // A late answer about an earlier job must not move this one's bar; a missed poll is no error.
        channels.progress(jobId).then(
          (p) => p && job.current === jobId && setProgress(p),
          () => undefined,
        )
      }, channels.pollMs)
      try {
        return await start(jobId)
      } finally {
        stopPolling()
        job.current = null
        setRunning(false)
      }
    },
    [channels, stopPolling],
  )

  const cancel = useCallback(() => {
    if (job.current) void channels.cancel(job.current)
  }, [channels])

  return { run, cancel, running, progress }
}
