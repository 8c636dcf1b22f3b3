import { beforeAll, describe, expect, it } from 'vitest'
import type { Backend } from '../../../src/main/app/backend'
import { dispatch } from '../../../src/main/ipc/dispatch'
import { memoryBackend } from '../../support/ledger'

let b: Backend
const one = <T>(q: string, ...p: unknown[]) => b.db.prepare(q).get(...p) as T

beforeAll(() => {
  b = memoryBackend()
  b.setup('demo', 1)
})

describe('global search', () => {
  const titles = (term: string, limit = 20) => b.search(term, limit).map((h) => h.title)

  it('finds a building by its pinyin initials, first', () => {
    expect(b.search('zjgc')[0]).toMatchObject({ kind: 'building', title: '紫荆广场' })
  })

  it('finds 同济 firms by full pinyin', () => {
    const hits = titles('tongji')
    expect(hits.length).toBeGreaterThan(0)
    expect(hits.some((t) => t.includes('同济'))).toBe(true)
  })

  it('finds firms by a 2-character term, which the trigram index alone would miss', () => {
    const hits = titles('同济', 50)
    expect(hits.length).toBeGreaterThan(0)
    for (const t of hits.filter((x) => !x.includes('同济'))) {
      // Anything else matched through its pinyin or another name.
      expect(t).toBeTruthy()
    }
    expect(hits.filter((t) => t.includes('同济')).length).toBeGreaterThan(0)
    expect(titles('紫荆')[0]).toBe('紫荆广场')
  })

  it('finds a firm by any 4+ characters of its credit code, in either case', () => {
    const firm = one<{ name: string; credit_code: string }>(
      'SELECT name, credit_code FROM enterprise WHERE credit_code IS NOT NULL ORDER BY id DESC LIMIT 1',
    )
    expect(titles(firm.credit_code.slice(9, 15))).toContain(firm.name)
    expect(titles(firm.credit_code.slice(10, 18).toLowerCase())).toContain(firm.name)
  })

  it('ranks an exact name above partial matches, and finds staff and partners', () => {
    const staff = one<{ name: string }>('SELECT name FROM staff LIMIT 1')
    expect(b.search(staff.name)[0]).toMatchObject({ kind: 'staff', title: staff.name })
    const partner = one<{ name: string }>('SELECT name FROM partner LIMIT 1')
    expect(b.search(partner.name)[0]).toMatchObject({ kind: 'partner', title: partner.name })
  })

  it('answers blank and odd terms with nothing rather than an error', () => {
    expect(b.search('   ')).toEqual([])
    for (const t of ['"', '*', 'AND', '(', '%_', 'NEAR('])
      expect(dispatch(b, 'search:global', { term: t }).ok).toBe(true)
  })
})

describe('detail views', () => {
  it('一企一档 gathers a firm with its visits, requests, rent reliefs, events and memberships', () => {
    const id = one<{ id: number }>(
      `SELECT e.id FROM enterprise e WHERE EXISTS (SELECT 1 FROM request r WHERE r.enterprise_id = e.id)
         AND EXISTS (SELECT 1 FROM organisation_member m WHERE m.enterprise_id = e.id) LIMIT 1`,
    ).id
    const p = b.profile('enterprise', id)
    expect(p.enterprise.id).toBe(id)
    expect(p.visits.length).toBe(one<{ n: number }>('SELECT count(*) AS n FROM visit WHERE enterprise_id = ?', id).n)
    expect(p.requests.length).toBe(
      one<{ n: number }>('SELECT count(*) AS n FROM request WHERE enterprise_id = ?', id).n,
    )
    expect(p.organisations.length).toBeGreaterThan(0)
    for (const r of p.requests) expect(r.daysOpen).toBeGreaterThanOrEqual(0)
    expect(p.history[0]).toMatchObject({ action: 'create' })
  })

  it('history names each change in Chinese, with names instead of ids', () => {
    const firm = one<{ id: number }>('SELECT id FROM enterprise WHERE building_id IS NOT NULL LIMIT 1')
    const zj = one<{ id: number }>("SELECT id FROM building WHERE name = '旭辉广场'")
    b.ledgers.enterprise.update(firm.id, { phone: '13900000000', buildingId: zj.id })
    const [latest] = b.profile('enterprise', firm.id).history
    expect(latest.action).toBe('update')
    const labels = Object.fromEntries(latest.changes.map((c) => [c.label, c.to]))
    expect(labels['联系电话']).toBe('13900000000')
    expect(labels['所在楼宇']).toBe('旭辉广场')
  })

  it('a building shows its firms, coverage per campaign, and the exact rent relief', () => {
    const id = one<{ id: number }>("SELECT id FROM building WHERE name = '紫荆广场'").id
    const p = b.buildingProfile(id)
    expect(p.rentRelief).toEqual({ count: 120, amount: 14_000_000 })
    expect(p.enterprises.length).toBe(
      one<{ n: number }>('SELECT count(*) AS n FROM enterprise WHERE building_id = ?', id).n,
    )
    expect(p.coverage.length).toBeGreaterThan(0)
    for (const c of p.coverage) expect(c.visited).toBeGreaterThanOrEqual(0)
    expect(p.manager?.name).toBeTruthy()
  })

  it('a partner lists the firms it brought in, by year', () => {
    const id = one<{ id: number }>('SELECT partner_id AS id FROM enterprise WHERE partner_id IS NOT NULL LIMIT 1').id
    const p = b.partnerProfile(id)
    expect(p.enterprises.length).toBe(
      one<{ n: number }>('SELECT count(*) AS n FROM enterprise WHERE partner_id = ?', id).n,
    )
    expect(p.byYear.reduce((s, y) => s + y.count, 0)).toBe(p.enterprises.length)
  })

  it('a staff member shows buildings managed, firms served and visits made', () => {
    const id = one<{ id: number }>('SELECT manager_id AS id FROM building WHERE manager_id IS NOT NULL LIMIT 1').id
    const p = b.staffProfile(id)
    expect(p.buildings.length).toBeGreaterThan(0)
    expect(p.visitCount).toBe(one<{ n: number }>('SELECT count(*) AS n FROM visit_visitor WHERE staff_id = ?', id).n)
    expect(p.recentVisits.length).toBe(Math.min(50, p.visitCount))
  })
})

describe('saved views', () => {
  it('are saved, renamed, listed per ledger and deleted; names are unique per ledger', () => {
    const state = {
      filter: { isKey: { filterType: 'set' as const, values: [true] } },
      columns: [{ colId: 'name', width: 240 }],
    }
    const v = b.views.save({ ledger: 'enterprise', name: '我的重点', state })
    expect(b.views.list('enterprise')).toEqual([v])
    expect(b.views.list('request')).toEqual([])
    const clash = dispatch(b, 'view:save', { ledger: 'enterprise', name: '我的重点', state: {} })
    expect(clash).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    const renamed = b.views.save({ id: v.id, ledger: 'enterprise', name: '重点(改)', state })
    expect(renamed.name).toBe('重点(改)')
    expect(b.views.delete(v.id)).toEqual({ deleted: 1 })
    expect(b.views.list('enterprise')).toEqual([])
  })
})
