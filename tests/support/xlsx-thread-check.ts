/**
 * Run by tests/unit/node/import-thread.test.ts under tsx (the test runner itself cannot start
 * a TypeScript worker): reads a file's rows on the worker thread and on this thread and prints
 * both, or the failure each gave, as one JSON line.
 */
import { DEFAULT_LIMITS } from '../../src/main/import/limits'
import { openSource } from '../../src/main/import/open'
import { xlsxRows } from '../../src/main/import/read-xlsx'
import { threadedRows } from '../../src/main/import/xlsx-thread'
import { scanXlsx } from '../../src/main/import/xlsx-scan'
import { open } from 'node:fs/promises'
import { basename } from 'node:path'

async function collect(rows: AsyncIterable<unknown> | Iterable<unknown>) {
  const out: unknown[] = []
  try {
    for await (const r of rows) out.push(r)
    return { rows: out }
  } catch (e) {
    return { error: (e as Error).message, code: (e as { code?: string }).code, after: out.length }
  }
}

async function main() {
  const path = process.argv[2]
  const fh = await open(path, 'r')
  const info = await scanXlsx(fh, basename(path), DEFAULT_LIMITS)
  await fh.close()
  const job = { path, file: basename(path), info, wanted: null }
  const threaded = threadedRows(job)
  const viaSource = await openSource(path, DEFAULT_LIMITS)
  console.log(
    JSON.stringify({
      threaded: threaded !== null,
      worker: await collect(threaded ?? []),
      local: await collect(xlsxRows(path, job.file, info)),
      source: await collect(viaSource.rows()),
    }),
  )
}

void main()
