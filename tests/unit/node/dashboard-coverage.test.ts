import Database from 'better-sqlite3'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Backend } from '../../../src/main/app/backend'
import { dashboard } from '../../../src/main/dashboard/aggregates'
import { migrate } from '../../../src/main/db/migrate'
import { campaignOver, memoryBackend, scalar, seedBasics } from '../../support/ledger'

/** The visited-firm counts worked out from the visits themselves, the way the triggers must keep them. */
const RECOUNT = `
  SELECT v.campaign_id, e.status, e.is_key, ifnull(e.building_id, 0) AS b, ifnull(e.industry_id, 0) AS i,
         count(DISTINCT v.enterprise_id) AS firms, count(*) AS visits
  FROM visit v JOIN enterprise e ON e.id = v.enterprise_id WHERE v.campaign_id IS NOT NULL
  GROUP BY 1, 2, 3, 4, 5
  UNION ALL
  SELECT 0, e.status, e.is_key, ifnull(e.building_id, 0), ifnull(e.industry_id, 0),
         count(DISTINCT v.enterprise_id), count(*)
  FROM visit v JOIN enterprise e ON e.id = v.enterprise_id
  GROUP BY 1, 2, 3, 4, 5
  UNION ALL
  SELECT -CAST(strftime('%Y', v.visited_on) AS INTEGER), e.status, e.is_key, ifnull(e.building_id, 0),
         ifnull(e.industry_id, 0), count(DISTINCT v.enterprise_id), count(*)
  FROM visit v JOIN enterprise e ON e.id = v.enterprise_id
  GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`
const KEPT = `
  SELECT campaign_id, status, is_key, building_key AS b, industry_key AS i, firms, visits
  FROM coverage_cell WHERE firms <> 0 OR visits <> 0 ORDER BY 1, 2, 3, 4, 5`

function expectCellsExact(db: Database.Database) {
  expect(db.prepare(KEPT).all()).toEqual(db.prepare(RECOUNT).all())
}

describe('coverage counts kept by migration 0005', () => {
  it('fills them from the visits already in a ledger of the previous version', () => {
    const db = new Database(':memory:')
    migrate(db, 4)
    db.exec(`
      INSERT INTO enterprise (id, name, status, is_key) VALUES (1, '甲', '在营', 1), (2, '乙', '迁出', 0), (3, '丙', '在营', 0);
      INSERT INTO campaign (id, name, kind, start_on, end_on) VALUES (1, '冬', '冬令大走访', '2025-01-01', '2025-01-31');
      INSERT INTO visit (enterprise_id, campaign_id, visited_on) VALUES (1, 1, '2025-01-02'), (1, 1, '2025-01-03'), (2, 1, '2025-01-04'), (3, NULL, '2025-01-05');
    `)
    migrate(db)
    expectCellsExact(db)
    // Campaign 1 and all time (0005), the year 2025 (0011): three cells visited in each.
    expect(db.prepare(KEPT).all()).toHaveLength(8)
  })

  it('stay exact through visits added, moved and deleted, firms changed and a campaign deleted', () => {
    const b = memoryBackend()
    const { firm, building } = seedBasics(b)
    const other = b.ledgers.building.create({ name: '旭辉广场' })
    const firm2 = b.ledgers.enterprise.create({ name: '上海旭辉智能制造有限公司', buildingId: other.id as number })
    const mk = (name: string) => campaignOver(b, name, '2025-01-01', '2025-12-31').id as number
    const c1 = mk('一'),
      c2 = mk('二')
    const visit = (enterpriseId: number, campaignId: number | null, on = '2025-03-01') =>
      b.ledgers.visit.create({ enterpriseId, campaignId, visitedOn: on, form: '上门走访' }).id as number
    const v1 = visit(firm.id as number, c1)
    const v2 = visit(firm.id as number, c1, '2025-03-02')
    visit(firm2.id as number, c1)
    const v4 = visit(firm2.id as number, null)
    expectCellsExact(b.db)
    expect(dashboard(b, {}).figures).toMatchObject({ visitedFirms: 2, visits: 4 })
    expect(dashboard(b, { campaignId: c1 }).figures).toMatchObject({ visitedFirms: 2, visits: 3 })

    b.ledgers.visit.update(v2, { campaignId: c2 })
    b.ledgers.visit.update(v4, { campaignId: c2 })
    expectCellsExact(b.db)
    // Within its year, into another year and back: the year cells (0011) follow the date.
    const v5 = visit(firm.id as number, null, '2025-05-05')
    b.ledgers.visit.update(v5, { visitedOn: '2025-11-30' })
    expectCellsExact(b.db)
    b.ledgers.visit.update(v5, { visitedOn: '2024-12-31' })
    expectCellsExact(b.db)
    expect(dashboard(b, { from: '2024-01-01', to: '2024-12-31' }).figures).toMatchObject({ visitedFirms: 1, visits: 1 })
    b.ledgers.visit.update(v5, { visitedOn: '2025-03-02', enterpriseId: firm2.id as number })
    expectCellsExact(b.db)
    b.ledgers.visit.delete(v5)
    expectCellsExact(b.db)
    b.ledgers.enterprise.update(firm.id as number, { buildingId: other.id as number, isKey: true })
    b.ledgers.enterprise.update(firm2.id as number, { status: '迁出' })
    expectCellsExact(b.db)
    expect(dashboard(b, { campaignId: c1, buildingId: other.id as number }).figures).toMatchObject({
      inScope: 1,
      visitedFirms: 1,
      keyVisited: 1,
    })
    expect(dashboard(b, { campaignId: c1, buildingId: building.id as number }).figures.inScope).toBe(0)

    b.ledgers.visit.update(v1, { enterpriseId: firm2.id as number })
    expectCellsExact(b.db)
    b.ledgers.visit.delete(v1)
    expectCellsExact(b.db)
    b.ledgers.campaign.delete(c2)
    expectCellsExact(b.db)
    expect(b.db.prepare('SELECT count(*) FROM coverage_cell WHERE campaign_id = ?').pluck().get(c2)).toBe(0)
  })
})

describe('coverage on the demo ledger, against independent SQL', () => {
  let b: Backend
  beforeAll(() => {
    b = memoryBackend()
    b.setup('demo', 1)
  })

  it('keeps the demo load exact', () => expectCellsExact(b.db))

  it('every campaign across campaigns, each bar by building, 楼掌柜 and industry', () => {
    const campaigns = b.db.prepare('SELECT id, scope FROM campaign').all() as { id: number; scope: string }[]
    const d = dashboard(b, {})
    expect(d.acrossCampaigns).toHaveLength(campaigns.length)
    for (const c of d.acrossCampaigns) {
      expect(c.visited, c.name).toBe(
        scalar(
          b,
          `SELECT count(DISTINCT v.enterprise_id) FROM visit v JOIN enterprise e ON e.id = v.enterprise_id
           WHERE v.campaign_id = ? AND e.status = '在营'`,
          c.key,
        ),
      )
    }
    const latest = scalar(b, "SELECT id FROM campaign WHERE kind = '冬令大走访' ORDER BY start_on DESC")
    const one = dashboard(b, { campaignId: latest })
    const visitedIn = `EXISTS (SELECT 1 FROM visit v WHERE v.enterprise_id = e.id AND v.campaign_id = ${latest})`
    for (const bar of one.byBuilding) {
      const where = bar.key === null ? 'e.building_id IS NULL' : `e.building_id = ${bar.key}`
      expect(bar.inScope, bar.name).toBe(
        scalar(b, `SELECT count(*) FROM enterprise e WHERE e.status = '在营' AND ${where}`),
      )
      expect(bar.visited, bar.name).toBe(
        scalar(b, `SELECT count(*) FROM enterprise e WHERE e.status = '在营' AND ${where} AND ${visitedIn}`),
      )
    }
    for (const bar of one.byManager.filter((x) => x.key !== null)) {
      expect(bar.visited, bar.name).toBe(
        scalar(
          b,
          `SELECT count(*) FROM enterprise e JOIN building bl ON bl.id = e.building_id
           WHERE e.status = '在营' AND bl.manager_id = ? AND ${visitedIn}`,
          bar.key,
        ),
      )
    }
    for (const bar of one.byIndustry.filter((x) => x.key !== null)) {
      expect(bar.visited, bar.name).toBe(
        scalar(
          b,
          `SELECT count(*) FROM enterprise e WHERE e.status = '在营' AND e.industry_id = ? AND ${visitedIn}`,
          bar.key,
        ),
      )
    }
    expect(one.figures.keyVisited).toBe(
      scalar(b, `SELECT count(*) FROM enterprise e WHERE e.status = '在营' AND e.is_key = 1 AND ${visitedIn}`),
    )
    // Sorted for the chart: best covered first.
    const rates = one.byBuilding.map((x) => x.rate)
    expect(rates).toEqual([...rates].sort((x, y) => y - x))
  })

  it.each([
    ['2025-01-01', '2025-06-30'],
    // A calendar year is read from the counts kept per year (0011), any other range from the visits.
    ['2025-01-01', '2025-12-31'],
    ['2024-01-01', '2024-12-31'],
  ])('a date range %s–%s: firms with any visit in it, and its visits', (from, to) => {
    const d = dashboard(b, { from, to, keyOnly: true })
    const inRange = `v.visited_on BETWEEN '${from}' AND '${to}'`
    expect(d.figures.visitedFirms).toBe(
      scalar(
        b,
        `SELECT count(DISTINCT v.enterprise_id) FROM visit v JOIN enterprise e ON e.id = v.enterprise_id
         WHERE ${inRange} AND e.status = '在营' AND e.is_key = 1`,
      ),
    )
    expect(d.figures.visits).toBe(
      scalar(
        b,
        `SELECT count(*) FROM visit v JOIN enterprise e ON e.id = v.enterprise_id WHERE ${inRange} AND e.is_key = 1`,
      ),
    )
    expect(d.figures.inScope).toBe(scalar(b, "SELECT count(*) FROM enterprise WHERE status = '在营' AND is_key = 1"))
    for (const bar of dashboard(b, { from, to }).byBuilding) {
      const where = bar.key === null ? 'e.building_id IS NULL' : `e.building_id = ${bar.key}`
      expect(bar.visited, bar.name).toBe(
        scalar(
          b,
          `SELECT count(DISTINCT v.enterprise_id) FROM visit v JOIN enterprise e ON e.id = v.enterprise_id
           WHERE ${inRange} AND e.status = '在营' AND ${where}`,
        ),
      )
    }
  })
})

describe('drill-down conditions on the grids match the bars they open', () => {
  it('a building bar: its firms in scope not yet visited; a days-to-close bin: its requests', () => {
    const b = memoryBackend()
    b.setup('demo', 1)
    const latest = scalar(b, "SELECT id FROM campaign WHERE kind = '冬令大走访' ORDER BY start_on DESC")
    const d = dashboard(b, { campaignId: latest })
    const bar = d.byBuilding.find((x) => x.name === '紫荆广场')!
    const page = b.grids.enterprise.page({
      startRow: 0,
      endRow: 1,
      filter: {
        buildingName: { filterType: 'set', values: ['紫荆广场'] },
        status: { filterType: 'set', values: ['在营'] },
      },
      scope: { notVisitedIn: latest },
    })
    expect(page.total).toBe(bar.inScope - bar.visited)
    expect(page.total).toBeGreaterThan(0)

    // A 楼掌柜 bar: by the cadre's id, whatever their name.
    for (const m of d.byManager.filter((x) => x.key !== null)) {
      const firms = b.grids.enterprise.page({
        startRow: 0,
        endRow: 1,
        filter: { status: { filterType: 'set', values: ['在营'] } },
        scope: { notVisitedIn: latest, managedBy: m.key! },
      })
      expect(firms.total, m.name).toBe(m.inScope - m.visited)
    }

    // A campaign over key firms only: its bars' grids keep to its scope.
    const keyOnly = campaignOver(b, '重点企业专项走访', '2026-03-01', '2026-03-31', { scope: { kind: 'key' } })
      .id as number
    const k = dashboard(b, { campaignId: keyOnly })
    const busiest = k.byManager.filter((x) => x.key !== null).sort((x, y) => y.inScope - x.inScope)[0]
    const keyFirms = b.grids.enterprise.page({
      startRow: 0,
      endRow: 1,
      filter: { status: { filterType: 'set', values: ['在营'] } },
      scope: { notVisitedIn: keyOnly, managedBy: busiest.key! },
    })
    expect(keyFirms.total).toBe(busiest.inScope - busiest.visited)
    expect(keyFirms.total).toBeGreaterThan(0)

    const range = dashboard(b, { from: '2025-01-01', to: '2025-06-30' })
    const unvisited = b.grids.enterprise.page({
      startRow: 0,
      endRow: 1,
      filter: { status: { filterType: 'set', values: ['在营'] } },
      scope: { notVisitedBetween: '2025-01-01..2025-06-30' },
    })
    expect(unvisited.total).toBe(range.figures.inScope - range.figures.visitedFirms)

    const all = dashboard(b, {})
    for (const [bin, cond] of [
      ['0–3天', '0..3'],
      ['60天以上', '61..'],
    ]) {
      const requests = b.grids.request.page({
        startRow: 0,
        endRow: 1,
        filter: { status: { filterType: 'set', values: ['已办结', '无法解决'] } },
        scope: { daysToClose: cond },
      })
      expect(requests.total, bin).toBe(all.daysToClose.find((x) => x.bin === bin)!.count)
    }
    expect(() => b.grids.request.page({ startRow: 0, endRow: 1, scope: { daysToClose: 'x' } })).toThrow(
      '办结用时范围无效',
    )
  })
})
