/** `dedupe`, `merge` and `link` from the command line (issue #20), run as a user would. */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openBackend } from '../../../src/main/app/open'
import { cli } from '../../support/cli'
import { code } from '../../fixtures/workbooks'

function ledger() {
  const db = join(mkdtempSync(join(tmpdir(), 'bizledger-dedupe-')), 'ledger.db')
  const b = openBackend(db, '测试员')
  const ids = {
    a: b.ledgers.enterprise.create({ name: '上海济丽建设(集团)有限公司', creditCode: code(1) }).id as number,
    b: b.ledgers.enterprise.create({ name: '济丽建设（集团）有限责任公司' }).id as number,
    c: b.ledgers.enterprise.create({ name: '上海无关科技有限公司' }).id as number,
  }
  const building = b.ledgers.building.create({ name: '紫荆广场' }).id as number
  b.ledgers.visit.create({ enterpriseId: ids.b, visitedOn: '2024-01-05' })
  b.ledgers.rentRelief.create({ buildingId: building, tenantName: '上海济丽建设（集团）有限公司', amount: 1000 })
  b.db.close()
  return { db, ids }
}

describe('CLI dedupe', () => {
  it('prints the groups as one JSON object, ids, names, reasons and score', () => {
    const { db, ids } = ledger()
    const r = cli('dedupe', '--db', db, '--json')
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    const out = JSON.parse(r.out) as { groups: { ids: number[]; names: string[]; reasons: string[]; score: number }[] }
    expect(Object.keys(out)).toEqual(['groups'])
    expect(out.groups).toHaveLength(1)
    const [g] = out.groups
    expect(Object.keys(g).sort()).toEqual(['ids', 'names', 'reasons', 'score'])
    expect(g.ids).toEqual([ids.a, ids.b])
    expect(g.names).toEqual(['上海济丽建设(集团)有限公司', '济丽建设(集团)有限责任公司'])
    expect(g.reasons).toContain('名称规范化后相同')
    expect(g.score).toBeGreaterThanOrEqual(60)

    const text = cli('dedupe', '--db', db)
    expect(text.code).toBe(0)
    expect(text.out).toContain('疑似重复 1 组')
  })

  it('merges, refuses bad ids with usage, and links a tenant that now means one firm', () => {
    const { db, ids } = ledger()
    // Two firms of that name: the tenant could be either, so nothing is proposed yet.
    const none = cli('link', '--db', db, '--kind', 'rent-reliefs', '--json')
    expect(none.code).toBe(0)
    expect(JSON.parse(none.out)).toEqual({ proposals: [], linked: 0 })

    expect(cli('merge', '--db', db, '--keep', 'x', '--from', '2').code).toBe(2)
    const m = cli('merge', '--db', db, '--keep', String(ids.a), '--from', String(ids.b), '--json')
    expect(m.err).toBe('')
    expect(m.code).toBe(0)
    const merged = JSON.parse(m.out)
    expect(merged.removed).toBe(1)
    expect(merged.moved.visits).toBe(1)
    expect(JSON.parse(cli('dedupe', '--db', db, '--json').out)).toEqual({ groups: [] })

    const proposed = JSON.parse(cli('link', '--db', db, '--kind', 'rent-reliefs', '--json').out)
    expect(proposed.proposals).toHaveLength(1)
    expect(proposed.proposals[0].enterpriseId).toBe(ids.a)
    const accepted = cli('link', '--db', db, '--kind', 'rent-reliefs', '--accept')
    expect(accepted.code).toBe(0)
    expect(accepted.out).toContain('已关联 1 条')
    expect(JSON.parse(cli('link', '--db', db, '--kind', 'rent-reliefs', '--json').out).proposals).toEqual([])
    expect(cli('link', '--db', db, '--kind', 'shops').code).toBe(2)
  })

  it('refuses to merge two credit codes, exit 1 with the reason', () => {
    const { db, ids } = ledger()
    const b = openBackend(db, '测试员')
    const d = b.ledgers.enterprise.create({ name: '济丽建设集团有限公司', creditCode: code(2) }).id as number
    b.db.close()
    const r = cli('merge', '--db', db, '--keep', String(ids.a), '--from', String(d))
    expect(r.code).toBe(1)
    expect(r.err).toContain('统一社会信用代码不同')
  })
})
