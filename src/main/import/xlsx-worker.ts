/**
 * The worker side of xlsx-thread.ts: parses the job's sheets with the same reader the main
 * thread would use and sends the rows in batches, never more than a few ahead of the reader;
 * or, for an import, runs its whole per-row work (pipeline.ts) and sends the events.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { AppError } from '../errors'
import { xlsxRows } from './read-xlsx'
import { pipelineEvents } from './pipeline'
import { AHEAD, BATCH, type PipelineWork, type WorkerMessage, type XlsxJob } from './xlsx-thread'

const port = parentPort!
const job = workerData as XlsxJob | PipelineWork
// This is the reader thread: the pipeline's reader runs here rather than start another.
process.env.BIZLEDGER_IMPORT_THREAD = '0'
let credit = AHEAD
let resume: (() => void) | null = null
port.on('message', () => {
  credit++
  resume?.()
})

const send = (m: WorkerMessage<unknown>) => port.postMessage(m)

async function flush(rows: unknown[]) {
  while (credit === 0) await new Promise<void>((r) => (resume = r))
  resume = null
  credit--
  send({ type: 'rows', rows })
}

async function main() {
  try {
    let batch: unknown[] = []
    const items =
      'pipeline' in job
        ? pipelineEvents(job.pipeline)
        : xlsxRows(job.path, job.file, job.info, job.wanted ? new Set(job.wanted) : undefined)
    for await (const row of items) {
      batch.push(row)
      if (batch.length === BATCH) {
        await flush(batch)
        batch = []
      }
    }
    if (batch.length > 0) await flush(batch)
    send({ type: 'end' })
  } catch (e) {
    send({ type: 'error', code: e instanceof AppError ? e.code : 'CORRUPT', message: (e as Error).message })
  }
}

void main()
