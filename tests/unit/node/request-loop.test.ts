import { beforeAll, describe, expect, it } from 'vitest'
import type { Backend } from '../../../src/main/app/backend'
import { dispatch } from '../../../src/main/ipc/dispatch'
import {
  REQUEST_STATUSES,
  REQUEST_TRANSITIONS,
  addDays,
  daysBetween,
  daysOverdue,
  dueDate,
  localToday,
  transitionProblem,
  type RequestStatus,
} from '../../../src/shared/domain'
import { refused } from '../../support/errors'
import { campaignOver, memoryBackend, seedBasics } from '../../support/ledger'

describe('due dates and lateness', () => {
  it('adds the time limit across month, leap-year and year ends', () => {
    expect(dueDate('2024-01-31', 15)).toBe('2024-02-15')
    expect(dueDate('2024-02-20', 15)).toBe('2024-03-06') // 2024 is a leap year
    expect(dueDate('2023-02-20', 15)).toBe('2023-03-07')
    expect(dueDate('2024-12-25', 15)).toBe('2025-01-09')
    expect(dueDate('2024-03-31', 30)).toBe('2024-04-30')
    expect(dueDate('2024-05-10', null)).toBe('2024-05-25') // the default 15 days
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29')
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2)
  })

  it('counts days overdue only for open requests past their due date', () => {
    const due = { receivedOn: '2024-01-10', dueOn: '2024-01-25' }
    expect(daysOverdue({ ...due, status: '办理中' }, '2024-02-01')).toBe(7)
    expect(daysOverdue({ ...due, status: '办理中' }, '2024-01-25')).toBe(0)
    expect(daysOverdue({ ...due, status: '已办结' }, '2024-02-01')).toBe(0)
    expect(daysOverdue({ ...due, status: '受理' }, '2024-03-01')).toBe(36) // across February's end
  })
})

describe('status transitions', () => {
  const all = REQUEST_STATUSES as readonly RequestStatus[]
  it('allows exactly the moves of the table and explains the others in Chinese', () => {
    for (const from of all) {
      for (const to of all) {
        const problem = transitionProblem(from, to)
        if (from === to || REQUEST_TRANSITIONS[from].includes(to)) expect(problem, `${from}→${to}`).toBeNull()
        else expect(problem, `${from}→${to}`).toContain(`不能从“${from}”改为“${to}”`)
      }
    }
  })

  it('enforces every move in main, records each with who and when, and keeps the loop rules', () => {
    const b = memoryBackend()
    const { firm } = seedBasics(b)
    const unit = b.ledgers.dictionary.create({ kind: 'handlingUnit', name: '区人社局' }).id as number
    const make = () =>
      b.ledgers.request.create({ enterpriseId: firm.id as number, content: '招聘', receivedOn: '2024-07-01' })
        .id as number

    for (const from of all) {
      for (const to of all) {
        if (from === to) continue
        const id = make()
        // Walk to `from` by allowed steps with what each needs.
        const path: Record<RequestStatus, RequestStatus[]> = {
          受理: [],
          已派单: ['已派单'],
          办理中: ['办理中'],
          已办结: ['已办结'],
          无法解决: ['无法解决'],
        }
        for (const step of path[from])
          b.ledgers.request.update(id, { status: step, handlingUnitId: unit, response: '已答复' })
        const move = () => b.ledgers.request.update(id, { status: to, handlingUnitId: unit, response: '已答复' })
        if (REQUEST_TRANSITIONS[from].includes(to)) expect(move().status, `${from}→${to}`).toBe(to)
        else expect(refused(move).message, `${from}→${to}`).toContain('不能从')
      }
    }

    const id = make()
    b.ledgers.request.update(id, { status: '已派单', handlingUnitId: unit })
    b.ledgers.request.update(id, { status: '办理中' })
    const closed = b.ledgers.request.update(id, { status: '已办结', response: '已推荐三名候选人' })
    expect(closed.closedOn).toBe(localToday()) // filled in when not given
    const timeline = dispatch(b, 'request:timeline', { id })
    expect(timeline.ok && (timeline.value as { toStatus: string }[]).map((c) => c.toStatus)).toEqual([
      '受理',
      '已派单',
      '办理中',
      '已办结',
    ])
    if (timeline.ok) expect((timeline.value as { actor: string }[])[1].actor).toBe('测试员')
    const reopened = b.ledgers.request.update(id, { status: '办理中' })
    expect(reopened.closedOn).toBeNull()
  })

  it('refuses to close without a response, to dispatch without a unit, and a close before receipt', () => {
    const b = memoryBackend()
    const { firm } = seedBasics(b)
    const id = b.ledgers.request.create({ enterpriseId: firm.id as number, content: '融资', receivedOn: '2024-07-01' })
      .id as number
    expect(refused(() => b.ledgers.request.update(id, { status: '已办结' })).extra.fields?.response).toContain(
      '须填写办理情况',
    )
    expect(refused(() => b.ledgers.request.update(id, { status: '无法解决' })).message).toContain('写明原因')
    expect(refused(() => b.ledgers.request.update(id, { status: '已派单' })).extra.fields?.handlingUnitId).toBeDefined()
    expect(
      refused(() => b.ledgers.request.update(id, { status: '已办结', response: '好', closedOn: '2024-06-30' })).message,
    ).toContain('不能早于受理日期')
    expect(b.ledgers.request.get(id).status).toBe('受理')
  })

  it('sets the due date from the category’s time limit, 15 days by default', () => {
    const b = memoryBackend()
    const { firm } = seedBasics(b)
    const policy = b.ledgers.dictionary.create({ kind: 'requestCategory', name: '政策咨询', timeLimitDays: 5 })
    const a = b.ledgers.request.create({
      enterpriseId: firm.id as number,
      categoryId: policy.id as number,
      content: '咨询',
      receivedOn: '2024-02-27',
    })
    expect(a.dueOn).toBe('2024-03-03')
    const c = b.ledgers.request.create({ enterpriseId: firm.id as number, content: '其他', receivedOn: '2024-12-20' })
    expect(c.dueOn).toBe('2025-01-04')
  })
})

describe('campaigns', () => {
  let b: Backend
  beforeAll(() => {
    b = memoryBackend()
    b.setup('demo', 2)
  })
  const n = (q: string, ...p: unknown[]) =>
    b.db
      .prepare(q)
      .pluck()
      .get(...p) as number

  it('keeps a campaign visit within the campaign’s dates', () => {
    const c = campaignOver(b, '测试走访', '2026-12-01', '2026-12-31')
    const firm = n("SELECT id FROM enterprise WHERE status = '在营' LIMIT 1")
    const err = refused(() =>
      b.ledgers.visit.create({ enterpriseId: firm, campaignId: c.id as number, visitedOn: '2027-01-05' }),
    )
    expect(err.extra.fields?.visitedOn).toContain('2026-12-01 至 2026-12-31')
    expect(
      b.ledgers.visit.create({ enterpriseId: firm, campaignId: c.id as number, visitedOn: '2026-12-05' }).id,
    ).toBeTruthy()
  })

  it('plans a key-firm campaign: scope, progress by building and 楼掌柜 match independent SQL', () => {
    const c = campaignOver(b, '重点企业专访', '2026-12-01', '2026-12-31', { scope: { kind: 'key' } })
    const cid = c.id as number
    const keyFirms = b.db
      .prepare("SELECT id FROM enterprise WHERE is_key = 1 AND status = '在营' ORDER BY id")
      .pluck()
      .all() as number[]
    for (const id of keyFirms.slice(0, 3))
      b.ledgers.visit.create({ enterpriseId: id, campaignId: cid, visitedOn: '2026-12-02' })
    const plan = b.campaignPlan(cid)
    expect(plan.inScope).toBe(keyFirms.length)
    expect(plan.visited).toBe(3)
    expect(plan.pending).toHaveLength(keyFirms.length - 3)
    expect(plan.byBuilding.reduce((s, g) => s + g.inScope, 0)).toBe(keyFirms.length)
    expect(plan.byManager.reduce((s, g) => s + g.visited, 0)).toBe(3)
    const zj = plan.byBuilding.find((g) => g.name === '紫荆广场')
    if (zj) {
      expect(zj.inScope).toBe(
        n(
          "SELECT count(*) FROM enterprise e JOIN building b ON b.id = e.building_id WHERE b.name = '紫荆广场' AND e.is_key = 1 AND e.status = '在营'",
        ),
      )
    }
  })

  it('assigns firms to a visitor, but never a firm that moved out', () => {
    const c = campaignOver(b, '分配测试', '2026-12-01', '2026-12-31')
    const staff = n('SELECT id FROM staff LIMIT 1')
    const open = b.db.prepare("SELECT id FROM enterprise WHERE status = '在营' LIMIT 5").pluck().all() as number[]
    expect(b.assignFirms(c.id as number, open, staff)).toEqual({ assigned: 5 })
    expect(b.campaignPlan(c.id as number).pending.filter((f) => f.assigneeId === staff)).toHaveLength(5)
    const moved = n("SELECT id FROM enterprise WHERE status = '迁出' LIMIT 1")
    const err = refused(() => b.assignFirms(c.id as number, [moved], staff))
    expect(err.message).toContain('不能再列入走访计划')
    expect(b.campaignPlan(c.id as number).pending.some((f) => f.id === moved)).toBe(false)
  })

  it('records a visit with its requests in one save, or nothing when one request is wrong', () => {
    const firm = n("SELECT id FROM enterprise WHERE status = '在营' LIMIT 1")
    const visits = n('SELECT count(*) FROM visit')
    const bad = dispatch(b, 'visit:record', {
      visit: { enterpriseId: firm, visitedOn: '2026-11-02', form: '上门走访', summary: '了解经营' },
      requests: [{ content: '融资需求' }, { content: '  ' }],
    })
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.error.message).toContain('诉求内容')
    expect(n('SELECT count(*) FROM visit')).toBe(visits)
    const good = dispatch(b, 'visit:record', {
      visit: { enterpriseId: firm, visitedOn: '2026-11-02', form: '上门走访', summary: '了解经营' },
      requests: [
        { content: '希望对接银行贷款' },
        { content: '招聘应届生', status: '已办结', response: '已推送招聘会信息' },
      ],
    })
    expect(good.ok).toBe(true)
    if (!good.ok) return
    const v = good.value as {
      visit: { id: number }
      requests: { receivedOn: string; visitId: number; enterpriseId: number }[]
    }
    expect(v.requests.map((r) => [r.receivedOn, r.visitId, r.enterpriseId])).toEqual([
      ['2026-11-02', v.visit.id, firm],
      ['2026-11-02', v.visit.id, firm],
    ])
    expect(
      n(
        "SELECT count(DISTINCT batch) FROM audit_log WHERE entity_id IN (?, ?) AND entity IN ('visit', 'request') AND action = 'create' AND at >= date('now', '-1 day')",
        v.visit.id,
        v.visit.id,
      ),
    ).toBe(1)
  })

  it('matches a pasted sign-in list by name or credit code and lists the rest', () => {
    const [a, c] = b.db
      .prepare('SELECT name, credit_code AS code FROM enterprise WHERE credit_code IS NOT NULL LIMIT 2')
      .all() as {
      name: string
      code: string
    }[]
    const r = b.matchFirms(`${a.name}\n${c.code.toLowerCase()}、不存在的公司`)
    expect(r.matched.map((m) => m.name)).toEqual([a.name, c.name])
    expect(r.missing).toEqual(['不存在的公司'])
    // A firm listed by its 工商注册号 (full width, as a sign-in sheet may write it).
    const old = b.ledgers.enterprise.create({ name: '上海旧号贸易有限公司', registrationNo: '310110000555557' })
    expect(b.matchFirms('３１０１１００００５５５５５７').matched).toEqual([{ id: old.id, name: old.name }])
  })

  it('computes days open and overdue in SQL the same way as the rule', () => {
    const rows = b.grids.request.page({ startRow: 0, endRow: 1000 }).rows
    const today = localToday()
    for (const r of rows) {
      expect(r.daysOverdue ?? 0).toBe(
        daysOverdue(r as { status: string; receivedOn: string; dueOn: string | null }, today),
      )
    }
  })
})
