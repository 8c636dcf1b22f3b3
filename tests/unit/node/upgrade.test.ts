/**
 * Upgrades (issue #9): a ledger made by every earlier schema version (tests/fixtures/db/v<N>.db,
 * built by `npm run fixtures:db`) migrates to the current one with nothing lost: every row of
 * every table it had, every column it had, readable through the services, and its history
 * undoable like any other.
 */
import Database from 'better-sqlite3'
import { copyFileSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openBackend } from '../../../src/main/app/open'
import { SCHEMA_VERSION } from '../../../src/main/db/migrate'
import { MIGRATIONS } from '../../../src/main/db/migrations'
import { undo } from '../../../src/main/history/steps'
import { scratch } from '../../fixtures/workbooks'

const FIXTURES = join(__dirname, '../../fixtures/db')
const file = scratch('bizledger-upgrade-')
afterAll(() => rmSync(file.dir, { recursive: true, force: true }))

type Rows = Record<string, Record<string, unknown>[]>

/** Every table's rows, by table, in a stable order (search index aside: it is derived). */
function contents(db: Database.Database): Rows {
  const tables = db
    .prepare(
      // The search indexes are derived, and a migration may rebuild them (0011 the pair index).
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index%' AND name NOT LIKE 'search_pair%'",
    )
    .pluck()
    .all() as string[]
  const out: Rows = {}
  for (const t of tables) {
    out[t] = (db.prepare(`SELECT * FROM "${t}"`).all() as Record<string, unknown>[]).sort((a, b) =>
      JSON.stringify(a).localeCompare(JSON.stringify(b)),
    )
  }
  return out
}

/** The version a migration brings a ledger to. */
const versionOf = (name: string) => MIGRATIONS.findIndex((m) => m.name === name) + 1

/**
 * What a migration changes in rows on purpose, applied to the fixture's rows: the rest of the
 * comparison then holds them to it. 0015: a firm filed 注销 for its 登记状态 吊销 is 吊销 (a write
 * the change counters count), and a firm view listing 注销 under 状态 lists 吊销 too.
 */
function intended(rows: Rows, v: number): void {
  if (v < versionOf('0015_revoked_status')) {
    const revoked = (rows.enterprise ?? []).filter((e) => e.status === '注销' && e.registration_status === '吊销')
    for (const e of revoked) e.status = '吊销'
    // Each a write the change counters see (0008).
    for (const c of rows.change_count ?? []) if (c.tbl === 'enterprise') c.n = Number(c.n) + revoked.length
    for (const view of rows.saved_view ?? []) {
      const state = JSON.parse(view.state as string) as {
        filter?: { status?: { filterType: string; values: string[] } }
      }
      const status = state.filter?.status
      if (view.ledger !== 'enterprise' || status?.filterType !== 'set') continue
      if (!status.values.includes('注销') || status.values.includes('吊销')) continue
      status.values.push('吊销')
      view.state = JSON.stringify(state)
    }
  }
}

const versions = readdirSync(FIXTURES)
  .map((f) => /^v(\d+)\.db$/.exec(f)?.[1])
  .filter(Boolean)
  .map(Number)
  .sort((a, b) => a - b)

describe('upgrading a ledger of each earlier version', () => {
  it('has a fixture for every earlier version', () => {
    expect(versions).toEqual(Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => i + 1))
  })

  for (const v of versions) {
    it(`v${v} → v${SCHEMA_VERSION}: every row and column kept, services read it, history undoable`, () => {
      const path = file(`v${v}.db`)
      copyFileSync(join(FIXTURES, `v${v}.db`), path)
      const raw = new Database(path, { readonly: true })
      expect(raw.pragma('user_version', { simple: true })).toBe(v)
      const before = contents(raw)
      raw.close()
      intended(before, v)

      const b = openBackend(path, '测试员')
      expect(b.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
      expect(b.db.pragma('integrity_check', { simple: true })).toBe('ok')
      const after = contents(b.db)
      // Counts kept per calendar year (campaign −year, migration 0011) are derived: added beside the old
      // ones by the upgrade, and compared as campaigns' counts only, whichever side had them.
      for (const rows of [before, after])
        if (rows.coverage_cell) rows.coverage_cell = rows.coverage_cell.filter((r) => Number(r.campaign_id) >= 0)
      for (const [table, rows] of Object.entries(before)) {
        expect(after[table], table).toHaveLength(rows.length)
        // Old columns keep their values (new ones may be added; a legacy audit row gains a batch).
        const pick = (r: Record<string, unknown>) =>
          Object.fromEntries(
            Object.keys(rows[0] ?? {})
              .filter((c) => !(table === 'audit_log' && c === 'batch'))
              .map((c) => [c, r[c]]),
          )
        expect(
          after[table].map(pick).sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))),
          table,
        ).toEqual(rows.map(pick).sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))))
      }

      expect(b.ledgers.enterprise.get(1)).toMatchObject({
        name: '上海紫荆建筑设计有限公司',
        isKey: true,
        phone: '021-65980000',
      })
      expect(b.ledgers.enterprise.get(2)).toMatchObject({ registeredCapital: 1000.5 })
      expect(b.ledgers.rentRelief.get(1)).toMatchObject({ amount: 12000.5 })
      expect(b.ledgers.visit.get(1)).toMatchObject({ visitorIds: [1] })
      expect(b.ledgers.event.get(1)).toMatchObject({ attendeeIds: [1, 2] })
      expect(b.stats()).toMatchObject({ enterprises: 2, visits: 1, requests: 1, rentReliefs: 1, events: 1 })
      // A 注册号 the ledger already held is found as a credit code is: 0016 rebuilt both indexes.
      const regNo = before.enterprise.find((e) => e.registration_no)?.registration_no as string | undefined
      if (regNo) {
        expect(b.search(regNo)[0]).toMatchObject({ kind: 'enterprise', id: 2 })
        expect(b.grids.enterprise.ids({ search: regNo.slice(8) })).toEqual([2])
        expect(b.grids.enterprise.ids({ search: regNo.slice(-2) })).toContain(2)
      }

      // The history written by the old version is history like any other: its last change undoes.
      const r = undo(b)
      expect(r.label).toBe('修改企业“上海紫荆建筑设计有限公司”的联系电话')
      expect(b.ledgers.enterprise.get(1).phone).toBe('021-00000000')
      // And the upgraded ledger takes new writes.
      b.ledgers.enterprise.update(2, { phone: '021-11112222' })
      b.db.close()
    })
  }
})
