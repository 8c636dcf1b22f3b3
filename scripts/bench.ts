/**
 * `npm run bench`: speed as ratios against a baseline measured in the same run, so results
 * compare across machines. Memory is the process's peak resident set.
 *   list:   enterprise:list through the IPC gate (validation, joins, mapping) vs a bare
 *           `SELECT * FROM enterprise` of the same rows.
 *   demo:   loading the demo ledger through the audited services vs inserting the same
 *           number of enterprise rows with one prepared statement.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { openBackend } from '../src/main/app/open'
import { dispatch } from '../src/main/app/dispatch'
import { openDatabase } from '../src/main/db/connection'

function time(fn: () => unknown, runs = 5): number {
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    fn()
    samples.push(performance.now() - t)
  }
  samples.sort((a, b) => a - b)
  return samples[Math.floor(samples.length / 2)]
}

const dir = mkdtempSync(join(tmpdir(), 'bizledger-bench-'))
const backend = openBackend(join(dir, 'demo.db'), 'bench')

const demoMs = time(() => backend.setup('demo', 1), 1)
const n = backend.stats().enterprises
const bare = openDatabase(join(dir, 'bare.db'))
const insert = bare.prepare('INSERT INTO enterprise (name, credit_code) VALUES (?, ?)')
const bareInsertMs = time(
  () =>
    bare.transaction(() => {
      for (let i = 0; i < n; i++) insert.run(`企业${i}`, null)
    })(),
  1,
)

const baselineMs = time(() => backend.db.prepare('SELECT * FROM enterprise').all())
const listMs = time(() => {
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
