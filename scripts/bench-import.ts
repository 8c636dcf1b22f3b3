/**
 * One case of `npm run bench`'s import benchmark, in a process of its own so that its peak
 * memory is its own: `read FILE` (a bare exceljs streaming read, every row's values touched)
 * or `import FILE DB` (the whole import into a fresh ledger). Prints one JSON line:
 * { ms, cpuMs, peakMB, rows }.
 */
import { performance } from 'node:perf_hooks'
import ExcelJS from 'exceljs'
import { openBackend } from '../src/main/app/open'
import { runImport } from '../src/main/import/run'

async function bareRead(path: string): Promise<number> {
  let rows = 0
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {})
  for await (const ws of reader) {
    for await (const row of ws) {
      if ((row.values as unknown[]).length > 0) rows++
    }
  }
  return rows
}

async function importFile(path: string, db: string): Promise<number> {
  const backend = openBackend(db, 'bench')
  const report = await runImport(backend, { path, kind: 'enterprises' })
  backend.db.close()
  if (report.errors.length) throw new Error(`${report.errors.length} row errors: ${report.errors[0].message}`)
  return report.inserted
}

async function main() {
  const [mode, path, db] = process.argv.slice(2)
  const cpu = process.cpuUsage()
  const t = performance.now()
  const rows = mode === 'read' ? await bareRead(path) : await importFile(path, db)
  const ms = performance.now() - t
  const used = process.cpuUsage(cpu)
  const peakMB = process.resourceUsage().maxRSS / 1024
  console.log(JSON.stringify({ ms, cpuMs: (used.user + used.system) / 1000, peakMB, rows }))
}

void main()
