/**
 * Migration 0015: 吊销 as a 状态 of its own. The enterprise table's CHECK is widened by editing
 * its stored text (no rebuild), firms filed 注销 for a 登记状态 of 吊销 become 吊销, and firm
 * views listing 注销 list 吊销 too. Run on the ledger the version before left behind
 * (tests/fixtures/db), and on :memory: for what the fixture does not hold.
 */
import Database from 'better-sqlite3'
import { copyFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openBackend } from '../../../src/main/app/open'
import { migrate, schemaVersion } from '../../../src/main/db/migrate'
import { MIGRATIONS } from '../../../src/main/db/migrations'
import { scratch } from '../../fixtures/workbooks'

const REVOKED = MIGRATIONS.findIndex((m) => m.name === '0015_revoked_status') + 1
const FIXTURES = join(__dirname, '../../fixtures/db')
const file = scratch('bizledger-revoked-')
afterAll(() => rmSync(file.dir, { recursive: true, force: true }))

const tableSql = (db: Database.Database) =>
  db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'enterprise'").pluck().get() as string
const statusOf = (db: Database.Database, id: number) =>
  db.prepare('SELECT status FROM enterprise WHERE id = ?').pluck().get(id) as string
const viewState = (db: Database.Database, name: string) =>
  JSON.parse(db.prepare('SELECT state FROM saved_view WHERE name = ?').pluck().get(name) as string) as unknown

/** Everything about the enterprise table but its own CREATE text: triggers, indexes, and who points at it. */
function around(db: Database.Database) {
  return {
    schema: db
      .prepare(
        "SELECT type, name, sql FROM sqlite_schema WHERE tbl_name = 'enterprise' AND NOT (type = 'table') ORDER BY name",
      )
      .all(),
    pointing: db
      .prepare(
        "SELECT m.name, f.* FROM sqlite_schema m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND f.\"table\" = 'enterprise' ORDER BY m.name, f.id",
      )
      .all(),
  }
}

describe('migration 0015 (吊销) on a ledger of the version before', () => {
  const path = file(`v${REVOKED - 1}.db`)
  copyFileSync(join(FIXTURES, `v${REVOKED - 1}.db`), path)

  it('widens the CHECK in place, reclassifies the revoked firm and its views, and keeps the rest', () => {
    const db = new Database(path)
    db.pragma('foreign_keys = ON')
    expect(schemaVersion(db)).toBe(REVOKED - 1)
    expect(statusOf(db, 2)).toBe('注销')
    const sqlBefore = tableSql(db)
    const aroundBefore = around(db)
    const cookie = db.pragma('schema_version', { simple: true }) as number
    const rows = db.prepare('SELECT count(*) FROM enterprise').pluck().get()

    expect(migrate(db, REVOKED)).toBe(REVOKED)

    // Only the CHECK changed in the table's text; nothing around it did.
    expect(tableSql(db)).toBe(
      sqlBefore.replace(
        "CHECK (status IN ('在营', '迁出', '注销'))",
        "CHECK (status IN ('在营', '迁出', '注销', '吊销'))",
      ),
    )
    expect(around(db)).toEqual(aroundBefore)
    expect(db.pragma('schema_version', { simple: true })).toBeGreaterThan(cookie)
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(db.pragma('foreign_key_check')).toEqual([])
    expect(db.prepare('SELECT count(*) FROM enterprise').pluck().get()).toBe(rows)

    // 注销 for its 登记状态 吊销 → 吊销; the other firm is left alone.
    expect(statusOf(db, 2)).toBe('吊销')
    expect(statusOf(db, 1)).toBe('在营')
    expect(viewState(db, '已迁出或注销')).toEqual({
      filter: { status: { filterType: 'set', values: ['迁出', '注销', '吊销'] } },
    })
    expect(viewState(db, '重点企业')).toEqual({ filter: {} })

    // The schema is protected again, and the new CHECK holds on this connection.
    expect(() => db.prepare("UPDATE sqlite_schema SET sql = sql WHERE name = 'enterprise'").run()).toThrow()
    db.prepare("UPDATE enterprise SET status = '吊销' WHERE id = 1").run()
    expect(() => db.prepare("UPDATE enterprise SET status = '停业' WHERE id = 1").run()).toThrow(/CHECK constraint/)
    db.prepare("UPDATE enterprise SET status = '在营' WHERE id = 1").run()
    db.close()
  })

  it('is read back by a new connection, and the services write 吊销 through it', () => {
    const b = openBackend(path, '测试员')
    expect(b.ledgers.enterprise.get(2)).toMatchObject({ status: '吊销', registrationStatus: '吊销' })
    // (Firm 1's credit code fails its check in the fixture, so the service would refuse any edit of it.)
    b.ledgers.enterprise.update(2, { status: '在营' })
    b.ledgers.enterprise.update(2, { status: '吊销' })
    expect(b.ledgers.enterprise.get(2).status).toBe('吊销')
    expect(() => b.ledgers.enterprise.update(2, { status: '停业' as never })).toThrow(
      /状态应为 在营、迁出、注销 或 吊销/,
    )
    expect(() => b.db.prepare("INSERT INTO enterprise (name, status) VALUES ('甲', '停业')").run()).toThrow(
      /CHECK constraint/,
    )
    b.db.close()
  })
})

describe('migration 0015 on :memory:', () => {
  function atPrevious() {
    const db = new Database(':memory:')
    db.pragma('foreign_keys = ON')
    migrate(db, REVOKED - 1)
    const firm = db.prepare(
      'INSERT INTO enterprise (name, status, registration_status, building_id) VALUES (?, ?, ?, NULL) RETURNING id',
    )
    const add = (name: string, status: string, reg: string | null) => firm.pluck().get(name, status, reg) as number
    return { db, add }
  }

  it('moves only 注销 firms whose 登记状态 is 吊销, with their coverage counts', () => {
    const { db, add } = atPrevious()
    const revoked = add('上海甲有限公司', '注销', '吊销')
    const closed = add('上海乙有限公司', '注销', '注销')
    const open = add('上海丙有限公司', '在营', '吊销') // the office said 在营 itself: kept
    const unknown = add('上海丁有限公司', '注销', null)
    db.prepare(
      "INSERT INTO campaign (id, name, kind, start_on, end_on) VALUES (1, '2024冬令大走访', '冬令大走访', '2024-01-01', '2024-02-28')",
    ).run()
    db.prepare("INSERT INTO visit (enterprise_id, campaign_id, visited_on) VALUES (?, 1, '2024-01-10')").run(revoked)
    const changes = db.prepare("SELECT n FROM change_count WHERE tbl = 'enterprise'").pluck()
    const counted = changes.get() as number

    migrate(db, REVOKED)
    expect([revoked, closed, open, unknown].map((id) => statusOf(db, id))).toEqual(['吊销', '注销', '在营', '注销'])
    // The triggers saw the change: grids recount, and the visit counts under its new status.
    expect(changes.get()).toBeGreaterThan(counted)
    const cells = db
      .prepare(
        'SELECT campaign_id, status, firms, visits FROM coverage_cell WHERE firms <> 0 OR visits <> 0 ORDER BY 1, 2',
      )
      .all()
    expect(cells).toEqual([
      { campaign_id: -2024, status: '吊销', firms: 1, visits: 1 },
      { campaign_id: 0, status: '吊销', firms: 1, visits: 1 },
      { campaign_id: 1, status: '吊销', firms: 1, visits: 1 },
    ])
  })

  it('adds 吊销 to firm views that list 注销 under 状态, and to no other', () => {
    const { db } = atPrevious()
    const views: [string, string, unknown][] = [
      [
        'enterprise',
        '全部状态',
        { filter: { status: { filterType: 'set', values: ['在营', '迁出', '注销'] } }, sort: [] },
      ],
      [
        'enterprise',
        '注销企业',
        { filter: { status: { filterType: 'set', values: ['注销'] }, isKey: { filterType: 'set', values: [true] } } },
      ],
      ['enterprise', '在营企业', { filter: { status: { filterType: 'set', values: ['在营'] } } }],
      ['enterprise', '迁出企业', { filter: { status: { filterType: 'set', values: ['迁出'] } }, search: '注销' }],
      ['enterprise', '无筛选', { columns: [{ colId: 'status', hide: false }] }],
      ['request', '诉求', { filter: { status: { filterType: 'set', values: ['受理'] } } }],
    ]
    const insert = db.prepare('INSERT INTO saved_view (ledger, name, state) VALUES (?, ?, ?)')
    for (const [ledger, name, state] of views) insert.run(ledger, name, JSON.stringify(state))

    migrate(db, REVOKED)
    expect(viewState(db, '全部状态')).toEqual({
      filter: { status: { filterType: 'set', values: ['在营', '迁出', '注销', '吊销'] } },
      sort: [],
    })
    expect(viewState(db, '注销企业')).toEqual({
      filter: { status: { filterType: 'set', values: ['注销', '吊销'] }, isKey: { filterType: 'set', values: [true] } },
    })
    for (const [, name, state] of views.slice(2)) expect(viewState(db, name)).toEqual(state)
  })

  it('refuses a ledger whose status CHECK is not the one 0001 wrote, and leaves it as it was', () => {
    const { db } = atPrevious()
    // Another text for the same rule (no spaces), written the way 0015 writes its own.
    const odd = tableSql(db).replace("('在营', '迁出', '注销')", "('在营','迁出','注销')")
    const cookie = db.pragma('schema_version', { simple: true }) as number
    db.unsafeMode(true)
    db.pragma('writable_schema = ON')
    db.prepare("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = 'enterprise'").run(odd)
    db.pragma(`schema_version = ${cookie + 1}`)
    db.pragma('writable_schema = RESET')
    db.unsafeMode(false)

    expect(() => migrate(db)).toThrow(/0015/)
    expect(schemaVersion(db)).toBe(REVOKED - 1)
    expect(tableSql(db)).toBe(odd)
    expect(() => db.prepare("INSERT INTO enterprise (name, status) VALUES ('甲', '吊销')").run()).toThrow(/CHECK/)
  })

  it('brings a new ledger to a CHECK that takes 吊销', () => {
    const db = new Database(':memory:')
    migrate(db)
    db.prepare("INSERT INTO enterprise (name, status) VALUES ('上海甲有限公司', '吊销')").run()
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
  })
})
