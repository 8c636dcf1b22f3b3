import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { cli } from '../../support/cli'

describe('CLI', () => {
  const db = join(mkdtempSync(join(tmpdir(), 'bizledger-cli-')), 'ledger.db')

  it('loads the demo ledger and reports its counts as one JSON object', () => {
    const demo = cli('demo', '--db', db, '--seed', '7')
    expect(demo.err).toBe('')
    expect(demo.code).toBe(0)
    const stats = cli('stats', '--db', db, '--json')
    expect(stats.code).toBe(0)
    const counts = JSON.parse(stats.out)
    for (const key of [
      'enterprises',
      'buildings',
      'staff',
      'partners',
      'campaigns',
      'visits',
      'requests',
      'rentReliefs',
      'events',
      'organisations',
    ]) {
      expect(typeof counts[key], key).toBe('number')
    }
    expect(counts.enterprises).toBeGreaterThanOrEqual(3000)
    expect(counts.partners).toBe(13)
    expect(counts.visits).toBeGreaterThanOrEqual(2100)
    expect(counts.requests).toBeGreaterThanOrEqual(320)

    const raw = new Database(db, { readonly: true })
    const total = (name: string) =>
      raw
        .prepare('SELECT sum(amount_cents) FROM rent_relief r JOIN building b ON b.id = r.building_id WHERE b.name = ?')
        .pluck()
        .get(name)
    expect(total('紫荆广场')).toBe(14_000_000_00)
    expect(total('旭辉广场')).toBe(12_000_000_00)
    raw.close()
  })

  it('refuses to load the demo over existing data, in Chinese, exit 1', () => {
    const again = cli('demo', '--db', db)
    expect(again.code).toBe(1)
    expect(again.err).toContain('已有数据')
  })

  it('prints usage and exits 2 for an unknown command or a bad option', () => {
    const unknown = cli('frobnicate')
    expect(unknown.code).toBe(2)
    expect(unknown.err).toContain('未知命令“frobnicate”')
    expect(unknown.err).toContain('用法')
    const badOpt = cli('stats', '--db', db, '--colour')
    expect(badOpt.code).toBe(2)
    expect(badOpt.err).toContain('未知选项“--colour”')
    const badSeed = cli('demo', '--db', join(tmpdir(), 'never.db'), '--seed', 'abc')
    expect(badSeed.code).toBe(2)
    const none = cli()
    expect(none.code).toBe(2)
  })
})
