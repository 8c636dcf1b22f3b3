import Database from 'better-sqlite3'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src/main/db/connection'
import { migrate, SCHEMA_VERSION, schemaVersion } from '../../../src/main/db/migrate'
import { memoryBackend, seedBasics } from '../../support/ledger'

const ENTITY_TABLES = [
  'enterprise',
  'building',
  'staff',
  'partner',
  'campaign',
  'visit',
  'visit_visitor',
  'request',
  'rent_relief',
  'event',
  'event_attendee',
  'organisation',
  'organisation_member',
  'service_point',
  'dictionary',
  'audit_log',
  'setting',
]

describe('migrations', () => {
  it('brings a new database to the current version with every table STRICT', () => {
    const db = new Database(':memory:')
    expect(migrate(db)).toBe(SCHEMA_VERSION)
    const tables = db
      .prepare(
        "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'",
      )
      .all() as { name: string; strict: number }[]
    const names = tables.map((t) => t.name)
    for (const t of ENTITY_TABLES) expect(names).toContain(t)
    for (const t of tables) expect(t.strict, t.name).toBe(1)
  })

  it('is a no-op the second time', () => {
    const db = new Database(':memory:')
    migrate(db)
    expect(migrate(db)).toBe(SCHEMA_VERSION)
  })

  it('keeps data written at the previous version', () => {
    const db = new Database(':memory:')
    migrate(db, SCHEMA_VERSION - 1)
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION - 1)
    migrate(db)
    db.prepare("INSERT INTO partner (name) VALUES ('同济科技园')").run()
    migrate(db)
    expect(db.prepare('SELECT name FROM partner').pluck().all()).toEqual(['同济科技园'])
  })

  it('refuses a database made by a newer version of the app, in Chinese', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bizledger-'))
    const file = join(dir, 'newer.db')
    const raw = new Database(file)
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`)
    raw.close()
    expect(() => openDatabase(file)).toThrow(/数据库版本\(\d+\)高于本程序支持的版本/)
  })

  it('opens files in WAL mode with foreign keys on and a busy timeout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bizledger-'))
    const db = openDatabase(join(dir, 'ledger.db'))
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000)
    db.close()
  })

  it('rolls back a failing step and leaves the version where it was', () => {
    const db = new Database(':memory:')
    db.exec('CREATE TABLE enterprise (x INTEGER)') // collides with the first migration
    expect(() => migrate(db)).toThrow()
    expect(schemaVersion(db)).toBe(0)
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'building'").pluck().get()).toBe(0)
  })
})

describe('grid query plans', () => {
  const b = memoryBackend()
  seedBasics(b)
  const plan = (sql: string) =>
    (b.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('\n')

  it('finds an enterprise by credit code, building, partner and status through indexes', () => {
    expect(plan("SELECT id FROM enterprise WHERE credit_code = 'X'")).toMatch(
      /USING (COVERING )?INDEX enterprise_credit_code/,
    )
    expect(plan('SELECT id FROM enterprise WHERE building_id = 1')).toMatch(
      /USING (COVERING )?INDEX enterprise_building/,
    )
    expect(plan('SELECT id FROM enterprise WHERE partner_id = 1')).toMatch(/USING (COVERING )?INDEX enterprise_partner/)
  })

  it('counts dependents of a firm without scanning visits or requests', () => {
    expect(plan('SELECT count(*) FROM visit WHERE enterprise_id = 1')).toMatch(/USING COVERING INDEX visit_enterprise/)
    expect(plan('SELECT count(*) FROM request WHERE enterprise_id = 1')).toMatch(
      /USING COVERING INDEX request_enterprise/,
    )
    expect(plan('SELECT count(*) FROM rent_relief WHERE enterprise_id = 1')).toMatch(
      /USING COVERING INDEX rent_relief_enterprise/,
    )
  })

  it('lists a campaign’s visits and open requests by due date through indexes', () => {
    expect(plan('SELECT enterprise_id FROM visit WHERE campaign_id = 1')).toMatch(/INDEX visit_campaign/)
    expect(plan("SELECT id FROM request WHERE status = '办理中' ORDER BY due_on")).toMatch(/INDEX request_status_due/)
  })
})
