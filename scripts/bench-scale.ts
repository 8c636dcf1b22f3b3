/**
 * Part of `npm run bench`: the grids, search and dashboard on a ledger of 100,000 firms and
 * 1,000,000 visits (demo --size), each reported in ms against its goal (issue #7: the
 * dashboard's page under 200 ms; issue #18: a grid block in 50 ms, Ctrl+K in 5 ms, the
 * dashboard over a year in 100 ms), and as a ratio to a baseline measured in the same run:
 * one pass over the visits' firm index (`count(DISTINCT enterprise_id)`, a million rows), so
 * that a busy machine slows both alike.
 *
 * A grid keeps a question's total and the positions it has read (src/main/query) until its
 * tables change, so each case says what it starts from: "cold" forgets all that before every
 * run (a new question: its first block counts), "scrolled" reads the first block first and
 * times the next one, "jump" reads the first block and then times a far page.
 * BENCH_DB=path reuses a ledger built once with `npm run cli -- demo --db PATH --size 100000`.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { openBackend } from '../src/main/app/open'
import { medianTime } from './median-time'
import { dashboard } from '../src/main/dashboard/aggregates'
import type { GridQuery } from '../src/shared/ipc/grid'

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

const forget = () => Object.values(b.grids).forEach((g) => g.forget())

/** Median of runs that each start from `before()` (not timed). */
function timeFrom(before: () => unknown, fn: () => unknown, runs = 5): number {
  before()
  fn()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    before()
    const t = performance.now()
    fn()
    samples.push(performance.now() - t)
  }
  samples.sort((x, y) => x - y)
  return samples[Math.floor(samples.length / 2)]
}

type Grid = (typeof b.grids)['visit']
/** A new question's first block: nothing kept. */
const cold = (grid: Grid, q: GridQuery) => () => timeFrom(forget, () => grid.page(q))
/** A block after `first`, the question's total and rows read so far kept. */
const after = (grid: Grid, first: GridQuery, q: GridQuery) => () =>
  timeFrom(
    () => {
      forget()
      grid.page(first)
    },
    () => grid.page(q),
  )

const newest = [{ colId: 'visitedOn', sort: 'desc' as const }]
const campaign = b.db
  .prepare("SELECT id FROM campaign WHERE kind = '冬令大走访' ORDER BY start_on DESC")
  .pluck()
  .get() as number
const GRID = 50
const cases: [string, number | null, () => number][] = [
  [
    '企业 grid: first page by name (cold)',
    GRID,
    cold(b.grids.enterprise, { startRow: 0, endRow: 100, sort: [{ colId: 'name', sort: 'asc' }] }),
  ],
  ['企业 grid: quick search 设计 (cold)', GRID, cold(b.grids.enterprise, { startRow: 0, endRow: 100, search: '设计' })],
  ['走访 grid: newest first (cold)', GRID, cold(b.grids.visit, { startRow: 0, endRow: 100, sort: newest })],
  [
    '走访 grid: page 9,000 of 10,000 (jump)',
    GRID,
    after(
      b.grids.visit,
      { startRow: 0, endRow: 100, sort: newest },
      { startRow: 900_000, endRow: 900_100, sort: newest },
    ),
  ],
  [
    '走访 grid: page 9,000 of 10,000 (cold)',
    GRID,
    cold(b.grids.visit, { startRow: 900_000, endRow: 900_100, sort: newest }),
  ],
  [
    '走访 grid: next block while scrolling',
    GRID,
    after(b.grids.visit, { startRow: 0, endRow: 100, sort: newest }, { startRow: 100, endRow: 200, sort: newest }),
  ],
  [
    '走访 grid: one campaign (cold)',
    GRID,
    cold(b.grids.visit, {
      startRow: 0,
      endRow: 100,
      sort: newest,
      filter: { campaignId: { filterType: 'set', values: [campaign] } },
    }),
  ],
  ['走访 grid: search a firm 紫荆 (cold)', GRID, cold(b.grids.visit, { startRow: 0, endRow: 100, search: '紫荆' })],
  ['Ctrl+K search tongji', 5, () => warmTime(() => b.search('tongji'))],
  ['Ctrl+K search 同济 (two characters)', 5, () => warmTime(() => b.search('同济'))],
  ['dashboard: all time', 200, () => warmTime(() => dashboard(b, {}))],
  ['dashboard: one campaign', 200, () => warmTime(() => dashboard(b, { campaignId: campaign }))],
  [
    'dashboard: one campaign, key firms',
    200,
    () => warmTime(() => dashboard(b, { campaignId: campaign, keyOnly: true })),
  ],
  ['dashboard: year 2025', 100, () => warmTime(() => dashboard(b, { from: '2025-01-01', to: '2025-12-31' }))],
]
// What the dashboard did before the counts of 0005: one pass over a million visits.
const baseline = warmTime(() => b.db.prepare('SELECT count(DISTINCT enterprise_id) FROM visit').pluck().get())
const rows = cases.map(([bench, goal, run]) => {
  const ms = run()
  return {
    bench,
    ms: ms.toFixed(1),
    goalMs: goal ?? '',
    met: goal === null ? '' : ms <= goal ? '达标' : '超标',
    ratio: (ms / baseline).toFixed(3),
    goalRatio: goal === null ? '' : (goal / baseline).toFixed(3),
  }
})
console.log(`baseline: one pass over the visits' firm index, ${baseline.toFixed(1)} ms`)
console.table(rows)
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`)
b.db.close()
