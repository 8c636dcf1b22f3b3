import { beforeAll, describe, expect, it } from 'vitest'
import type { Backend } from '../../../src/main/app/backend'
import { openBackend } from '../../../src/main/app/open'
import { loadDemo } from '../../../src/main/demo/load'
import { splitExactly } from '../../../src/main/demo/rent-relief'
import { checkCreditCode } from '../../../src/shared/domain/credit-code'

/** A fresh in-memory ledger with the demo loaded the way the app's first run does it. */
function demo(seed: number): Backend {
  const b = openBackend(':memory:', 'tester')
  b.setup('demo', seed)
  return b
}

describe('demo data', () => {
  let b: Backend
  const one = <T = number>(sql: string, ...params: unknown[]) =>
    b.db
      .prepare(sql)
      .pluck()
      .get(...params) as T
  const all = <T>(sql: string, ...params: unknown[]) => b.db.prepare(sql).all(...params) as T[]
  const count = (table: string, where = '1') => one(`SELECT count(*) FROM ${table} WHERE ${where}`)

  beforeAll(() => {
    b = demo(1)
  })

  it("has the article's orders of magnitude", () => {
    expect(count('enterprise')).toBeGreaterThanOrEqual(3000)
    expect(count('enterprise')).toBeLessThanOrEqual(3300)
    expect(count('partner')).toBe(13)
    expect(count('enterprise', 'partner_id IS NOT NULL')).toBeGreaterThanOrEqual(50)
    expect(count('visit')).toBeGreaterThanOrEqual(2100)
    expect(count('request')).toBeGreaterThanOrEqual(320)
    expect(count('staff')).toBeGreaterThanOrEqual(40)
    expect(count('staff')).toBeLessThanOrEqual(60)
    expect(count('building')).toBeGreaterThanOrEqual(12)
    expect(count('building')).toBeLessThanOrEqual(16)
    // Mostly closed, with some still open and a few of those overdue.
    const closed = count('request', "status IN ('已办结', '无法解决')")
    expect(closed / count('request')).toBeGreaterThan(0.85)
    expect(count('request', "status = '无法解决'")).toBeGreaterThan(0)
    expect(count('request', "status IN ('受理', '已派单', '办理中')")).toBeGreaterThan(5)
    expect(count('request', "status IN ('受理', '已派单', '办理中') AND due_on < '2026-11-20'")).toBeGreaterThan(0)
  })

  it('is mostly 建筑设计 and 智能制造, with realistic flags', () => {
    const byIndustry = (name: string) =>
      one('SELECT count(*) FROM enterprise e JOIN dictionary d ON d.id = e.industry_id WHERE d.name = ?', name)
    const n = count('enterprise')
    expect((byIndustry('建筑设计') + byIndustry('智能制造')) / n).toBeGreaterThan(0.55)
    expect(count('enterprise', 'industry_id IS NULL')).toBe(0)
    const key = count('enterprise', 'is_key = 1') / n
    expect(key).toBeGreaterThan(0.05)
    expect(key).toBeLessThan(0.12)
    // Every key firm has its 服务专员, who is one.
    expect(count('enterprise', 'is_key = 1 AND specialist_id IS NULL')).toBe(0)
    const specialists = all<{ roles: string }>(
      'SELECT DISTINCT s.roles FROM enterprise e JOIN staff s ON s.id = e.specialist_id',
    )
    for (const s of specialists) expect(JSON.parse(s.roles)).toContain('营商服务专员')
    expect(count('enterprise', "status = '在营'") / n).toBeGreaterThan(0.9)
    expect(count('enterprise', "status IN ('迁出', '注销')")).toBeGreaterThan(0)
    expect(count('enterprise', 'building_id IS NOT NULL AND room IS NOT NULL') / n).toBeGreaterThan(0.7)
    expect(count('enterprise', 'name IS NULL OR legal_rep IS NULL OR phone IS NULL OR established_on IS NULL')).toBe(0)
    expect(one('SELECT count(DISTINCT name) FROM enterprise')).toBe(n)
  })

  it('gives every firm a valid, unique 统一社会信用代码', () => {
    const codes = all<{ code: string | null }>('SELECT credit_code AS code FROM enterprise').map((r) => r.code)
    expect(codes.every((c) => c !== null)).toBe(true)
    for (const c of codes) expect(checkCreditCode(c as string), c as string).toMatchObject({ ok: true })
    expect(new Set(codes).size).toBe(codes.length)
    expect(codes.every((c) => (c as string).startsWith('91310110'))).toBe(true)
  })

  it("waives exactly the article's rents at 紫荆广场 and 旭辉广场", () => {
    const sum = (name: string) =>
      one('SELECT sum(amount_cents) FROM rent_relief r JOIN building b ON b.id = r.building_id WHERE b.name = ?', name)
    const tenants = (name: string) =>
      one('SELECT count(*) FROM rent_relief r JOIN building b ON b.id = r.building_id WHERE b.name = ?', name)
    expect(sum('紫荆广场')).toBe(1_400_000_000)
    expect(sum('旭辉广场')).toBe(1_200_000_000)
    expect(tenants('紫荆广场')).toBe(120)
    expect(tenants('旭辉广场')).toBe(81)
    expect(count('rent_relief', 'amount_cents <= 0')).toBe(0)
    // Tenants are partly directory firms of that building, partly shops known by name only.
    for (const name of ['紫荆广场', '旭辉广场']) {
      const mix = b.db
        .prepare(
          `SELECT sum(r.enterprise_id IS NOT NULL) AS firms, sum(r.enterprise_id IS NULL) AS shops,
                  sum(r.enterprise_id IS NOT NULL AND e.building_id IS NOT r.building_id) AS elsewhere,
                  min(r.months) AS lo, max(r.months) AS hi, count(DISTINCT r.operator) AS operators
           FROM rent_relief r JOIN building b ON b.id = r.building_id LEFT JOIN enterprise e ON e.id = r.enterprise_id
           WHERE b.name = ?`,
        )
        .get(name) as Record<string, number>
      expect(mix.firms).toBeGreaterThan(0)
      expect(mix.shops).toBeGreaterThan(0)
      expect(mix.elsewhere).toBe(0)
      expect(mix.lo).toBeGreaterThanOrEqual(1)
      expect(mix.hi).toBeLessThanOrEqual(6)
      expect(mix.operators).toBe(1)
    }
    const operator = `SELECT DISTINCT r.operator FROM rent_relief r JOIN building b ON b.id = r.building_id
                      WHERE b.name = ?`
    expect(one<string>(operator, '紫荆广场')).toBe('上海海锦房地产有限公司')
    expect(one<string>(operator, '旭辉广场')).toBe('上海海际房地产有限公司')
    // 同建强华 and 同大建筑 had 1.5–6 months waived at the private parks.
    const parks = all<{ tenant: string; building: string; months: number }>(
      `SELECT r.tenant_name AS tenant, b.name AS building, r.months
       FROM rent_relief r JOIN building b ON b.id = r.building_id
       WHERE b.name IN ('中天大厦', '渔技所')`,
    )
    expect(parks.map((p) => p.tenant)).toEqual(
      expect.arrayContaining(['上海同建强华建筑设计有限公司', '上海同大建筑设计有限公司']),
    )
    for (const p of parks) {
      expect(p.months).toBeGreaterThanOrEqual(1.5)
      expect(p.months).toBeLessThanOrEqual(6)
    }
  })

  it('splits a total exactly over random weights', () => {
    const shares = splitExactly(14_000_000, [3, 1, 0.001, 7.5, 2])
    expect(shares.reduce((a, c) => a + c, 0)).toBe(14_000_000)
    expect(shares.every((s) => Number.isInteger(s) && s > 0)).toBe(true)
  })

  it('gives every building a 楼掌柜 who is a 处级干部', () => {
    expect(count('building', 'manager_id IS NULL')).toBe(0)
    for (const r of all<{ roles: string }>('SELECT s.roles FROM building b JOIN staff s ON s.id = b.manager_id')) {
      expect(JSON.parse(r.roles)).toEqual(expect.arrayContaining(['处级干部', '楼掌柜']))
    }
    expect(count('staff', 'department_id IS NULL OR phone IS NULL')).toBe(0)
  })

  it('keeps visits inside their campaign, each with 1–3 visitors', () => {
    expect(
      count('visit v JOIN campaign c ON c.id = v.campaign_id', 'v.visited_on < c.start_on OR v.visited_on > c.end_on'),
    ).toBe(0)
    expect(count('visit', 'campaign_id IS NOT NULL') / count('visit')).toBeGreaterThan(0.9)
    const visitors = all<{ n: number }>(
      'SELECT (SELECT count(*) FROM visit_visitor vv WHERE vv.visit_id = v.id) AS n FROM visit v',
    )
    expect(visitors.every((v) => v.n >= 1 && v.n <= 3)).toBe(true)
    // Nobody visits a firm before it settled here, or after the demo's last day.
    expect(count('visit v JOIN enterprise e ON e.id = v.enterprise_id', 'v.visited_on < e.settled_on')).toBe(0)
    expect(count('visit', "visited_on > '2026-11-20'")).toBe(0)
    // Key firms are visited more often.
    const perFirm = (key: number) =>
      one<number>(
        `SELECT avg(n) FROM (SELECT count(v.id) AS n FROM enterprise e LEFT JOIN visit v ON v.enterprise_id = e.id
         WHERE e.is_key = ? AND e.status = '在营' GROUP BY e.id)`,
        key,
      )
    expect(perFirm(1)).toBeGreaterThan(2 * perFirm(0))
    for (const [name, kind] of [
      ['2024年夏令大走访', '夏令大走访'],
      ['2024年冬令大走访', '冬令大走访'],
      ['2025年夏令大走访', '夏令大走访'],
      ['2025年冬令大走访', '冬令大走访'],
    ]) {
      expect(one<string>('SELECT kind FROM campaign WHERE name = ?', name)).toBe(kind)
    }
    expect(count('campaign', "kind = '主题月' AND start_on >= '2026-01-01'")).toBeGreaterThanOrEqual(3)
  })

  it('runs the request loop consistently', () => {
    expect(count('request', 'closed_on < received_on')).toBe(0)
    expect(count('request', 'due_on < received_on OR due_on IS NULL')).toBe(0)
    // Closed ones say how and when; open ones do not.
    expect(count('request', "status IN ('已办结', '无法解决') AND (closed_on IS NULL OR response IS NULL)")).toBe(0)
    expect(count('request', "status NOT IN ('已办结', '无法解决') AND closed_on IS NOT NULL")).toBe(0)
    expect(count('request', 'follow_up_on < closed_on')).toBe(0)
    // Most come from a visit: same firm, received that day.
    expect(count('request', 'visit_id IS NOT NULL') / count('request')).toBeGreaterThan(0.8)
    const mismatched = 'v.enterprise_id <> r.enterprise_id OR v.visited_on <> r.received_on'
    expect(count('request r JOIN visit v ON v.id = r.visit_id', mismatched)).toBe(0)
    // The due date follows the category's time limit.
    expect(
      count(
        'request r JOIN dictionary c ON c.id = r.category_id',
        "r.due_on <> date(r.received_on, '+' || c.time_limit_days || ' days')",
      ),
    ).toBe(0)
    expect(count('request', 'category_id IS NULL')).toBe(0)
    // Most closed ones within the limit, some late; most rated.
    const closed = count('request', 'closed_on IS NOT NULL')
    const late = count('request', 'closed_on > due_on')
    expect(late).toBeGreaterThan(0)
    expect(late / closed).toBeLessThan(0.25)
    expect(count('request', 'satisfaction IS NOT NULL') / closed).toBeGreaterThan(0.7)
  })

  it('contains the names the article gives', () => {
    const firms = [
      '上海联创设计集团股份有限公司',
      '上海市政工程设计研究总院(集团)有限公司',
      '上海邮电设计咨询研究院有限公司',
      '上海同建强华建筑设计有限公司',
      '上海同大建筑设计有限公司',
    ]
    for (const name of firms) expect(one('SELECT count(*) FROM enterprise WHERE name = ?', name), name).toBe(1)
    expect(count('enterprise', "short_name = '济丽集团'")).toBe(1)
    expect(count('enterprise', "name LIKE '%电信%'")).toBeGreaterThanOrEqual(1)
    expect(one<string>("SELECT operator FROM building WHERE name = '紫荆广场'")).toBe('上海海锦房地产有限公司')
    expect(one<string>("SELECT operator FROM building WHERE name = '旭辉广场'")).toBe('上海海际房地产有限公司')
    expect(count('building', "name IN ('紫荆广场', '旭辉广场') AND ownership = '非国有'")).toBe(2)
    expect(one<string>("SELECT kind FROM building WHERE name = '渔技所'")).toBe('园区')
    expect(count('building', "name = '中天大厦'")).toBe(1)

    // Every partner brought in at least one firm, 授牌 between 2021 and 2023.
    expect(count('partner p', 'NOT EXISTS (SELECT 1 FROM enterprise e WHERE e.partner_id = p.id)')).toBe(0)
    expect(count('partner', "licensed_on < '2021-01-01' OR licensed_on > '2023-12-31'")).toBe(0)

    const meeting = all<{ id: number; kind: string }>("SELECT id, kind FROM event WHERE held_on = '2023-02-28'")
    expect(meeting).toHaveLength(1)
    expect(meeting[0].kind).toBe('发展交流会')
    const attendees = all<{ name: string; short: string | null }>(
      `SELECT e.name, e.short_name AS short FROM event_attendee a JOIN enterprise e ON e.id = a.enterprise_id
       WHERE a.event_id = ?`,
      meeting[0].id,
    )
    expect(attendees.length).toBeGreaterThanOrEqual(30)
    expect(attendees.map((a) => a.short)).toEqual(expect.arrayContaining(['联创集团', '市政设计总院', '济丽集团']))
    for (const kind of ['政策宣讲会', '茶话会', '共享直播间', '法律服务']) {
      expect(count('event', `kind = '${kind}'`), kind).toBeGreaterThan(0)
    }
    expect(count('event', "theme LIKE '%环同济天爱梦想家共享直播间%'")).toBeGreaterThan(0)
    expect(count('event', "theme LIKE '%金法槌%' AND kind = '法律服务'")).toBeGreaterThan(0)
    for (const theme of ['人才', '税务', '科技']) {
      expect(count('event', `kind = '政策宣讲会' AND theme LIKE '%${theme}%'`), theme).toBeGreaterThan(0)
    }

    for (const name of ['环同济人才联盟', '环同济设计联盟', '环同济金融联盟', '环同济营商联盟']) {
      expect(one<string>('SELECT kind FROM organisation WHERE name = ?', name), name).toBe('联盟')
    }
    expect(one<string>("SELECT kind FROM organisation WHERE name = '同心圆商会'")).toBe('商会')
    const noMembers = 'NOT EXISTS (SELECT 1 FROM organisation_member m WHERE m.organisation_id = o.id)'
    expect(count('organisation o', noMembers)).toBe(0)

    for (const name of ['环同济营商服务中心', '中天大厦党群服务旗舰店']) {
      expect(one('SELECT count(*) FROM service_point WHERE name = ?', name)).toBe(1)
    }
    for (const kind of ['党建中心', '文化中心', '睦邻中心']) {
      expect(one('SELECT count(*) FROM service_point WHERE kind = ?', kind)).toBeGreaterThan(0)
    }

    const dict = (kind: string) => b.db.prepare('SELECT name FROM dictionary WHERE kind = ?').pluck().all(kind)
    const has = (kind: string, names: string[]) => expect(dict(kind)).toEqual(expect.arrayContaining(names))
    has('industry', ['建筑设计', '智能制造', '工程咨询', '其他'])
    has('requestCategory', ['融资需求', '人才招聘', '法律咨询', '政策咨询', '房租减免', '证照办理', '办公空间', '其他'])
    has('department', ['党政办公室', '营商服务办公室(营商办)', '社区管理办公室', '环同济营商服务中心'])
    has('handlingUnit', ['区发展改革委', '区人社局', '区市场监管局', '区税务局', '区司法局', '区科委'])
    expect(count('dictionary', "kind = 'requestCategory' AND time_limit_days = 15")).toBeGreaterThanOrEqual(4)
  })

  it('audits every record under one demo batch', () => {
    expect(b.audit.batch).toBeNull()
    const batches = all<{ batch: string | null }>('SELECT DISTINCT batch FROM audit_log')
    expect(batches).toEqual([{ batch: 'demo-1' }])
    expect(count('audit_log', "action = 'create' AND entity = 'enterprise'")).toBe(count('enterprise'))
    expect(count('audit_log')).toBeGreaterThan(count('enterprise') + count('visit') + count('request'))
  })

  it('is deterministic: the same seed gives the same data, another seed different data', () => {
    const firms = (x: Backend) =>
      x.db.prepare('SELECT name, credit_code, building_id, registered_capital FROM enterprise ORDER BY id').all()
    const visits = (x: Backend) =>
      x.db
        .prepare(
          `SELECT v.enterprise_id, v.visited_on, v.form, v.summary,
                  (SELECT group_concat(staff_id) FROM visit_visitor vv WHERE vv.visit_id = v.id) AS staff
           FROM visit v ORDER BY v.id`,
        )
        .all()
    const requests = (x: Backend) =>
      x.db.prepare('SELECT enterprise_id, visit_id, content, status, closed_on FROM request ORDER BY id').all()
    const staff = (x: Backend) => x.db.prepare('SELECT name FROM staff ORDER BY id').pluck().all()

    const again = demo(1)
    expect(firms(again)).toEqual(firms(b))
    expect(visits(again)).toEqual(visits(b))
    expect(requests(again)).toEqual(requests(b))
    expect(staff(again)).toEqual(staff(b))
    again.db.close()

    const other = demo(2)
    const column = (x: Backend, col: string) => x.db.prepare(`SELECT ${col} FROM enterprise ORDER BY id`).pluck().all()
    const names = (x: Backend) => column(x, 'name')
    const codes = (x: Backend) => column(x, 'credit_code')
    expect(names(other)).not.toEqual(names(b))
    expect(codes(other)).not.toEqual(codes(b))
    expect(staff(other)).not.toEqual(staff(b))
    // The article's facts hold for any seed.
    const total = 'SELECT sum(amount_cents) FROM rent_relief r JOIN building b ON b.id = r.building_id WHERE b.name = ?'
    expect(other.db.prepare(total).pluck().get('紫荆广场')).toBe(1_400_000_000)
    expect(other.db.prepare(total).pluck().get('旭辉广场')).toBe(1_200_000_000)
    other.db.close()
  })

  it('leaves the database as it was when the load fails', () => {
    const x = openBackend(':memory:', 'tester')
    // The demo's very last record already exists: its insert fails after thousands of others.
    x.ledgers.servicePoint.create({ name: '智慧健康驿站' })
    expect(() => x.setup('demo', 1)).toThrow()
    expect(x.audit.batch).toBeNull()
    expect(x.stats()).toMatchObject({ enterprises: 0, visits: 0, requests: 0, rentReliefs: 0, servicePoints: 1 })
    expect(x.db.prepare('SELECT count(*) FROM dictionary').pluck().get()).toBe(0)
    expect(x.db.prepare("SELECT count(*) FROM audit_log WHERE batch = 'demo-1'").pluck().get()).toBe(0)
    expect(x.settings.get('setup')).toBeNull()
    // Once the obstacle is gone the same load goes through.
    x.ledgers.servicePoint.delete(x.ledgers.servicePoint.list()[0].id as number)
    loadDemo(x, 1)
    expect(x.stats().enterprises).toBeGreaterThanOrEqual(3000)
    x.db.close()
  })
})
