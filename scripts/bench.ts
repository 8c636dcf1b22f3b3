/**
 * `npm run bench`: speed as ratios against a baseline measured in the same run, so results
 * compare across machines. Memory is the process's peak resident set.
 *   list:   enterprise:list through the IPC gate (validation, joins, mapping) vs a bare
 *           `SELECT * FROM enterprise` of the same rows.
 *   demo:   loading the demo ledger through the audited services vs inserting the same
 *           number of enterprise rows with one prepared statement.
 *   import: a 10,000- and a 100,000-row firm directory (.xlsx) imported end to end (read,
 *           convert, validate, link, write, audit, index) vs a bare exceljs streaming read of
 *           the same file. Each case runs in a child process of its own (bench-import.ts), so
 *           its peak memory is its own. Targets: ratio ≤ 1.3, peak < 500 MB at 100,000 rows.
 *           cliRatio: the same import through the built command line (out/cli/index.js), peak
 *           memory cliPeakMB. cli start: `help` through `npm run cli`'s launcher, in a fresh
 *           process, against a bare `node -e 0` start in the same run (target < 0.5 s).
 *           floorRatio: the same firms written by SQLite alone (prepared INSERTs, audit rows
 *           and search index in set-based SQL, one COMMIT) vs the same bare read. SQLite
 *           writes one transaction on one thread, so no import that audits and indexes its
 *           rows can take less than that, however many cores read and convert beside it.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openBackend } from '../src/main/app/open'
import { medianTime } from './median-time'
import { dispatch } from '../src/main/ipc/dispatch'
import { openDatabase } from '../src/main/db/connection'
import { writeBigDirectory } from '../tests/fixtures/workbooks'

const dir = mkdtempSync(join(tmpdir(), 'bizledger-bench-'))
const backend = openBackend(join(dir, 'demo.db'), 'bench')

const demoMs = medianTime(() => backend.setup('demo', 1), 1)
const n = backend.stats().enterprises
const bare = openDatabase(join(dir, 'bare.db'))
const insert = bare.prepare('INSERT INTO enterprise (name, credit_code) VALUES (?, ?)')
const bareInsertMs = medianTime(
  () =>
    bare.transaction(() => {
      for (let i = 0; i < n; i++) insert.run(`企业${i}`, null)
    })(),
  1,
)

const baselineMs = medianTime(() => backend.db.prepare('SELECT * FROM enterprise').all())
const listMs = medianTime(() => {
  const r = dispatch(backend, 'enterprise:list', undefined)
  if (!r.ok) throw new Error(r.error.message)
})

const rows = [
  { bench: `enterprise:list (${n} rows)`, ms: listMs, baselineMs, ratio: listMs / baselineMs },
  { bench: 'demo load (all ledgers, audited)', ms: demoMs, baselineMs: bareInsertMs, ratio: demoMs / bareInsertMs },
]
console.table(
  rows.map((r) => ({ ...r, ms: r.ms.toFixed(1), baselineMs: r.baselineMs.toFixed(1), ratio: r.ratio.toFixed(2) })),
)
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`)
backend.db.close()
bare.close()

interface Case {
  ms: number
  cpuMs: number
  peakMB: number
  rows: number
}

/** One case in a fresh process: `read FILE` or `import FILE DB`. */
function runCase(...args: string[]): Case {
  const out = execFileSync(
    process.execPath,
    [join(__dirname, '../node_modules/tsx/dist/cli.mjs'), join(__dirname, 'bench-import.ts'), ...args],
    {
      encoding: 'utf8',
      maxBuffer: 1024 * 1024,
    },
  )
  return JSON.parse(out.trim().split('\n').pop()!) as Case
}

const launcher = join(__dirname, 'cli.mjs')

async function importBench() {
  spawnSync(process.execPath, [launcher, 'help'], { stdio: 'ignore' }) // builds the CLI when stale
  const cases = []
  for (const n of [10_000, 100_000]) {
    const file = join(dir, `directory-${n}.xlsx`)
    await writeBigDirectory(file, n)
    const read = runCase('read', file)
    const db = join(dir, `import-${n}.db`)
    const imported = runCase('import', file, db)
    const viaCli = runCase('cli', file, join(dir, `cli-${n}.db`))
    const copy = join(dir, `floor-${n}.db`)
    const floor = runCase('floor', db, copy)
    // Hundreds of MB at 100,000 rows: not left behind in the temp folder.
    for (const f of [file, db, copy, join(dir, `cli-${n}.db`)].flatMap((f) => [f, `${f}-wal`, `${f}-shm`]))
      rmSync(f, { force: true })
    if (imported.rows !== n) throw new Error(`imported ${imported.rows} of ${n} rows`)
    if (floor.rows !== n) throw new Error(`floor wrote ${floor.rows} of ${n} rows`)
    cases.push({
      bench: `import ${n.toLocaleString('en')} firms (.xlsx)`,
      ms: imported.ms.toFixed(0),
      baselineMs: read.ms.toFixed(0),
      ratio: (imported.ms / read.ms).toFixed(2),
      cpuRatio: (imported.cpuMs / read.cpuMs).toFixed(2),
      cliRatio: (viaCli.ms / read.ms).toFixed(2),
      cliPeakMB: viaCli.peakMB.toFixed(0),
      floorMs: floor.ms.toFixed(0),
      floorRatio: (floor.ms / read.ms).toFixed(2),
      peakMB: imported.peakMB.toFixed(0),
      readPeakMB: read.peakMB.toFixed(0),
    })
  }
  console.table(cases)
  const startMs = medianTime(() => spawnSync(process.execPath, [launcher, 'help'], { stdio: 'ignore' }))
  const nodeMs = medianTime(() => spawnSync(process.execPath, ['-e', '0'], { stdio: 'ignore' }))
  console.table([{ bench: 'cli start (help)', ms: startMs.toFixed(0), nodeStartMs: nodeMs.toFixed(0) }])
}

void importBench()
