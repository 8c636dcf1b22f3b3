import { setImmediate as nextTurn } from 'node:timers/promises'
import type { ExportProgress } from '../../shared/ipc/channels/export'
import { AppError } from '../errors'

export interface ExportJob {
  signal?: AbortSignal
  onProgress?: (p: ExportProgress) => void
}

/** Rows between two progress reports, two looks at the cancel button and two turns of the event loop. */
const EVERY = 1000

/**
 * Counts written records. Every thousand it reports, checks for cancel and lets the event loop
 * turn: the file stream drains (memory stays flat) and the app answers the progress bar.
 */
export class Ticker {
  rows = 0

  constructor(
    private readonly job: ExportJob,
    readonly total: number,
  ) {
    job.onProgress?.({ rowsWritten: 0, totalRows: total })
  }

  async tick(): Promise<void> {
    if (++this.rows % EVERY !== 0) return
    this.check()
    this.job.onProgress?.({ rowsWritten: this.rows, totalRows: this.total })
    await nextTurn()
  }

  check(): void {
    if (this.job.signal?.aborted) throw new AppError('CANCELLED', '导出已取消,未生成文件。')
  }

  done(): void {
    this.job.onProgress?.({ rowsWritten: this.rows, totalRows: this.total })
  }
}
