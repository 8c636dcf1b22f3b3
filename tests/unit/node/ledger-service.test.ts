import { describe, expect, it } from 'vitest'
import type { Backend } from '../../../src/main/app/backend'
import { columnOf, storedFields } from '../../../src/main/ledger/mapping'
import type { LedgerName } from '../../../src/main/ledgers'
import { refused } from '../../support/errors'
import { memoryBackend, seedBasics } from '../../support/ledger'

const auditRows = (b: ReturnType<typeof memoryBackend>, entity: string) =>
  b.db
    .prepare('SELECT action, actor, before, after, batch FROM audit_log WHERE entity = ? ORDER BY id')
    .all(entity) as {
    action: string
    actor: string
    before: string | null
    after: string | null
    batch: string | null
  }[]

describe('ledger services', () => {
  it('creates an enterprise with its joined names and defaults', () => {
    const b = memoryBackend()
    const { firm } = seedBasics(b)
    expect(firm).toMatchObject({
      name: '上海紫荆建筑设计有限公司',
      creditCode: '91350100M000100Y43',
      industryName: '建筑设计',
      buildingName: '紫荆广场',
      managerName: '王建国',
      status: '在营',
      isKey: false,
      registeredCapital: null,
    })
    expect(b.ledgers.enterprise.list()).toHaveLength(1)
  })

  it('normalises a full-width credit code and refuses a broken one with the position in Chinese', () => {
    const b = memoryBackend()
    const ok = b.ledgers.enterprise.create({ name: '甲公司', creditCode: '９１１１００００６０００３７３４１ｌ' })
    expect(ok.creditCode).toBe('91110000600037341L')
    const err = refused(() => b.ledgers.enterprise.create({ name: '乙公司', creditCode: '91110000600037341K' }))
    expect(err.code).toBe('VALIDATION')
    expect(err.message).toContain('第18位(校验位)应为“L”')
    expect(err.extra.fields?.creditCode).toBeDefined()
    expect(b.ledgers.enterprise.count()).toBe(1)
  })

  it('keeps a credit code unique and names the firm holding it', () => {
    const b = memoryBackend()
    seedBasics(b)
    const err = refused(() => b.ledgers.enterprise.create({ name: '另一家', creditCode: '91350100M000100Y43' }))
    expect(err.code).toBe('CONFLICT')
    expect(err.message).toContain('上海紫荆建筑设计有限公司')
  })

  it('allows many firms without a code', () => {
    const b = memoryBackend()
    b.ledgers.enterprise.create({ name: '甲', creditCode: '' })
    b.ledgers.enterprise.create({ name: '乙' })
    expect(b.ledgers.enterprise.list().map((e) => e.creditCode)).toEqual([null, null])
  })

  it('requires a name and explains a wrong number and a wrong date', () => {
    const b = memoryBackend()
    expect(refused(() => b.ledgers.enterprise.create({ name: '  ' })).message).toContain('请填写企业名称')
    const err = refused(() =>
      b.ledgers.enterprise.create({
        name: '甲',
        registeredCapital: '五百' as unknown as number,
        establishedOn: '2023-02-30',
      }),
    )
    expect(err.message).toContain('注册资本')
    expect(err.message).toContain('成立日期应为有效日期')
  })

  it('updates one field, validates the merged record and audits before and after', () => {
    const b = memoryBackend()
    const { firm } = seedBasics(b)
    const id = firm.id as number
    const after = b.ledgers.enterprise.update(id, { phone: '021-65981234', isKey: true })
    expect(after).toMatchObject({ phone: '021-65981234', isKey: true, name: firm.name, buildingName: '紫荆广场' })
    const rows = auditRows(b, 'enterprise')
    expect(rows.map((r) => r.action)).toEqual(['create', 'update'])
    expect(rows[1].actor).toBe('测试员')
    expect(JSON.parse(rows[1].before!).phone).toBeNull()
    expect(JSON.parse(rows[1].after!).phone).toBe('021-65981234')
  })

  it('checks cross-field rules on update against the stored record', () => {
    const b = memoryBackend()
    const { firm } = seedBasics(b)
    const req = b.ledgers.request.create({ enterpriseId: firm.id as number, content: '融资', receivedOn: '2024-07-10' })
    const err = refused(() => b.ledgers.request.update(req.id as number, { closedOn: '2024-07-01' }))
    expect(err.message).toContain('办结日期不能早于受理日期')
  })

  it('refuses a reference to a record that does not exist, and changes nothing', () => {
    const b = memoryBackend()
    const err = refused(() => b.ledgers.enterprise.create({ name: '甲', buildingId: 999 }))
    expect(err.code).toBe('BAD_REFERENCE')
    expect(b.ledgers.enterprise.count()).toBe(0)
    expect(auditRows(b, 'enterprise')).toHaveLength(0)
  })

  it('refuses to delete a firm with visits, requests or rent reliefs, counting them, until confirmed', () => {
    const b = memoryBackend()
    const { firm, manager, building } = seedBasics(b)
    const fid = firm.id as number
    const visit = b.ledgers.visit.create({
      enterpriseId: fid,
      visitedOn: '2024-07-05',
      visitorIds: [manager.id as number],
    })
    b.ledgers.visit.create({ enterpriseId: fid, visitedOn: '2024-12-05' })
    b.ledgers.request.create({
      enterpriseId: fid,
      visitId: visit.id as number,
      content: '招聘',
      receivedOn: '2024-07-05',
    })
    b.ledgers.rentRelief.create({
      enterpriseId: fid,
      buildingId: building.id as number,
      tenantName: firm.name as string,
      amount: 12000.5,
    })

    const err = refused(() => b.ledgers.enterprise.delete(fid))
    expect(err.code).toBe('HAS_DEPENDENTS')
    expect(err.message).toContain('诉求 1 件')
    expect(err.message).toContain('走访记录 2 条')
    expect(err.message).toContain('房租减免记录 1 条')
    expect(b.ledgers.enterprise.count()).toBe(1)
    expect(b.ledgers.visit.count()).toBe(2)

    expect(b.ledgers.enterprise.dependents(fid)).toEqual([
      { label: '诉求', count: 1, unit: '件', cascades: true },
      { label: '走访记录', count: 2, unit: '条', cascades: true },
      { label: '房租减免记录', count: 1, unit: '条', cascades: true },
    ])

    const result = b.ledgers.enterprise.delete(fid, true)
    expect(result.deleted).toBe(1)
    expect(b.ledgers.enterprise.count()).toBe(0)
    expect(b.ledgers.visit.count()).toBe(0)
    expect(b.ledgers.request.count()).toBe(0)
    expect(b.ledgers.rentRelief.count()).toBe(0)
    // One batch covers the whole cascade, so it can be undone as one.
    const batches = new Set(
      b.db.prepare("SELECT batch FROM audit_log WHERE action = 'delete'").pluck().all() as string[],
    )
    expect(batches.size).toBe(1)
    expect([...batches][0]).toBeTruthy()
  })

  it('unlinks firms from a deleted building, auditing each', () => {
    const b = memoryBackend()
    const { building, firm } = seedBasics(b)
    b.ledgers.building.delete(building.id as number)
    expect(b.ledgers.enterprise.get(firm.id as number).buildingId).toBeNull()
    expect(auditRows(b, 'enterprise').map((r) => r.action)).toEqual(['create', 'update'])
  })

  it('refuses to delete a dictionary entry in use', () => {
    const b = memoryBackend()
    const { industry } = seedBasics(b)
    const err = refused(() => b.ledgers.dictionary.delete(industry.id as number, true))
    expect(err.code).toBe('IN_USE')
    expect(err.message).toContain('企业 1 家')
  })

  it('keeps money exact in fen and links in join tables', () => {
    const b = memoryBackend()
    const { firm, manager } = seedBasics(b)
    const r = b.ledgers.rentRelief.create({ tenantName: '小吃店', amount: 0.1 + 0.2 })
    expect(r.amount).toBe(0.3)
    const v = b.ledgers.visit.create({
      enterpriseId: firm.id as number,
      visitedOn: '2024-07-05',
      visitorIds: [manager.id as number],
    })
    expect(v).toMatchObject({ visitorIds: [manager.id], visitorNames: '王建国', enterpriseName: firm.name })
    const v2 = b.ledgers.visit.update(v.id as number, { visitorIds: [] })
    expect(v2.visitorIds).toEqual([])
  })

  it('reports a missing record in Chinese', () => {
    const b = memoryBackend()
    expect(refused(() => b.ledgers.partner.get(42)).message).toContain('招商合作伙伴记录不存在')
  })

  it('a lean create (the import) audits and returns what a full create stores', () => {
    const b = memoryBackend()
    b.setup('demo', 3)
    for (const [name, lean] of copyDemoRecords(b)) {
      const svc = b.ledgers[name]
      const stored = storedFields(svc.def, svc.get(lean.id as number))
      expect(JSON.parse(auditedCreate(b, name, lean.id as number)), `${name} ${String(lean.id)}`).toEqual(stored)
      expect(storedFields(svc.def, lean)).toEqual(stored)
    }
    // What an import row leaves out takes the database's defaults, in the audit row too.
    const bare = b.ledgers.enterprise.create({ name: '只有名称的企业' }, { lean: true })
    const audited = b.db
      .prepare("SELECT after FROM audit_log WHERE entity = 'enterprise' AND entity_id = ?")
      .pluck()
      .get(bare.id) as string
    expect(JSON.parse(audited)).toEqual(
      storedFields(b.ledgers.enterprise.def, b.ledgers.enterprise.get(bare.id as number)),
    )
    expect(JSON.parse(audited)).toMatchObject({ status: '在营', isKey: false })
  })

  it('a create whose audit row the import defers is audited by SQL exactly as one audited at once', () => {
    const b = memoryBackend()
    b.setup('demo', 3)
    b.db.exec('BEGIN')
    b.audit.batch = 'deferred'
    b.audit.deferCreates()
    const made = copyDemoRecords(b)
    // Money in 元 with 分, kept in cents.
    const relief = storedFields(b.ledgers.rentRelief.def, b.ledgers.rentRelief.list()[0])
    delete relief.id
    made.push(['rentRelief', b.ledgers.rentRelief.create({ ...relief, amount: 1234.56 }, { lean: true })])
    const now = () => b.db.prepare("SELECT count(*) FROM audit_log WHERE batch = 'deferred'").pluck().get()
    // 活动 (with link rows) audits its creates at once, writing the deferred ones before
    // them; the 字典 copies made after are still waiting.
    expect(now()).toBe(made.filter(([name]) => name !== 'dictionary').length - 1)
    b.audit.stopDeferring({ discard: false })
    b.db.exec('COMMIT')
    expect(now()).toBe(made.length)
    for (const [name, lean] of made) {
      const stored = storedFields(b.ledgers[name].def, b.ledgers[name].get(lean.id as number))
      expect(JSON.parse(auditedCreate(b, name, lean.id as number)), `${name} ${String(lean.id)}`).toEqual(stored)
    }
    // Flags both ways, money in cents, lists and blanks were all among them.
    const after = made.map(([name, r]) => JSON.parse(auditedCreate(b, name, r.id as number)) as Record<string, unknown>)
    expect(after.some((a) => a.isKey === true) && after.some((a) => a.isKey === false)).toBe(true)
    expect(after.some((a) => a.amount === 1234.56)).toBe(true)
    expect(after.some((a) => Array.isArray(a.roles) && a.roles.length > 0)).toBe(true)
  })

  it('keeps the log in the order of the writes around deferred creates', () => {
    const b = memoryBackend()
    const firm = b.ledgers.enterprise
    b.db.exec('BEGIN')
    b.audit.batch = 'order'
    b.audit.deferCreates()
    const first = firm.create({ name: '上海甲设计有限公司' }, { lean: true })
    b.ledgers.building.create({ name: '紫荆广场' })
    firm.create({ name: '上海乙科技有限公司' }, { lean: true })
    firm.update(first.id as number, { contact: '王' })
    b.audit.stopDeferring({ discard: false })
    b.db.exec('COMMIT')
    const log = b.db
      .prepare(
        "SELECT entity, action, json_extract(coalesce(after, before), '$.name') AS name FROM audit_log ORDER BY id",
      )
      .all()
    expect(log).toEqual([
      { entity: 'enterprise', action: 'create', name: '上海甲设计有限公司' },
      { entity: 'building', action: 'create', name: '紫荆广场' },
      { entity: 'enterprise', action: 'create', name: '上海乙科技有限公司' },
      { entity: 'enterprise', action: 'update', name: '上海甲设计有限公司' },
    ])
  })
})

const DEMO_LEDGERS: LedgerName[] = ['enterprise', 'building', 'staff', 'partner', 'rentRelief', 'event', 'dictionary']

/** A lean create (as the import makes) of a copy of each of the first demo records of each ledger. */
function copyDemoRecords(b: Backend): [LedgerName, Record<string, unknown>][] {
  const made: [LedgerName, Record<string, unknown>][] = []
  for (const name of DEMO_LEDGERS) {
    const svc = b.ledgers[name]
    for (const source of svc.list().slice(0, 20)) {
      const input: Record<string, unknown> = storedFields(svc.def, source)
      delete input.id
      // A fresh value for whatever must be unique, so the copy can be written beside the original.
      for (const f of [...(svc.def.unique ?? []), 'name']) {
        if (typeof input[f] === 'string') input[f] = `${String(input[f])}副本`
      }
      if (name === 'enterprise') input.creditCode = null
      // Every second copy leaves out the fields whose columns have a default, which the
      // lean create fills in without reading the row back.
      if (Number(source.id) % 2 === 0) {
        const cols = defaulted(b, svc.def.table)
        for (const f of Object.keys(input)) if (cols.includes(columnOf(svc.def, f))) delete input[f]
      }
      made.push([name, svc.create(input, { lean: true })])
    }
  }
  return made
}

/** The JSON the audit log keeps for the creation of a record. */
function auditedCreate(b: Backend, name: LedgerName, id: number): string {
  return b.db
    .prepare("SELECT after FROM audit_log WHERE entity = ? AND entity_id = ? AND action = 'create'")
    .pluck()
    .get(b.ledgers[name].def.entity, id) as string
}

/** Columns of the table that have a DEFAULT. */
function defaulted(b: Backend, table: string): string[] {
  const info = b.db.prepare(`PRAGMA table_info(${table})`).all() as { name: string; dflt_value: string | null }[]
  return info.filter((c) => c.dflt_value !== null).map((c) => c.name)
}
