/**
 * Bare names linked to firms (issue #20): rent-relief tenants and event guests get the one firm
 * their name or 曾用名 means after normalisation; accepted as one batch that Ctrl+Z undoes.
 */
import { describe, expect, it } from 'vitest'
import { dispatchAsync } from '../../../src/main/ipc/dispatch'
import type { Backend } from '../../../src/main/app/backend'
import type { LinkProposal } from '../../../src/shared/ipc/channels/dedupe'
import { memoryBackend, scalar } from '../../support/ledger'

async function call<T>(b: Backend, channel: string, input?: unknown): Promise<T> {
  const r = await dispatchAsync(b, channel, input)
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code })
  return r.value as T
}

function world() {
  const b = memoryBackend()
  const building = b.ledgers.building.create({ name: '紫荆广场' }).id as number
  const jili = b.ledgers.enterprise.create({ name: '上海济丽建设(集团)有限公司' }).id as number
  const renamed = b.ledgers.enterprise.create({ name: '上海新名设计有限公司', formerNames: '上海老名设计有限公司' })
    .id as number
  b.ledgers.enterprise.create({ name: '上海同名咨询有限公司' })
  b.ledgers.enterprise.create({ name: '同名咨询有限责任公司' })
  const relief = (tenantName: string) =>
    b.ledgers.rentRelief.create({ buildingId: building, tenantName, amount: 1000, batch: '2022第一批' }).id as number
  const r1 = relief('济丽建设（集团）有限责任公司')
  const r2 = relief('上海老名设计有限公司')
  relief('同名咨询有限公司') // two firms of that name: no proposal
  relief('路边小吃店') // no firm at all
  return { b, jili, renamed, r1, r2 }
}

describe('link bare names', () => {
  it('proposes the one firm a tenant means, by name or 曾用名, never a guess among several', async () => {
    const { b, jili, renamed, r1, r2 } = world()
    const p = await call<LinkProposal[]>(b, 'dedupe:proposals', { kind: 'rent-reliefs' })
    expect(p.map((x) => [x.recordId, x.enterpriseId])).toEqual([
      [r1, jili],
      [r2, renamed],
    ])
    expect(p[0].context).toBe('紫荆广场 2022第一批')
  })

  it('links all at once as one batch; Ctrl+Z unlinks them all', async () => {
    const { b, r1, r2 } = world()
    const p = await call<LinkProposal[]>(b, 'dedupe:proposals', { kind: 'rent-reliefs' })
    const r = await call<{ linked: number }>(b, 'dedupe:link', {
      kind: 'rent-reliefs',
      links: p.map((x) => ({ recordId: x.recordId, enterpriseId: x.enterpriseId })),
    })
    expect(r.linked).toBe(2)
    expect(scalar(b, 'SELECT count(*) FROM rent_relief WHERE enterprise_id IS NOT NULL')).toBe(2)
    expect(await call(b, 'dedupe:proposals', { kind: 'rent-reliefs' })).toEqual([])
    await call(b, 'history:undo')
    expect(scalar(b, 'SELECT count(*) FROM rent_relief WHERE enterprise_id IS NOT NULL')).toBe(0)
    expect(scalar(b, 'SELECT count(*) FROM rent_relief WHERE id IN (?, ?)', r1, r2)).toBe(2)
  })

  it('turns an event guest into an attendee, and undo brings the guest back', async () => {
    const { b, jili } = world()
    const event = b.ledgers.event.create({ heldOn: '2024-04-01', theme: '发展交流会', attendeeIds: [] }).id as number
    const kept = await call<{ kept: number }>(b, 'dedupe:keepGuests', {
      eventId: event,
      names: ['济丽建设（集团）有限公司', '路边小吃店'],
    })
    expect(kept.kept).toBe(2)
    const [p, ...more] = await call<LinkProposal[]>(b, 'dedupe:proposals', { kind: 'events' })
    expect(more).toEqual([])
    expect(p.enterpriseId).toBe(jili)
    expect(p.context).toBe('2024-04-01 发展交流会')
    await call(b, 'dedupe:link', { kind: 'events', links: [{ recordId: p.recordId, enterpriseId: jili }] })
    expect(scalar(b, 'SELECT count(*) FROM event_attendee WHERE event_id = ? AND enterprise_id = ?', event, jili)).toBe(
      1,
    )
    expect(scalar(b, 'SELECT count(*) FROM event_guest')).toBe(1)
    await call(b, 'history:undo')
    expect(scalar(b, 'SELECT count(*) FROM event_attendee WHERE event_id = ?', event)).toBe(0)
    expect(scalar(b, 'SELECT group_concat(name) FROM event_guest ORDER BY id')).toContain('济丽建设（集团）有限公司')
    expect(scalar(b, 'SELECT count(*) FROM event_guest')).toBe(2)
  })
})
