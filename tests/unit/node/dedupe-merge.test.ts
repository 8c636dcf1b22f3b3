/**
 * Merging records of one firm (issue #20): everything linked moves to the kept record, counted
 * before and after by independent SQL; one batch that Ctrl+Z undoes to the exact earlier state
 * (side tables too) and redo does again; two credit codes refused; a firm twice in one plan or
 * event kept once, and said.
 */
import { describe, expect, it } from 'vitest'
import { dispatchAsync } from '../../../src/main/ipc/dispatch'
import type { Backend } from '../../../src/main/app/backend'
import type { MergeCompare, MergeResult } from '../../../src/shared/ipc/channels/dedupe'
import { code } from '../../fixtures/workbooks'
import { campaignOver, memoryBackend, scalar } from '../../support/ledger'

async function call<T>(b: Backend, channel: string, input?: unknown): Promise<T> {
  const r = await dispatchAsync(b, channel, input)
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code })
  return r.value as T
}

/** The tables a merge touches, without the times a write stamps: what "the same state" means. */
const TABLES = (
  'enterprise visit visit_visitor request rent_relief event event_attendee organisation organisation_member ' +
  'campaign_assignment saved_view'
).split(' ')
function dump(b: Backend): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {}
  for (const t of TABLES) {
    const cols = (b.db.prepare(`PRAGMA table_info(${t})`).all() as { name: string }[])
      .map((c) => c.name)
      .filter((c) => c !== 'created_at' && c !== 'updated_at')
    out[t] = b.db.prepare(`SELECT ${cols.join(', ')} FROM ${t} ORDER BY ${cols.join(', ')}`).all()
  }
  return out
}

/** Every kind of record that points at a firm, counted by plain SQL. */
function links(b: Backend, id: number) {
  const n = (t: string) => scalar(b, `SELECT count(*) FROM ${t} WHERE enterprise_id = ?`, id)
  return {
    visits: n('visit'),
    requests: n('request'),
    rentReliefs: n('rent_relief'),
    events: n('event_attendee'),
    organisations: n('organisation_member'),
    plans: n('campaign_assignment'),
    views: scalar(b, `SELECT count(*) FROM saved_view WHERE json_extract(state, '$.scope.enterpriseId') = ?`, id),
  }
}

function world() {
  const b = memoryBackend()
  const staff = b.ledgers.staff.create({ name: '王建国' }).id as number
  const other = b.ledgers.staff.create({ name: '李明' }).id as number
  const building = b.ledgers.building.create({ name: '紫荆广场' }).id as number
  const partner = b.ledgers.partner.create({ name: '同济科技园' }).id as number
  const keep = b.ledgers.enterprise.create({
    name: '上海济丽建设(集团)有限公司',
    creditCode: code(1),
    phone: '65981234',
  }).id as number
  const from = b.ledgers.enterprise.create({
    name: '济丽建设（集团）有限责任公司',
    formerNames: '济丽建筑有限公司',
    buildingId: building,
    room: '1203',
    partnerId: partner,
    legalRep: '张三',
  }).id as number
  const bystander = b.ledgers.enterprise.create({ name: '上海无关科技有限公司' }).id as number
  const visit = (enterpriseId: number, on: string) =>
    b.ledgers.visit.create({ enterpriseId, visitedOn: on, visitorIds: [staff] }).id as number
  visit(keep, '2024-01-05')
  const v = visit(from, '2024-02-05')
  visit(from, '2024-03-05')
  b.ledgers.request.create({ enterpriseId: from, visitId: v, content: '融资', receivedOn: '2024-02-05' })
  b.ledgers.rentRelief.create({ buildingId: building, enterpriseId: from, tenantName: '济丽建设', amount: 5000 })
  const both = b.ledgers.event.create({ heldOn: '2024-04-01', theme: '发展交流会', attendeeIds: [keep, from] }).id
  b.ledgers.event.create({ heldOn: '2024-05-01', theme: '政策宣讲会', attendeeIds: [from, bystander] })
  b.ledgers.organisation.create({ name: '设计联盟', kind: '联盟', memberIds: [from] })
  const c1 = campaignOver(b, '2024冬令大走访', '2024-01-01', '2024-02-28').id as number
  const c2 = campaignOver(b, '2024夏令大走访', '2024-07-01', '2024-08-31').id as number
  b.assignFirms(c1, [keep, from], staff)
  b.assignFirms(c2, [from], other)
  b.views.save({ ledger: 'visit', name: '济丽的走访', state: { scope: { enterpriseId: from } } })
  return { b, keep, from, bystander, both }
}

describe('merge', () => {
  it('moves every linked record to the kept firm, by independent counts, and undo restores all', async () => {
    const { b, keep, from } = world()
    const before = dump(b)
    const k0 = links(b, keep)
    const f0 = links(b, from)
    expect(f0).toEqual({ visits: 2, requests: 1, rentReliefs: 1, events: 2, organisations: 1, plans: 2, views: 1 })

    const compare = await call<MergeCompare>(b, 'dedupe:compare', { ids: [keep, from] })
    expect(compare.refusal).toBeNull()
    expect(compare.defaults.legalRep).toBe(from)
    expect(compare.links[from].visits).toBe(2)

    // The newest non-empty value by default: the later record's name, unless the kept one is picked.
    expect(compare.defaults.name).toBe(from)
    const r = await call<MergeResult>(b, 'dedupe:merge', { keepId: keep, fromIds: [from], choose: { name: keep } })
    expect(r.removed).toBe(1)
    expect(scalar(b, 'SELECT count(*) FROM enterprise WHERE id = ?', from)).toBe(0)
    const k1 = links(b, keep)
    expect(links(b, from)).toEqual({
      visits: 0,
      requests: 0,
      rentReliefs: 0,
      events: 0,
      organisations: 0,
      plans: 0,
      views: 0,
    })
    expect(k1.visits).toBe(k0.visits + f0.visits)
    expect(k1.requests).toBe(k0.requests + f0.requests)
    expect(k1.rentReliefs).toBe(k0.rentReliefs + f0.rentReliefs)
    // Both were at 发展交流会 and in the winter plan: once each now.
    expect(k1.events).toBe(k0.events + f0.events - 1)
    expect(k1.organisations).toBe(k0.organisations + f0.organisations)
    expect(k1.plans).toBe(k0.plans + f0.plans - 1)
    expect(k1.views).toBe(1)
    expect(r.notes.some((n) => n.includes('发展交流会'))).toBe(true)
    expect(r.notes.some((n) => n.includes('2024冬令大走访'))).toBe(true)

    const kept = b.ledgers.enterprise.get(keep)
    expect(kept.creditCode).toBe(code(1))
    expect(kept.legalRep).toBe('张三')
    expect(kept.partnerId).not.toBeNull()
    expect(kept.formerNames).toBe('济丽建设(集团)有限责任公司、济丽建筑有限公司')

    const u = await call<{ label: string }>(b, 'history:undo')
    expect(u.label).toBe(`合并企业:“济丽建设(集团)有限责任公司”并入编号 ${keep}`)
    expect(dump(b)).toEqual(before)
    await call(b, 'history:redo')
    expect(links(b, keep)).toEqual(k1)
    await call(b, 'history:undo')
    expect(dump(b)).toEqual(before)
  })

  it('refuses two different credit codes, saying why, and changes nothing', async () => {
    const b = memoryBackend()
    const x = b.ledgers.enterprise.create({ name: '上海济丽建设有限公司', creditCode: code(1) }).id as number
    const y = b.ledgers.enterprise.create({ name: '济丽建设有限公司', creditCode: code(2) }).id as number
    const before = dump(b)
    const r = await dispatchAsync(b, 'dedupe:merge', { keepId: x, fromIds: [y] })
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.code).toBe('REFUSED')
      expect(r.error.message).toContain('统一社会信用代码不同')
      expect(r.error.message).toContain('不能合并')
    }
    expect(dump(b)).toEqual(before)
    const c = await call<MergeCompare>(b, 'dedupe:compare', { ids: [x, y] })
    expect(c.refusal).toContain('两个不同的法人')
  })

  it('takes the values the user picks, field by field', async () => {
    const { b, keep, from } = world()
    await call(b, 'dedupe:merge', { keepId: keep, fromIds: [from], choose: { name: from, phone: keep } })
    const kept = b.ledgers.enterprise.get(keep)
    expect(kept.name).toBe('济丽建设(集团)有限责任公司')
    expect(kept.phone).toBe('65981234')
    expect(kept.formerNames).toBe('上海济丽建设(集团)有限公司、济丽建筑有限公司')
  })
})
