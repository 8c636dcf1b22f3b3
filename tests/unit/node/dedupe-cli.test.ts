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
})
