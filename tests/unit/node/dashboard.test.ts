import { beforeAll, describe, expect, it } from 'vitest'
import type { Backend } from '../../../src/main/app/backend'
import { dashboard } from '../../../src/main/dashboard/aggregates'
import { campaignOver, memoryBackend, scalar, seedBasics } from '../../support/ledger'

let b: Backend
describe('dashboard aggregates on the demo ledger, against independent SQL', () => {
  beforeAll(() => {
    b = memoryBackend()
    b.setup('demo', 1)
  })

  it('whole directory, all time', () => {
    const d = dashboard(b, {})
    const f = d.figures
    expect(f.firms).toBe(scalar(b, "SELECT count(*) FROM enterprise WHERE status = '在营'"))
    expect(f.keyFirms).toBe(scalar(b, "SELECT count(*) FROM enterprise WHERE status = '在营' AND is_key = 1"))
    expect(f.inScope).toBe(f.firms)
    expect(f.visitedFirms).toBe(
      scalar(
        b,
        "SELECT count(DISTINCT v.enterprise_id) FROM visit v JOIN enterprise e ON e.id = v.enterprise_id WHERE e.status = '在营'",
      ),
    )
    expect(f.visits).toBe(scalar(b, 'SELECT count(*) FROM visit'))
    expect(f.requests).toBe(scalar(b, 'SELECT count(*) FROM request'))
    expect(f.closed).toBe(scalar(b, "SELECT count(*) FROM request WHERE status IN ('已办结', '无法解决')"))
    expect(f.overdue).toBe(
      scalar(
        b,
        "SELECT count(*) FROM request WHERE status NOT IN ('已办结', '无法解决') AND due_on < date('now', 'localtime')",
      ),
    )
    expect(f.meanDaysToClose).toBeCloseTo(
      scalar(
        b,
        "SELECT avg(julianday(closed_on) - julianday(received_on)) FROM request WHERE status IN ('已办结', '无法解决') AND closed_on IS NOT NULL",
      ),
      6,
    )
    expect(f.rentReliefAmount).toBe(scalar(b, 'SELECT sum(amount_cents) FROM rent_relief') / 100)
    expect(f.rentReliefTenants).toBe(scalar(b, 'SELECT count(*) FROM rent_relief'))
    expect(d.daysToClose.reduce((s, x) => s + x.count, 0)).toBe(f.closed)
    expect(d.byBuilding.reduce((s, x) => s + x.inScope, 0)).toBe(f.inScope)
    expect(d.byManager.reduce((s, x) => s + x.visited, 0)).toBe(f.visitedFirms)
    expect(d.byIndustry.reduce((s, x) => s + x.visited, 0)).toBe(f.visitedFirms)
    expect(d.requestsByCategory.reduce((s, x) => s + x.total, 0)).toBe(f.requests)
    expect(d.firmsPerPartner).toHaveLength(13)
    expect(d.firmsPerPartner.reduce((s, x) => s + x.count, 0)).toBe(
      scalar(b, 'SELECT count(*) FROM enterprise WHERE partner_id IS NOT NULL'),
    )
    expect(d.rentReliefByBuilding.find((r) => r.building === '紫荆广场')).toEqual({
      building: '紫荆广场',
      amount: 14_000_000,
      tenants: 120,
    })
  })

  it('one campaign: its scope, its visits and requests received in its dates', () => {
    const c = b.db
      .prepare("SELECT id, start_on AS s, end_on AS e FROM campaign WHERE name = '2025年冬令大走访'")
      .get() as {
      id: number
      s: string
      e: string
    }
    const d = dashboard(b, { campaignId: c.id })
    expect(d.period).toEqual({ from: c.s, to: c.e })
    expect(d.figures.visitedFirms).toBe(
      scalar(
        b,
        "SELECT count(DISTINCT v.enterprise_id) FROM visit v JOIN enterprise e ON e.id = v.enterprise_id WHERE v.campaign_id = ? AND e.status = '在营'",
        c.id,
      ),
    )
    expect(d.figures.visits).toBe(scalar(b, 'SELECT count(*) FROM visit WHERE campaign_id = ?', c.id))
    expect(d.figures.requests).toBe(
      scalar(b, 'SELECT count(*) FROM request WHERE received_on BETWEEN ? AND ?', c.s, c.e),
    )
    const across = d.acrossCampaigns.find((x) => x.key === c.id)!
    expect(across.visited).toBe(d.figures.visitedFirms)
  })

  it('narrows every figure to one building and to key firms', () => {
    const zj = scalar(b, "SELECT id FROM building WHERE name = '紫荆广场'")
    const d = dashboard(b, { buildingId: zj, keyOnly: true })
    expect(d.figures.firms).toBe(
      scalar(b, "SELECT count(*) FROM enterprise WHERE status = '在营' AND building_id = ? AND is_key = 1", zj),
    )
    expect(d.figures.requests).toBe(
      scalar(
        b,
        'SELECT count(*) FROM request r JOIN enterprise e ON e.id = r.enterprise_id WHERE e.building_id = ? AND e.is_key = 1',
        zj,
      ),
    )
    expect(d.byBuilding.map((x) => x.name)).toEqual(d.figures.inScope ? ['紫荆广场'] : [])
  })
})

describe('dashboard edge cases', () => {
  it('draws a campaign’s own 覆盖率目标, and none without a campaign or a target', () => {
    b = memoryBackend()
    seedBasics(b)
    const base = { kind: '专项走访', startOn: '2026-01-01', endOn: '2026-01-31' } as const
    const aimed = b.ledgers.campaign.create({ ...base, name: '有目标', targetCoverage: 85 })
    const plain = b.ledgers.campaign.create({ ...base, name: '无目标' })
    expect(aimed.targetCoverage).toBe(85)
    expect(dashboard(b, { campaignId: aimed.id as number }).target).toBe(85)
    expect(dashboard(b, { campaignId: plain.id as number }).target).toBeNull()
    expect(dashboard(b, {}).target).toBeNull()
    expect(() => b.ledgers.campaign.update(aimed.id as number, { targetCoverage: 120 })).toThrow(
      '覆盖率目标不能超过 100',
    )
  })

  it('a campaign with no visits, a building with no firms, a request closed the same day', () => {
    b = memoryBackend()
    const { firm } = seedBasics(b)
    const empty = b.ledgers.building.create({ name: '空楼' })
    const c = campaignOver(b, '无人走访', '2026-01-01', '2026-01-31')
    const d = dashboard(b, { campaignId: c.id as number })
    expect(d.figures).toMatchObject({ inScope: 1, visitedFirms: 0, coverage: 0, visits: 0, requests: 0 })
    expect(d.figures.meanDaysToClose).toBeNull()
    expect(d.figures.medianDaysToClose).toBeNull()

    const none = dashboard(b, { buildingId: empty.id as number })
    expect(none.figures).toMatchObject({ firms: 0, inScope: 0, coverage: 0, keyCoverage: 0 })
    expect(none.byBuilding).toEqual([])

    b.ledgers.request.create({
      enterpriseId: firm.id as number,
      content: '当场解答',
      receivedOn: '2026-01-05',
      status: '已办结',
      response: '当场答复',
      closedOn: '2026-01-05',
    })
    const same = dashboard(b, { from: '2026-01-01', to: '2026-01-31' })
    expect(same.figures).toMatchObject({
      requests: 1,
      closed: 1,
      meanDaysToClose: 0,
      medianDaysToClose: 0,
      closedShare: 1,
    })
    expect(same.daysToClose[0]).toEqual({ bin: '0–3天', count: 1 })
  })
})

describe('dashboard channels: remembered filter and the figures workbook', () => {
  it('keeps the filter in the ledger and forgets a campaign deleted since', async () => {
    const { dispatchAsync } = await import('../../../src/main/ipc/dispatch')
    b = memoryBackend()
    seedBasics(b)
    const c = campaignOver(b, '夏令', '2026-07-01', '2026-07-31', { kind: '夏令大走访' })
    const saved = { filter: { campaignId: c.id as number, keyOnly: true }, target: 80 }
    expect(await dispatchAsync(b, 'dashboard:savePrefs', saved)).toEqual({ ok: true, value: saved })
    expect(await dispatchAsync(b, 'dashboard:prefs', {})).toEqual({ ok: true, value: saved })
    b.ledgers.campaign.delete(c.id as number)
    expect(await dispatchAsync(b, 'dashboard:prefs', {})).toEqual({
      ok: true,
      value: { filter: { campaignId: null, keyOnly: true }, target: 80 },
    })
    const bad = await dispatchAsync(b, 'dashboard:savePrefs', { filter: {}, target: 150 })
    expect(bad.ok).toBe(false)
  })

  it('opens the page in one answer: the remembered prefs and the dashboard for their filter', async () => {
    const { dispatchAsync } = await import('../../../src/main/ipc/dispatch')
    b = memoryBackend()
    seedBasics(b)
    const c = campaignOver(b, '夏令', '2026-07-01', '2026-07-31', { kind: '夏令大走访' })
    const saved = { filter: { campaignId: c.id as number }, target: 70 }
    await dispatchAsync(b, 'dashboard:savePrefs', saved)
    const opened = await dispatchAsync(b, 'dashboard:open', {})
    const asked = await dispatchAsync(b, 'dashboard:get', saved.filter)
    expect(opened.ok && asked.ok).toBe(true)
    if (!opened.ok || !asked.ok) return
    expect(opened.value).toEqual({ prefs: saved, data: asked.value })
  })

  it('writes the key figures the page shows into 关键指标', async () => {
    const { dispatchAsync } = await import('../../../src/main/ipc/dispatch')
    const ExcelJS = (await import('exceljs')).default
    b = memoryBackend()
    b.setup('demo', 1)
    const r = await dispatchAsync(b, 'dashboard:exportFigures', { keyOnly: true })
    if (!r.ok) throw new Error(r.error.message)
    const file = r.value as { fileName: string; base64: string }
    expect(file.fileName).toMatch(/^首页关键指标-\d{4}-\d{2}-\d{2}\.xlsx$/)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer)
    const ws = wb.getWorksheet('关键指标')!
    const value = (label: string) => {
      let v: unknown
      ws.eachRow((row) => {
        if (row.getCell(1).value === label) v = row.getCell(2).value
      })
      return v
    }
    const f = dashboard(b, { keyOnly: true }).figures
    expect(ws.getRow(2).getCell(1).value).toBe('期间:全部 · 仅重点企业')
    expect(value('在营企业')).toBe(f.firms)
    expect(value('走访覆盖率')).toBe(f.coverage)
    expect(value('房租减免金额')).toBe(f.rentReliefAmount)
    expect(wb.worksheets.map((w) => w.name)).toContain('楼宇覆盖率')
  })
})
