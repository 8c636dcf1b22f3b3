/**
 * History and undo (issue #9) through the same gate as the app: Ctrl+Z and redo of each kind of
 * change (an edit, a bulk edit, a delete with its cascade, an import), refusals when a later
 * change would be overwritten, a record back to an earlier version, 回收站 restore and purge,
 * and the activity list.
 */
import { readFileSync, rmSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { dispatchAsync } from '../../../src/main/ipc/dispatch'
import type { Backend } from '../../../src/main/app/backend'
import type { ActivityEntry, StepResult, TrashItem } from '../../../src/shared/ipc/channels/history'
import type { ImportBatch, ImportReport } from '../../../src/shared/ipc/channels/import'
import { code, scratch, writeSheet } from '../../fixtures/workbooks'
import { campaignOver, memoryBackend, seedBasics } from '../../support/ledger'

const file = scratch('bizledger-history-')
afterAll(() => rmSync(file.dir, { recursive: true, force: true }))

async function call<T>(b: Backend, channel: string, input?: unknown): Promise<T> {
  const r = await dispatchAsync(b, channel, input)
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code })
  return r.value as T
}
const fail = async (b: Backend, channel: string, input?: unknown) => {
  const r = await dispatchAsync(b, channel, input)
  if (r.ok) throw new Error(`${channel} should have failed`)
  return r.error
}
const firm = (b: Backend, id: number) => b.ledgers.enterprise.find(id)

describe('undo and redo', () => {
  it('undoes and redoes an edit, saying what it was', async () => {
    const b = memoryBackend()
    const { firm: f } = seedBasics(b)
    await call(b, 'enterprise:update', { id: f.id, patch: { phone: '021-1111' } })
    const u = await call<StepResult>(b, 'history:undo')
    expect(u.label).toBe('修改企业“上海紫荆建筑设计有限公司”的联系电话')
    expect(firm(b, f.id as number)?.phone).toBeNull()
    const r = await call<StepResult>(b, 'history:redo')
    expect(r.label).toBe(u.label)
    expect(firm(b, f.id as number)?.phone).toBe('021-1111')
    // Undo again, then a new change: nothing left to redo.
    await call(b, 'history:undo')
    await call(b, 'enterprise:update', { id: f.id, patch: { contact: '张三' } })
    expect((await fail(b, 'history:redo')).code).toBe('NOTHING_TO_REDO')
  })

  it('walks back several changes and forward again in order', async () => {
    const b = memoryBackend()
    const { firm: f } = seedBasics(b)
    const id = f.id as number
    for (const phone of ['1', '2', '3']) await call(b, 'enterprise:update', { id, patch: { phone } })
    await call(b, 'history:undo')
    await call(b, 'history:undo')
    expect(firm(b, id)?.phone).toBe('1')
    await call(b, 'history:redo')
    expect(firm(b, id)?.phone).toBe('2')
    await call(b, 'history:undo')
    await call(b, 'history:undo')
    expect(firm(b, id)?.phone).toBeNull()
    await call(b, 'history:redo')
    await call(b, 'history:redo')
    await call(b, 'history:redo')
    expect(firm(b, id)?.phone).toBe('3')
  })

  it('undoes a bulk edit as one change', async () => {
    const b = memoryBackend()
    const { firm: f } = seedBasics(b)
    const g = b.ledgers.enterprise.create({ name: '上海乙科技有限公司' })
    await call(b, 'enterprise:bulkUpdate', { ids: [f.id, g.id], patch: { isKey: true } })
    const u = await call<StepResult>(b, 'history:undo')
    expect(u.label).toBe('批量修改 2 家企业的重点企业')
    expect([firm(b, f.id as number)?.isKey, firm(b, g.id as number)?.isKey]).toEqual([false, false])
    await call(b, 'history:redo')
    expect([firm(b, f.id as number)?.isKey, firm(b, g.id as number)?.isKey]).toEqual([true, true])
  })

  it('undoes a delete with its cascade and join rows, ids and history kept', async () => {
    const b = memoryBackend()
    const { firm: f, manager } = seedBasics(b)
    const id = f.id as number
    const campaign = campaignOver(b, '2023冬令大走访', '2023-01-01', '2023-12-31', { kind: '冬令大走访' })
    const visit = b.ledgers.visit.create({
      enterpriseId: id,
      visitedOn: '2023-03-01',
      campaignId: campaign.id,
      visitorIds: [manager.id],
      form: '上门走访',
    })
    const event = b.ledgers.event.create({ theme: '发展交流会', heldOn: '2023-05-01', attendeeIds: [id] })
    await call(b, 'enterprise:delete', { id, cascade: true })
    expect(firm(b, id)).toBeUndefined()
    const u = await call<StepResult>(b, 'history:undo')
    expect(u.label).toBe('删除企业“上海紫荆建筑设计有限公司”及相关记录 1 条')
    expect(firm(b, id)?.name).toBe('上海紫荆建筑设计有限公司')
    expect(b.ledgers.visit.find(visit.id as number)?.visitorIds).toEqual([manager.id])
    expect(b.ledgers.event.find(event.id as number)?.attendeeIds).toEqual([id])
    // Its history runs on: created, deleted, restored.
    expect(
      (await call<{ action: string }[]>(b, 'audit:history', { entity: 'enterprise', id })).map((e) => e.action),
    ).toEqual(['create', 'delete', 'create'])
    await call(b, 'history:redo')
    expect(firm(b, id)).toBeUndefined()
  })

  it('undoes a create, and refuses once the record was changed since or others use it', async () => {
    const b = memoryBackend()
    const created = await call<{ id: number }>(b, 'enterprise:create', { name: '上海丙咨询有限公司' })
    await call(b, 'history:undo')
    expect(firm(b, created.id)).toBeUndefined()
    await call(b, 'history:redo')
    expect(firm(b, created.id)?.name).toBe('上海丙咨询有限公司')

    const g = await call<{ id: number }>(b, 'enterprise:create', { name: '上海丁科技有限公司' })
    b.ledgers.visit.create({ enterpriseId: g.id, visitedOn: '2023-03-01', form: '电话回访' })
    // The visit is the newest change: undone first. Then the firm can go.
    await call(b, 'history:undo')
    await call(b, 'history:undo')
    expect(firm(b, g.id)).toBeUndefined()
  })

  /**
   * A firm's phone changed, then the firm changed again by `later`: the first change's batch,
   * to undo outside the undo order (the import page undoes a named batch; here by hand).
   */
  async function changedTwice(later: Record<string, string>) {
    const b = memoryBackend()
    const id = seedBasics(b).firm.id as number
    await call(b, 'enterprise:update', { id, patch: { phone: '021-1111' } })
    const batch = b.db
      .prepare("SELECT batch FROM audit_log WHERE action = 'update' ORDER BY id DESC")
      .pluck()
      .get() as string
    await call(b, 'enterprise:update', { id, patch: later })
    return { b, id, batch }
  }

  it('refuses, in Chinese, an undo that would overwrite a later change of the same field', async () => {
    const { b, id, batch } = await changedTwice({ phone: '021-2222', contact: '李四' })
    const { undoBatchOf } = await import('../../../src/main/history/steps')
    const before = b.db.prepare('SELECT count(*) FROM audit_log').pluck().get()
    expect(() => undoBatchOf(b, batch)).toThrow(/无法撤销:企业“上海紫荆建筑设计有限公司”的“联系电话”在此之后又被修改过/)
    expect(b.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(before)
    expect(firm(b, id)?.phone).toBe('021-2222')
  })

  it('an undo does not stop at a later change of another field', async () => {
    const { b, id, batch } = await changedTwice({ contact: '李四' })
    const { undoBatchOf } = await import('../../../src/main/history/steps')
    undoBatchOf(b, batch)
    expect(firm(b, id)).toMatchObject({ phone: null, contact: '李四' })
  })

  it('puts a request status back although a user could not move it back', async () => {
    const b = memoryBackend()
    const { firm: f } = seedBasics(b)
    const cat = b.ledgers.dictionary.create({ kind: 'requestCategory', name: '融资需求' })
    const req = b.ledgers.request.create({
      enterpriseId: f.id,
      categoryId: cat.id,
      content: '需要贷款',
      receivedOn: '2023-03-01',
    })
    await call(b, 'request:update', { id: req.id, patch: { status: '已办结', response: '已对接银行' } })
    await call(b, 'history:undo')
    expect(b.ledgers.request.get(req.id as number)).toMatchObject({ status: '受理', closedOn: null })
  })
})

describe('an import through undo', () => {
  it('Ctrl+Z undoes a whole import, and the import page sees it undone; redo brings it back', async () => {
    const b = memoryBackend()
    const path = await writeSheet(file('imp.xlsx'), '名录', [
      ['企业名称', '统一社会信用代码', '所在楼宇'],
      ['上海甲设计有限公司', code(1), '紫荆广场'],
      ['上海乙科技有限公司', code(2), '紫荆广场'],
    ])
    const { id } = await b.uploads.save('imp.xlsx', readFileSync(path))
    const report = await call<ImportReport>(b, 'import:run', { file: id, kind: 'enterprises' })
    const u = await call<StepResult>(b, 'history:undo')
    expect(u.label).toBe('导入“imp.xlsx”')
    expect(b.stats()).toMatchObject({ enterprises: 0, buildings: 0 })
    expect((await call<ImportBatch[]>(b, 'import:batches'))[0].undoneAt).not.toBeNull()
    await call(b, 'history:redo')
    expect(b.stats()).toMatchObject({ enterprises: 2, buildings: 1 })
    expect((await call<ImportBatch[]>(b, 'import:batches'))[0].undoneAt).toBeNull()
    // The import page's own button goes through the same machinery.
    await call(b, 'import:undo', { batchId: report.batchId })
    expect(b.stats()).toMatchObject({ enterprises: 0 })
    expect((await fail(b, 'import:undo', { batchId: report.batchId })).message).toContain('已于')
  })
})

describe('versions, 回收站 and the activity list', () => {
  it('restores a record to an earlier version, itself undoable', async () => {
    const b = memoryBackend()
    const { firm: f } = seedBasics(b)
    const id = f.id as number
    await call(b, 'enterprise:update', { id, patch: { phone: '1', contact: '甲' } })
    await call(b, 'enterprise:update', { id, patch: { phone: '2', contact: '乙' } })
    const history = await call<{ id: number }[]>(b, 'audit:history', { entity: 'enterprise', id })
    await call(b, 'history:restoreVersion', { auditId: history[1].id })
    expect(firm(b, id)).toMatchObject({ phone: '1', contact: '甲' })
    await call(b, 'history:undo')
    expect(firm(b, id)).toMatchObject({ phone: '2', contact: '乙' })
  })

  it('lists deletes in 回收站, restores one with its cascade, purges another', async () => {
    const b = memoryBackend()
    const { firm: f } = seedBasics(b)
    const g = b.ledgers.enterprise.create({ name: '上海乙科技有限公司' })
    b.ledgers.visit.create({ enterpriseId: f.id, visitedOn: '2023-03-01', form: '电话回访' })
    await call(b, 'enterprise:delete', { id: f.id, cascade: true })
    await call(b, 'enterprise:delete', { id: g.id })
    let trash = await call<{ items: TrashItem[]; total: number }>(b, 'history:trash')
    expect(trash.items.map((t) => [t.label, t.title, t.along])).toEqual([
      ['企业', '上海乙科技有限公司', 0],
      ['企业', '上海紫荆建筑设计有限公司', 1],
    ])
    const restored = await call<StepResult>(b, 'history:restore', { batch: trash.items[1].batch })
    expect(restored.records).toBe(2)
    expect(b.stats()).toMatchObject({ enterprises: 1, visits: 1 })
    await call(b, 'history:purge', { batch: trash.items[0].batch })
    trash = await call(b, 'history:trash')
    expect(trash.total).toBe(0)
    expect((await fail(b, 'history:restore', { batch: trash.items[0]?.batch ?? 'x' })).code).toBe('NOT_FOUND')
    // Undo of the restore puts the firm back in the bin.
    await call(b, 'history:undo')
    expect((await call<{ total: number }>(b, 'history:trash')).total).toBe(1)
  })

  it('lists activity newest first with filters, and each line opens to its fields', async () => {
    const b = memoryBackend()
    const { firm: f } = seedBasics(b)
    await call(b, 'enterprise:update', { id: f.id, patch: { phone: '021-1111' } })
    await call(b, 'history:undo')
    const all = await call<{ items: ActivityEntry[]; total: number }>(b, 'history:activity', {})
    expect(all.items[0]).toMatchObject({ kind: 'undo', label: '修改企业“上海紫荆建筑设计有限公司”的联系电话' })
    expect(all.items[1]).toMatchObject({ kind: 'change', undone: true, actor: '测试员' })
    const buildings = await call<{ items: ActivityEntry[] }>(b, 'history:activity', { entity: 'building' })
    expect(buildings.items.map((i) => i.label)).toEqual(['新建楼宇“紫荆广场”'])
    const records = await call<{ changes: { label: string; from: unknown; to: unknown }[] }[]>(b, 'history:records', {
      batch: all.items[1].batch,
    })
    expect(records[0].changes).toEqual([{ field: 'phone', label: '联系电话', from: null, to: '021-1111' }])
  })

  it('names changes after the 设置 user name', async () => {
    const b = memoryBackend()
    await call(b, 'settings:setUser', { name: '王科长' })
    b.ledgers.partner.create({ name: '同济科技园' })
    expect((await call<{ items: ActivityEntry[] }>(b, 'history:activity', {})).items[0].actor).toBe('王科长')
    expect((await call<{ userName: string }>(b, 'settings:setUser', { name: '' })).userName).toBe('测试员')
  })
})
