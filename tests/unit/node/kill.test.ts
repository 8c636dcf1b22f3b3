/**
 * Crash safety (issue #9): a process writing the ledger (imports and bulk edits, alternately)
 * killed with SIGKILL at 50 random moments. After each kill the file passes
 * `PRAGMA integrity_check`, and every batch is wholly there or wholly absent: an import's
 * firms, building and audit rows all or none, a bulk edit's mark on every seeded firm or on none.
 *
 * The worker is bundled once with esbuild, so each of the 50 starts is a plain `node` start.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { buildSync } from 'esbuild'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { openBackend } from '../../../src/main/app/open'
import { scratch } from '../../fixtures/workbooks'

const KILLS = 50
const SEEDED = 60
const IMPORT_ROWS = 120
const root = join(__dirname, '../../..')
const file = scratch('bizledger-kill-')
afterAll(() => rmSync(file.dir, { recursive: true, force: true }))

function bundleWorker(): string {
  const out = file('kill-worker.cjs')
  buildSync({
    entryPoints: [join(root, 'tests/support/kill-worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: out,
    external: ['better-sqlite3', 'exceljs', 'iconv-lite', 'pinyin-pro'],
    logLevel: 'silent',
  })
  return out
}

interface Writer {
  /** Resolves on each line the writer prints ("loaded", "ready"). */
  line: (text: string) => Promise<void>
  go: () => void
  kill: () => Promise<NodeJS.Signals | null>
}

/** Starts a writer; it loads its modules and waits for go() before it opens the ledger. */
function startWriter(worker: string, args: string[]): Writer {
  const child = spawn(process.execPath, [worker, ...args], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, NODE_PATH: join(root, 'node_modules') },
  })
  let out = ''
  let err = ''
  const waiters: { text: string; resolve: () => void }[] = []
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_c, signal) => resolve(signal)))
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString()
    for (const w of [...waiters]) if (out.includes(`${w.text}\n`)) w.resolve()
  })
  child.stderr.on('data', (d: Buffer) => (err += d.toString()))
  child.stdin.on('error', () => {}) // killed before go()
  return {
    line: (text) =>
      new Promise<void>((resolve, reject) => {
        if (out.includes(`${text}\n`)) return resolve()
        waiters.push({ text, resolve })
        void exited.then(() => reject(new Error(`the writer ended before "${text}": ${err}`)))
      }),
    go: () => child.stdin.write('go\n'),
    kill: () => {
      child.kill('SIGKILL')
      return exited
    },
  }
}

function check(dbPath: string, ids: number[]) {
  const db = new Database(dbPath)
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    // Imports: a batch row, all its firms and its building, or none of them.
    const groups = db
      .prepare(
        `SELECT substr(name, 1, instr(name, '-企业') - 1) AS tag, count(*) AS n
         FROM enterprise WHERE name LIKE '批次%' GROUP BY tag`,
      )
      .all() as { tag: string; n: number }[]
    const files = new Set(db.prepare('SELECT file FROM import_batch').pluck().all() as string[])
    for (const g of groups) {
      expect(g.n, g.tag).toBe(IMPORT_ROWS)
      expect(files.has(`${g.tag}.csv`), g.tag).toBe(true)
    }
    expect(groups.length).toBe(files.size)
    const buildings = db.prepare("SELECT count(*) FROM building WHERE name LIKE '楼宇%'").pluck().get()
    expect(buildings).toBe(files.size)
    // Bulk edits: each batch's audit rows cover every seeded firm, and the firms all carry one mark.
    const bulk = db
      .prepare(
        `SELECT batch, count(*) AS n FROM audit_log WHERE entity = 'enterprise' AND action = 'update'
         AND after LIKE '%"notes":"批量%' GROUP BY batch`,
      )
      .all() as { n: number }[]
    for (const b of bulk) expect(b.n).toBe(ids.length)
    const marks = db
      .prepare(`SELECT DISTINCT notes FROM enterprise WHERE id IN (${ids.join(',')})`)
      .pluck()
      .all()
    expect(marks.length).toBe(1)
    // Every audit batch is in the undo history, and the other way round.
    const unregistered = db
      .prepare(
        'SELECT count(*) FROM (SELECT DISTINCT batch FROM audit_log) a LEFT JOIN history_batch h USING (batch) WHERE h.batch IS NULL',
      )
      .pluck()
      .get()
    const empty = db
      .prepare(
        'SELECT count(*) FROM history_batch h WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.batch = h.batch)',
      )
      .pluck()
      .get()
    expect([unregistered, empty]).toEqual([0, 0])
    return { imports: files.size, bulkEdits: bulk.length }
  } finally {
    db.close()
  }
}

describe('SIGKILL while writing', () => {
  it(`leaves an intact ledger with whole batches, at ${KILLS} random points`, async () => {
    const worker = bundleWorker()
    const dbPath = file('ledger.db')
    const dir = file('csv')
    mkdirSync(dir, { recursive: true })
    const seed = openBackend(dbPath, '测试员')
    const ids = Array.from(
      { length: SEEDED },
      (_, i) => seed.ledgers.enterprise.create({ name: `已有企业${i}` }).id as number,
    )
    seed.db.close()

    // The moments: random, reproducible from the seed fast-check prints on failure.
    const delays = fc.sample(fc.integer({ min: 0, max: 500 }), {
      numRuns: KILLS,
      seed: Number(process.env.KILL_SEED ?? 20240605),
    })
    let last = { imports: 0, bulkEdits: 0 }
    const args = [dbPath, dir, JSON.stringify(ids), String(IMPORT_ROWS)]
    // A few writers load ahead (a start is mostly loading modules), one writes at a time.
    const ahead = [startWriter(worker, args), startWriter(worker, args)]
    for (const delay of delays) {
      const writer = ahead.shift()!
      ahead.push(startWriter(worker, args))
      await writer.line('loaded')
      writer.go()
      await writer.line('ready')
      await new Promise((r) => setTimeout(r, delay))
      expect(await writer.kill()).toBe('SIGKILL')
      last = check(dbPath, ids)
    }
    for (const w of ahead) await w.kill()
    // The kills landed across both kinds of write, with some of each committed.
    expect(last.imports).toBeGreaterThan(0)
    expect(last.bulkEdits).toBeGreaterThan(0)
  }, 180_000)
})
