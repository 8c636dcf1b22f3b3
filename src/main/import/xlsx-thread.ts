/**
 * An .xlsx is parsed on a worker thread while this thread converts and writes the rows it has
 * already received: unzipping and XML parsing cost as much as everything else an import does,
 * and on two cores the two halves overlap instead of adding up. The main process also stays
 * free to answer the window (progress, cancel) while a large file is read.
 *
 * Rows come in batches, with at most a few batches in flight, so a slow writer never lets the
 * worker's rows pile up in memory. Where no worker can be started (the unit tests' runner
 * cannot load a TypeScript worker) the caller parses on its own thread with the same code.
 */
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { basename, join } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { PipelineEvent, PipelineJob } from './pipeline'
import type { RawRow } from './source'
import type { XlsxInfo } from './xlsx-scan'
import { corrupt } from './zip'
import { ImportFailure } from './failure'

export interface XlsxJob {
  path: string
  file: string
  info: XlsxInfo
  /** Sheet indexes, or null for all. */
  wanted: number[] | null
}

/** The whole of an import's per-row work (pipeline.ts), rather than the rows alone. */
export interface PipelineWork {
  pipeline: PipelineJob
}

export type WorkerMessage<T = RawRow> =
  { type: 'rows'; rows: T[] } | { type: 'end' } | { type: 'error'; code: string; message: string }

/** Rows per message, and messages the worker may send ahead of the reader. */
export const BATCH = 500
export const AHEAD = 4

/** The worker's script: built beside the main bundle, or the source when TypeScript can be loaded. */
function workerScript(): string | null {
  // In the build this module may sit in a shared chunk (out/main/chunks) below the worker.
  for (const built of [join(__dirname, 'xlsx-worker.js'), join(__dirname, '..', 'xlsx-worker.js')]) {
    if (existsSync(built)) return built
  }
  const source = join(__dirname, 'xlsx-worker.ts')
  // tsx passes its loader to worker threads through execArgv; other runners do not.
  const tsxLoaded = process.execArgv.some((a) => a.includes('tsx'))
  return tsxLoaded && existsSync(source) ? source : null
}

/** The rows, parsed on a worker thread; null when no worker can run here. */
export function threadedRows(job: XlsxJob): AsyncGenerator<RawRow> | null {
  if (process.env.BIZLEDGER_IMPORT_THREAD === '0') return null
  const script = workerScript()
  return script ? itemsFrom<RawRow>(script, job, job.file, workerHeapMb(job.info)) : null
}

/**
 * An import's events, read, converted and validated on a worker thread; null when no worker
 * can run here. Its heap holds what the reader holds plus a few batches of converted rows.
 */
export function threadedPipeline(job: PipelineJob): AsyncGenerator<PipelineEvent> | null {
  if (process.env.BIZLEDGER_IMPORT_THREAD === '0') return null
  const script = workerScript()
  const work: PipelineWork = { pipeline: job }
  return script ? itemsFrom<PipelineEvent>(script, work, basename(job.path), PIPELINE_HEAP_MB) : null
}

/** Measured at 100,000 firm rows: well inside it, and the process's peak stays under 500 MB. */
const PIPELINE_HEAP_MB = 384

/**
 * The worker's heap: what it must hold (the shared strings, which exceljs keeps whole, at up
 * to twice their XML's size once they are strings) and room to parse. Left at V8's default
 * (gigabytes) it lets garbage pile up: a 100,000-row import peaked at 390–490 MB; capped,
 * at ~370 MB, no slower.
 */
export function workerHeapMb(info: XlsxInfo): number {
  const strings = info.sharedStrings?.uncompressedSize ?? 0
  return Math.max(256, 192 + Math.ceil((2 * strings) / 1024 / 1024))
}

/** A built script runs as it is; the TypeScript source through tsx's require hook. */
function startWorker(script: string, job: XlsxJob | PipelineWork, heapMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: heapMb }
  if (script.endsWith('.js')) return new Worker(script, { workerData: job, resourceLimits })
  // Spelled at run time so the bundler never tries to pull the dev-only loader into the app.
  const tsx = createRequire(__filename).resolve(['tsx', 'cjs', 'api'].join('/'))
  const boot = `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(script)})`
  return new Worker(boot, { eval: true, workerData: job, resourceLimits })
}

async function* itemsFrom<T>(
  script: string,
  job: XlsxJob | PipelineWork,
  file: string,
  heapMb: number,
): AsyncGenerator<T> {
  const worker = startWorker(script, job, heapMb)
  const inbox: (WorkerMessage<T> | { type: 'exit' })[] = []
  let wake: (() => void) | null = null
  const deliver = (m: WorkerMessage<T> | { type: 'exit' }) => {
    inbox.push(m)
    wake?.()
  }
  worker.on('message', deliver)
  worker.on('error', (e: Error & { code?: string }) =>
    deliver(
      e.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? {
            type: 'error',
            code: 'TOO_BIG',
            message: `文件“${file}”太大,读取时内存不足;请拆分成几个文件后分批导入。`,
          }
        : { type: 'error', code: 'CORRUPT', message: e.message },
    ),
  )
  worker.on('exit', () => deliver({ type: 'exit' }))
  try {
    for (;;) {
      while (inbox.length === 0) await new Promise<void>((resolve) => (wake = resolve))
      wake = null
      const m = inbox.shift()!
      if (m.type === 'rows') {
        worker.postMessage('next')
        yield* m.rows
      } else if (m.type === 'end') return
      else if (m.type === 'error') {
        throw m.code === 'CORRUPT' && !m.message.includes(file)
          ? corrupt(file, m.message)
          : new ImportFailure(m.code, m.message)
      } else throw corrupt(file, '读取线程意外退出')
    }
  } finally {
    // Done, failed or stopped early (a preview): the worker goes either way.
    await worker.terminate()
  }
}
