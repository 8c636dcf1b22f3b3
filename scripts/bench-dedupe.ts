/**
 * Part of `npm run bench`: 疑似重复 (issue #20) at 100,000 firms (demo --size), with 2,000
 * duplicates injected the ways the office meets them (有限责任公司, a leading 上海市, full-width
 * brackets, a trailing (上海), a shared phone and room). Reported in ms against its goal (the
 * list ready within 2 s) and as a ratio to a baseline measured in the same run: one scan of the
 * firm table reading the columns the finder reads.
 * BENCH_DB=path reuses a ledger built once with `npm run cli -- demo --db PATH --size 100000`;
 * the duplicates go in inside a transaction that is rolled back, so that file is left as it was.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { openBackend } from '../src/main/app/open'
import { findDuplicates } from '../src/main/dedupe/find'
import { medianTime } from './median-time'

const SIZE = Number(process.env.BENCH_SIZE ?? 100_000)
const INJECTED = 2_000
const GOAL_MS = 2_000

const reuse = process.env.BENCH_DB
const b = openBackend(reuse ?? join(mkdtempSync(join(tmpdir(), 'bizledger-dedupe-')), 'scale.db'), 'bench')
const built = performance.now()
if (!reuse) b.setup('demo', 1, SIZE)

const WAYS = [
  "replace(name, '有限公司', '有限责任公司')",
  "'上海市' || substr(name, 3)",
  "replace(replace(name, '(', '（'), ')', '）') || '(上海)'",
  'substr(name, 3)',
]
b.db.exec('BEGIN')
try {
  // Every 50th firm again, written another way, with its phone, building and room.
  for (let i = 0; i < WAYS.length; i++) {
    b.db
      .prepare(
        `INSERT INTO enterprise (name, phone, building_id, room, name_pinyin)
         SELECT ${WAYS[i]}, phone, building_id, room, name_pinyin FROM enterprise
         WHERE id % 50 = ? AND name LIKE '上海%' LIMIT ?`,
      )
      .run(i, INJECTED / WAYS.length)
  }
  const firms = b.db.prepare('SELECT count(*) FROM enterprise').pluck().get() as number
  console.log(
    `dedupe ledger: ${firms} firms (${INJECTED} injected), ` +
      (reuse ? `reused ${reuse}` : `built in ${((performance.now() - built) / 1000).toFixed(0)} s`),
  )

  const scan = b.db.prepare(
    'SELECT id, name, former_names, credit_code, phone, building_id, room, name_pinyin FROM enterprise',
  )
  scan.raw().all()
  const baseline = medianTime(() => scan.raw().all())
  let groups = 0
  findDuplicates(b.db)
  const ms = medianTime(() => {
    groups = findDuplicates(b.db).length
  })
  console.log(`baseline: one scan of the firm table, ${baseline.toFixed(1)} ms`)
  console.table([
    {
      bench: `dedupe: find groups (${groups} groups)`,
      ms: ms.toFixed(1),
      goalMs: GOAL_MS,
      met: ms <= GOAL_MS ? '达标' : '超标',
      ratio: (ms / baseline).toFixed(3),
      goalRatio: (GOAL_MS / baseline).toFixed(3),
    },
  ])
  console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`)
} finally {
  b.db.exec('ROLLBACK')
  b.db.close()
}
