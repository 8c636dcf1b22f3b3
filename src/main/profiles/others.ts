import type { BuildingProfile, PartnerProfile, StaffProfile } from '../../shared/domain'
import { localToday } from '../../shared/domain/dates'
import type { Deps } from '../core/deps'
import { recordHistory } from '../audit/history'

/** What this module uses of the ledger's services (src/main/core/deps.ts). */
type ProfileDeps = Pick<Deps, 'db' | 'ledgers' | 'grids'>

/** A building: its firms, 楼掌柜, rent relief, visit coverage per campaign and request load. */
export function buildingProfile(b: ProfileDeps, id: number): BuildingProfile {
  const building = b.ledgers.building.get(id) as unknown as BuildingProfile['building']
  const today = localToday()
  const coverage = b.db
    .prepare(
      `SELECT c.id AS campaignId, c.name AS campaignName, c.start_on AS startOn,
              (SELECT count(DISTINCT v.enterprise_id) FROM visit v JOIN enterprise e ON e.id = v.enterprise_id
                WHERE v.campaign_id = c.id AND e.building_id = ?) AS visited,
              (SELECT count(*) FROM enterprise e WHERE e.building_id = ? AND e.status = '在营') AS inScope
       FROM campaign c ORDER BY c.start_on, c.id`,
    )
    .all(id, id) as BuildingProfile['coverage']
  const money = b.db
    .prepare('SELECT count(*) AS count, coalesce(sum(amount_cents), 0) AS cents FROM rent_relief WHERE building_id = ?')
    .get(id) as { count: number; cents: number }
  const requests = b.db
    .prepare(
      `SELECT count(*) AS total,
              coalesce(sum(r.status NOT IN ('已办结', '无法解决')), 0) AS open,
              coalesce(sum(r.status NOT IN ('已办结', '无法解决') AND r.due_on < ?), 0) AS overdue
       FROM request r JOIN enterprise e ON e.id = r.enterprise_id WHERE e.building_id = ?`,
    )
    .get(today, id) as BuildingProfile['requests']
  return {
    building,
    manager:
      building.managerId === null
        ? null
        : ((b.ledgers.staff.find(building.managerId) ?? null) as BuildingProfile['manager']),
    enterprises: b.db
      .prepare(
        `SELECT e.id, e.name, e.credit_code AS creditCode, e.room, d.name AS industryName, e.status, e.is_key = 1 AS isKey
         FROM enterprise e LEFT JOIN dictionary d ON d.id = e.industry_id
         WHERE e.building_id = ? ORDER BY e.status <> '在营', e.name_pinyin`,
      )
      .all(id)
      .map((r) => ({
        ...(r as object),
        isKey: (r as { isKey: number }).isKey === 1,
      })) as BuildingProfile['enterprises'],
    rentRelief: { count: money.count, amount: money.cents / 100 },
    coverage: coverage.filter((c) => c.visited > 0 || c.inScope > 0),
    requests,
    history: recordHistory(b.db, 'building', id),
  }
}

/** A partner and the firms it brought in, by year of settling. */
export function partnerProfile(b: ProfileDeps, id: number): PartnerProfile {
  const partner = b.ledgers.partner.get(id) as unknown as PartnerProfile['partner']
  const enterprises = b.db
    .prepare(
      `SELECT e.id, e.name, e.credit_code AS creditCode, d.name AS industryName, e.settled_on AS settledOn, e.status
       FROM enterprise e LEFT JOIN dictionary d ON d.id = e.industry_id
       WHERE e.partner_id = ? ORDER BY e.settled_on DESC, e.name_pinyin`,
    )
    .all(id) as PartnerProfile['enterprises']
  const years = new Map<string, number>()
  for (const e of enterprises) {
    const year = e.settledOn?.slice(0, 4) ?? '未知'
    years.set(year, (years.get(year) ?? 0) + 1)
  }
  return {
    partner,
    enterprises,
    byYear: [...years].map(([year, count]) => ({ year, count })).sort((a, c) => a.year.localeCompare(c.year)),
    history: recordHistory(b.db, 'partner', id),
  }
}

/** A staff member's buildings (as 楼掌柜), firms (as 服务专员) and visits. */
export function staffProfile(b: ProfileDeps, id: number): StaffProfile {
  const staff = b.ledgers.staff.get(id) as unknown as StaffProfile['staff']
  const visitIds = b.db
    .prepare(
      `SELECT v.id FROM visit v JOIN visit_visitor vv ON vv.visit_id = v.id
       WHERE vv.staff_id = ? ORDER BY v.visited_on DESC, v.id DESC LIMIT 50`,
    )
    .pluck()
    .all(id) as number[]
  return {
    staff,
    buildings: b.db
      .prepare(
        `SELECT b.id, b.name, (SELECT count(*) FROM enterprise e WHERE e.building_id = b.id) AS enterpriseCount
         FROM building b WHERE b.manager_id = ? ORDER BY b.name_pinyin`,
      )
      .all(id) as StaffProfile['buildings'],
    enterprises: b.db
      .prepare(
        `SELECT e.id, e.name, e.credit_code AS creditCode, bl.name AS buildingName, e.is_key = 1 AS isKey
         FROM enterprise e LEFT JOIN building bl ON bl.id = e.building_id
         WHERE e.specialist_id = ? ORDER BY e.name_pinyin`,
      )
      .all(id)
      .map((r) => ({ ...(r as object), isKey: (r as { isKey: number }).isKey === 1 })) as StaffProfile['enterprises'],
    visitCount: b.db.prepare('SELECT count(*) FROM visit_visitor WHERE staff_id = ?').pluck().get(id) as number,
    recentVisits: b.grids.visit.byIds(visitIds) as unknown as StaffProfile['recentVisits'],
    history: recordHistory(b.db, 'staff', id),
  }
}
