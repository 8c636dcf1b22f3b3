/**
 * Part of `npm run bench`: the grids, search and dashboard on a ledger of 100,000 firms and
 * 1,000,000 visits (demo --size), each reported in ms and as a ratio to a baseline measured
 * in the same run: one bare `SELECT count(*) FROM visit` (an index scan of a million rows).
 * Issue #7's target: the dashboard's queries under 200 ms together (every figure and chart of
 * the page comes from the one `dashboard:get`, so one call is the page's queries).
 * BENCH_DB=path reuses a ledger built once with `npm run cli -- demo --db PATH --size 100000`.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { openBackend } from '../src/main/app/open'
import { medianTime } from './median-time'
import { dashboard } from '../src/main/dashboard/aggregates'

const SIZE = Number(process.env.BENCH_SIZE ?? 100_000)

const reuse = process.env.BENCH_DB
const b = openBackend(reuse ?? join(mkdtempSync(join(tmpdir(), 'bizledger-scale-')), 'scale.db'), 'bench')
const built = performance.now()
if (!reuse) b.setup('demo', 1, SIZE)
console.log(
  `scale ledger: ${b.stats().enterprises} firms, ${b.stats().visits} visits, ` +
    (reuse ? `reused ${reuse}` : `built in ${((performance.now() - built) / 1000).toFixed(0)} s`),
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
  ['dashboard: one campaign, key firms', () => dashboard(b, { campaignId: campaign, keyOnly: true })],
  ['dashboard: year 2025', () => dashboard(b, { from: '2025-01-01', to: '2025-12-31' })],
]
const DASHBOARD_TARGET_MS = 200
// What the dashboard did before the counts of 0005: one pass over a million visits.
const visitScan = warmTime(() => b.db.prepare('SELECT count(DISTINCT enterprise_id) FROM visit').pluck().get())
const rows = cases.map(([bench, fn]) => {
  const ms = warmTime(fn)
  return { bench, ms: ms.toFixed(1), baselineMs: baseline.toFixed(1), ratio: (ms / baseline).toFixed(2) }
})
console.table(rows)
for (const r of rows.filter((x) => x.bench.startsWith('dashboard'))) {
  const ok = Number(r.ms) < DASHBOARD_TARGET_MS
  console.log(
    `${r.bench}: ${r.ms} ms, ${(Number(r.ms) / visitScan).toFixed(2)} × one scan of the visits ` +
      `(${visitScan.toFixed(1)} ms); ${ok ? '达标' : '超标'}: target < ${DASHBOARD_TARGET_MS} ms`,
  )
}
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`)
b.db.close()
