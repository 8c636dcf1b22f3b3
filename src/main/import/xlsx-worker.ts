/**
 * The worker side of xlsx-thread.ts: parses the job's sheets with the same reader the main
 * thread would use and sends the rows in batches, never more than a few ahead of the reader.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { AppError } from '../errors'
import { xlsxRows } from './read-xlsx'
import type { RawRow } from './source'
import { AHEAD, BATCH, type WorkerMessage, type XlsxJob } from './xlsx-thread'

const port = parentPort!
const job = workerData as XlsxJob
let credit = AHEAD
let resume: (() => void) | null = null
port.on('message', () => {
  credit++
  resume?.()
})

const send = (m: WorkerMessage) => port.postMessage(m)

async function flush(rows: RawRow[]) {
  while (credit === 0) await new Promise<void>((r) => (resume = r))
  resume = null
  credit--
  send({ type: 'rows', rows })
}

async function main() {
  try {
    let batch: RawRow[] = []
    for await (const row of xlsxRows(job.path, job.file, job.info, job.wanted ? new Set(job.wanted) : undefined)) {
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
