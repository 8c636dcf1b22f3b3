/**
 * Part of `npm run bench`: the grids, search and dashboard on a ledger of 100,000 firms and
 * 1,000,000 visits (demo --size), each reported in ms and as a ratio to a baseline measured
 * in the same run: one bare `SELECT count(*) FROM visit` (an index scan of a million rows).
 * Issue #7's target: the dashboard's queries under 200 ms together.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { openBackend } from '../src/main/app/open'
import { medianTime } from './median-time'
import { dashboard } from '../src/main/dashboard/aggregates'

const SIZE = Number(process.env.BENCH_SIZE ?? 100_000)

const dir = mkdtempSync(join(tmpdir(), 'bizledger-scale-'))
const b = openBackend(join(dir, 'scale.db'), 'bench')
const built = performance.now()
b.setup('demo', 1, SIZE)
console.log(
  `scale ledger: ${SIZE} firms, ${b.stats().visits} visits, built in ${((performance.now() - built) / 1000).toFixed(0)} s`,
)

/** Warms the page and statement caches first: the app keeps its database open and warm. */
function warmTime(fn: () => unknown): number {
  fn()
  return medianTime(fn)
}

const baseline = warmTime(() => b.db.prepare('SELECT count(*) FROM visit').pluck().get())
const campaign = b.db
  .prepare("SELECT id FROM campaign WHERE kind = '冬令大走访' ORDER BY start_on DESC")
  .pluck()
  .get() as number
const cases: [string, () => unknown][] = [
  [
    '企业 grid: first page by name',
    () => b.grids.enterprise.page({ startRow: 0, endRow: 100, sort: [{ colId: 'name', sort: 'asc' }] }),
  ],
  ['企业 grid: quick search 设计', () => b.grids.enterprise.page({ startRow: 0, endRow: 100, search: '设计' })],
  [
    '走访 grid: newest first',
    () => b.grids.visit.page({ startRow: 0, endRow: 100, sort: [{ colId: 'visitedOn', sort: 'desc' }] }),
  ],
  [
    '走访 grid: page 9,000 of 10,000',
    () => b.grids.visit.page({ startRow: 900_000, endRow: 900_100, sort: [{ colId: 'visitedOn', sort: 'desc' }] }),
  ],
  [
    '走访 grid: one campaign',
    () =>
      b.grids.visit.page({
        startRow: 0,
        endRow: 100,
        filter: { campaignId: { filterType: 'set', values: [campaign] } },
      }),
  ],
  ['走访 grid: search a firm', () => b.grids.visit.page({ startRow: 0, endRow: 100, search: '紫荆' })],
  ['Ctrl+K search tongji', () => b.search('tongji')],
  ['dashboard: all time', () => dashboard(b, {})],
  ['dashboard: one campaign', () => dashboard(b, { campaignId: campaign })],
]
const rows = cases.map(([bench, fn]) => {
  const ms = warmTime(fn)
  return { bench, ms: ms.toFixed(1), baselineMs: baseline.toFixed(1), ratio: (ms / baseline).toFixed(2) }
})
console.table(rows)
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`)
b.db.close()
