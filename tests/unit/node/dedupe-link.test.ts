/**
 * Bare names linked to firms (issue #20): rent-relief tenants and event guests get the one firm
 * their name or 曾用名 means after normalisation; accepted as one batch that Ctrl+Z undoes.
 */
import { rmSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { dispatchAsync } from '../../../src/main/ipc/dispatch'
import type { Backend } from '../../../src/main/app/backend'
import { runImport } from '../../../src/main/import/run'
import type { LinkProposal } from '../../../src/shared/ipc/channels/dedupe'
import { memoryBackend, scalar } from '../../support/ledger'
import { scratch, writeSheet } from '../../fixtures/workbooks'

const file = scratch()
afterAll(() => rmSync(file.dir, { recursive: true, force: true }))

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
      attendeeIds: [],
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

  it("saves the dialog's list and its unfound names as one batch: one Ctrl+Z takes both back", async () => {
    const { b, jili } = world()
    const event = b.ledgers.event.create({ heldOn: '2024-04-01', theme: '发展交流会', attendeeIds: [] }).id as number
    const saved = await call<{ kept: number; event: { attendeeIds: number[] } }>(b, 'dedupe:keepGuests', {
      eventId: event,
      attendeeIds: [jili],
      names: ['路边小吃店', '路边小吃店'],
    })
    expect(saved).toMatchObject({ kept: 1, event: { attendeeIds: [jili] } })
    await call(b, 'history:undo')
    expect(scalar(b, 'SELECT count(*) FROM event_attendee WHERE event_id = ?', event)).toBe(0)
    expect(scalar(b, 'SELECT count(*) FROM event_guest')).toBe(0)
  })

  it('an event import keeps attendees that are no firm as guests; undoing the import takes them away', async () => {
    const { b, jili } = world()
    const path = await writeSheet(file('events.xlsx'), '活动', [
      ['活动日期', '活动主题', '活动类型', '参加企业'],
      ['2024-04-01', '发展交流会', '交流会', '上海济丽建设(集团)有限公司、济丽建设(集团)有限责任公司、路边小吃店'],
    ])
    const guests = () => b.db.prepare('SELECT name FROM event_guest ORDER BY id').pluck().all()
    const first = await runImport(b, { path, kind: 'events' })
    expect(first.inserted).toBe(1)
    // 有限责任公司 is not the import's own normalisation: a guest, whom 关联企业… then proposes.
    expect(guests()).toEqual(['济丽建设(集团)有限责任公司', '路边小吃店'])
    expect(first.warnings.map((w) => w.message)).toEqual(
      ['济丽建设(集团)有限责任公司', '路边小吃店'].map(
        (n) =>
          `“events.xlsx”工作表“活动”第2行D列“参加企业”:企业“${n}”不存在(或有重名),已留作来宾,可在活动页“关联企业…”中关联`,
      ),
    )
    const proposals = await call<LinkProposal[]>(b, 'dedupe:proposals', { kind: 'events' })
    expect(proposals.map((p) => [p.name, p.enterpriseId])).toEqual([['济丽建设(集团)有限责任公司', jili]])

    const again = await runImport(b, { path, kind: 'events' })
    expect(again).toMatchObject({ inserted: 0, unchanged: 1 })
    expect(guests()).toEqual(['济丽建设(集团)有限责任公司', '路边小吃店'])

    await call(b, 'import:undo', { batchId: first.batchId })
    expect(scalar(b, 'SELECT count(*) FROM event')).toBe(0)
    expect(guests()).toEqual([])
    const redone = await runImport(b, { path, kind: 'events' })
    expect(redone.inserted).toBe(1)
    expect(guests()).toEqual(['济丽建设(集团)有限责任公司', '路边小吃店'])
  })
})
