/**
 * Campaign plans: the firms a campaign means to visit (its scope, only firms still 在营),
 * progress by building and by 楼掌柜, the firms not yet visited, and who takes which.
 */
import type { Campaign, CampaignPlan, CampaignScope, PlanFirm, PlanGroup } from '../../shared/domain'
import type { Deps } from '../core/deps'
import { AppError } from '../errors'
import { scopeSql } from '../ledgers/campaign-scope'

/** What this module uses of the ledger's services (src/main/core/deps.ts). */
type PlanDeps = Pick<Deps, 'db' | 'ledgers'>

export function campaignPlan(b: PlanDeps, id: number): CampaignPlan {
  const campaign = b.ledgers.campaign.get(id) as unknown as Campaign
  const scope = scopeSql((campaign.scope ?? { kind: 'all' }) as CampaignScope)
  // One pass over the firms in scope, each with whether it was visited and who takes it.
  const firms = b.db
    .prepare(
      `SELECT e.id, e.name, e.is_key AS isKey, e.building_id AS buildingId, bl.name AS buildingName,
              bl.manager_id AS managerId, m.name AS managerName,
              a.staff_id AS assigneeId, s.name AS assigneeName,
              EXISTS (SELECT 1 FROM visit v WHERE v.campaign_id = ? AND v.enterprise_id = e.id) AS visited
       FROM enterprise e
       LEFT JOIN building bl ON bl.id = e.building_id
       LEFT JOIN staff m ON m.id = bl.manager_id
       LEFT JOIN campaign_assignment a ON a.campaign_id = ? AND a.enterprise_id = e.id
       LEFT JOIN staff s ON s.id = a.staff_id
       WHERE ${scope.sql}
       ORDER BY bl.name_pinyin, e.name_pinyin`,
    )
    .all(id, id, ...scope.params) as (Omit<PlanFirm, 'isKey'> & {
    buildingId: number | null
    managerId: number | null
    visited: number
    isKey: number
  })[]

  const group = (key: (f: (typeof firms)[number]) => [number | null, string]): PlanGroup[] => {
    const groups = new Map<number | null, PlanGroup>()
    for (const f of firms) {
      const [k, name] = key(f)
      const g = groups.get(k) ?? { key: k, name, inScope: 0, visited: 0 }
      g.inScope++
      g.visited += f.visited
      groups.set(k, g)
    }
    // Least covered first: where the work is.
    return [...groups.values()].sort((x, y) => x.visited / x.inScope - y.visited / y.inScope || y.inScope - x.inScope)
  }

  return {
    campaign,
    inScope: firms.length,
    visited: firms.filter((f) => f.visited).length,
    byBuilding: group((f) => [f.buildingId, f.buildingName ?? '(未登记楼宇)']),
    byManager: group((f) => [f.managerId, f.managerName ?? '(无楼掌柜)']),
    pending: firms
      .filter((f) => !f.visited)
      .map(({ id: fid, name, buildingName, managerName, isKey, assigneeId, assigneeName }) => ({
        id: fid,
        name,
        buildingName,
        managerName,
        isKey: isKey === 1,
        assigneeId,
        assigneeName,
      })),
  }
}

/** Gives firms of a campaign to a visitor (or takes them back with null), all or none. */
export function assignFirms(b: PlanDeps, campaignId: number, enterpriseIds: number[], staffId: number | null) {
  b.ledgers.campaign.get(campaignId)
  if (staffId !== null) b.ledgers.staff.get(staffId)
  return b.db.transaction(() => {
    const gone = b.db
      .prepare(`SELECT name, status FROM enterprise WHERE id IN (SELECT value FROM json_each(?)) AND status <> '在营'`)
      .all(JSON.stringify(enterpriseIds)) as { name: string; status: string }[]
    if (gone.length > 0 && staffId !== null) {
      throw new AppError(
        'VALIDATION',
        `已${gone[0].status}的企业不能再列入走访计划:${gone.map((g) => `${g.name}(${g.status})`).join('、')}`,
      )
    }
    const put = b.db.prepare(
      `INSERT INTO campaign_assignment (campaign_id, enterprise_id, staff_id) VALUES (?, ?, ?)
       ON CONFLICT (campaign_id, enterprise_id) DO UPDATE SET staff_id = excluded.staff_id`,
    )
    const drop = b.db.prepare('DELETE FROM campaign_assignment WHERE campaign_id = ? AND enterprise_id = ?')
    for (const e of enterpriseIds) {
      if (staffId === null) drop.run(campaignId, e)
      else put.run(campaignId, e, staffId)
    }
    return { assigned: enterpriseIds.length }
  })()
}
