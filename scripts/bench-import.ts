/**
 * One case of `npm run bench`'s import benchmark, in a process of its own so that its peak
 * memory is its own: `read FILE` (a bare exceljs streaming read, every row's values touched),
 * `import FILE DB` (the whole import into a fresh ledger), `cli FILE DB` (the same through the
 * built command line, out/cli/index.js, as `npm run cli -- import` runs it) or `floor DB COPY`
 * (the firms an import wrote into DB, written again into a copy of it by SQLite alone).
 * Prints one JSON line: { ms, cpuMs, peakMB, rows }.
 */
import { copyFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import ExcelJS from 'exceljs'
import { openBackend } from '../src/main/app/open'
import { openDatabase } from '../src/main/db/connection'
import { runImport } from '../src/main/import/run'
import { SearchDeferral } from '../src/main/import/search-defer'

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

/**
 * What no import that audits and indexes its rows can beat: the same firms written by SQLite
 * alone, with nothing read, converted or checked. One prepared INSERT per firm with its values
 * ready, the audit rows made in SQL (json_object) in one statement, the search index filled by
 * the import's own deferral code, one COMMIT. The ledger is a copy of the imported one with
 * its firms, their audit rows and search entries removed, made before the clock starts.
 */
function writeFloor(imported: string, copy: string): () => number {
  const setup = openDatabase(imported)
  setup.pragma('wal_checkpoint(TRUNCATE)')
  setup.close()
  copyFileSync(imported, copy)
  const db = openDatabase(copy)
  const firms = db.prepare('SELECT * FROM enterprise ORDER BY id').raw().all() as unknown[][]
  const columns = db
    .prepare('SELECT * FROM enterprise LIMIT 1')
    .columns()
    .map((c) => c.name)
  db.exec('DELETE FROM enterprise; DELETE FROM audit_log; DELETE FROM history_batch; VACUUM')
  const insert = db.prepare(`INSERT INTO enterprise (${columns}) VALUES (${columns.map(() => '?')})`)
  const audit = db.prepare(
    `INSERT INTO audit_log (actor, entity, entity_id, action, after, batch)
     SELECT 'bench', 'enterprise', id, 'create', json_object(${columns.map((c) => `'${c}', ${c}`)}), ? FROM enterprise`,
  )
  return () => {
    const search = new SearchDeferral(db)
    db.exec('BEGIN IMMEDIATE')
    search.begin()
    for (const f of firms) insert.run(f)
    audit.run('floor')
    search.end('floor')
    db.exec('COMMIT')
    db.close()
    return firms.length
  }
}

/** The built CLI's import, in this process so that its peak memory is measured here. */
async function cliImport(path: string, db: string): Promise<number> {
  const built = join(__dirname, '../out/cli/index.js')
  const { main } = createRequire(__filename)(built) as { main: (argv: string[]) => Promise<number> }
  const write = process.stdout.write.bind(process.stdout)
  let out = ''
  process.stdout.write = ((chunk: string) => ((out += chunk), true)) as typeof process.stdout.write
  const code = await main(['import', path, '--db', db, '--kind', 'enterprises', '--json'])
  process.stdout.write = write
  if (code !== 0) throw new Error(`the CLI exited ${code}`)
  return (JSON.parse(out) as { inserted: number }).inserted
}

async function main() {
  const [mode, path, db] = process.argv.slice(2)
  const floor = mode === 'floor' ? writeFloor(path, db) : null
  const cpu = process.cpuUsage()
  const t = performance.now()
  const rows = floor
    ? floor()
    : mode === 'read'
      ? await bareRead(path)
      : mode === 'cli'
        ? await cliImport(path, db)
        : await importFile(path, db)
  const ms = performance.now() - t
  const used = process.cpuUsage(cpu)
  const peakMB = process.resourceUsage().maxRSS / 1024
  console.log(JSON.stringify({ ms, cpuMs: (used.user + used.system) / 1000, peakMB, rows }))
}

void main()
