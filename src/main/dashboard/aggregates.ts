/**
 * Every number of the 首页 dashboard, from one filter, in main: the renderer draws what it
 * gets. Firms are counted once (a firm visited three times is one visited firm); coverage is
 * visited firms ÷ firms in scope, where scope is the campaign's (only firms still 在营) or,
 * without a campaign, every 在营 firm under the filters.
 */
import {
  CLOSED_STATUSES,
  localToday,
  type CampaignScope,
  type Dashboard,
  type DashboardFilter,
} from '../../shared/domain'
import type { Deps } from '../core/deps'
import { acrossCampaigns, and, bars, campaignVisits, coverageCells, keptAs, rate, type Cond } from './coverage'

/** What this module uses of the ledger's services (src/main/core/deps.ts). */
type DashboardDeps = Pick<Deps, 'db' | 'ledgers'>

/** Building / industry / key filters over `enterprise e`. */
function firmFilter(f: DashboardFilter): Cond {
  const parts: Cond[] = []
  if (f.buildingId) parts.push({ sql: 'e.building_id = ?', params: [f.buildingId] })
  if (f.industryId) parts.push({ sql: 'e.industry_id = ?', params: [f.industryId] })
  if (f.keyOnly) parts.push({ sql: 'e.is_key = 1', params: [] })
  return and(...parts)
}

function between(col: string, from: string | null, to: string | null): Cond {
  const parts: Cond[] = []
  if (from) parts.push({ sql: `${col} >= ?`, params: [from] })
  if (to) parts.push({ sql: `${col} <= ?`, params: [to] })
  return and(...parts)
}

const BINS: [string, number, number][] = [
  ['0–3天', 0, 3],
  ['4–7天', 4, 7],
  ['8–15天', 8, 15],
  ['16–30天', 16, 30],
  ['31–60天', 31, 60],
  ['60天以上', 61, Infinity],
]

export function dashboard(b: DashboardDeps, f: DashboardFilter): Dashboard {
  const db = b.db
  const all = <T>(sql: string, params: unknown[]) => db.prepare(sql).all(...params) as T[]
  const one = <T>(sql: string, params: unknown[]) => db.prepare(sql).get(...params) as T

  const campaign = f.campaignId
    ? (one<{ startOn: string; endOn: string; scope: string; target: number | null }>(
        'SELECT start_on AS startOn, end_on AS endOn, scope, target_coverage AS target FROM campaign WHERE id = ?',
        [f.campaignId],
      ) ?? null)
    : null
  if (f.campaignId && !campaign) b.ledgers.campaign.get(f.campaignId) // throws the Chinese NOT_FOUND
  const period = campaign ? { from: campaign.startOn, to: campaign.endOn } : { from: f.from ?? null, to: f.to ?? null }
  const scope: CampaignScope = campaign ? (JSON.parse(campaign.scope) as CampaignScope) : { kind: 'all' }
  const firms = firmFilter(f)
  const visitsOf = campaign ? { campaignId: f.campaignId! } : period
  const cells = coverageCells(db, scope, firms, visitsOf)
  const managers = new Map(
    all<{ id: number; managerId: number | null }>('SELECT id, manager_id AS managerId FROM building', []).map((r) => [
      r.id,
      r.managerId,
    ]),
  )
  const names = (sql: string) => new Map(all<{ id: number; name: string }>(sql, []).map((r) => [r.id, r.name]))
  const buildingNames = names('SELECT id, name FROM building')
  const staffNames = names('SELECT id, name FROM staff')
  const industryNames = names("SELECT id, name FROM dictionary WHERE kind = 'industry'")

  const directory = one<{ firms: number; key: number }>(
    `SELECT count(*) AS firms, coalesce(sum(e.is_key), 0) AS key FROM enterprise e WHERE e.status = '在营' AND ${firms.sql}`,
    firms.params,
  )
  const visitRange = between('v.visited_on', period.from, period.to)
  const kept = keptAs(visitsOf)
  const visits =
    kept !== null
      ? campaignVisits(db, kept, firms)
      : firms.sql === '1'
        ? // Without firm filters the count needs no join, and an index answers it.
          one<{ n: number }>(`SELECT count(*) AS n FROM visit v WHERE ${visitRange.sql}`, visitRange.params).n
        : one<{ n: number }>(
            `SELECT count(*) AS n FROM visit v JOIN enterprise e ON e.id = v.enterprise_id WHERE ${and(visitRange, firms).sql}`,
            and(visitRange, firms).params,
          ).n

  // Requests received in the period, for firms under the filters (whatever their status now).
  const reqCond = and(between('r.received_on', period.from, period.to), firms)
  const today = localToday()
  const requests = all<{ status: string; category: string | null; dueOn: string | null; days: number | null }>(
    `SELECT r.status, c.name AS category, r.due_on AS dueOn,
            CASE WHEN r.closed_on IS NOT NULL THEN CAST(julianday(r.closed_on) - julianday(r.received_on) AS INTEGER) END AS days
     FROM request r JOIN enterprise e ON e.id = r.enterprise_id LEFT JOIN dictionary c ON c.id = r.category_id
     WHERE ${reqCond.sql}`,
    reqCond.params,
  )
  const closed = requests.filter((r) => CLOSED_STATUSES.includes(r.status))
  const days = closed
    .map((r) => r.days)
    .filter((d): d is number => d !== null)
    .sort((x, y) => x - y)
  const median =
    days.length === 0
      ? null
      : days.length % 2
        ? days[(days.length - 1) / 2]
        : (days[days.length / 2 - 1] + days[days.length / 2]) / 2

  // Rent relief is not tied to a campaign: only an explicit date range narrows it.
  const reliefCond = and(
    campaign ? { sql: '1', params: [] } : between('rr.period_start', period.from, period.to),
    f.buildingId ? { sql: 'rr.building_id = ?', params: [f.buildingId] } : { sql: '1', params: [] },
    f.industryId || f.keyOnly
      ? { sql: `rr.enterprise_id IN (SELECT e.id FROM enterprise e WHERE ${firms.sql})`, params: firms.params }
      : { sql: '1', params: [] },
  )
  const relief = all<{ building: string | null; cents: number; tenants: number }>(
    `SELECT bl.name AS building, sum(rr.amount_cents) AS cents, count(*) AS tenants
     FROM rent_relief rr LEFT JOIN building bl ON bl.id = rr.building_id
     WHERE ${reliefCond.sql} GROUP BY rr.building_id ORDER BY cents DESC`,
    reliefCond.params,
  )
  const year = today.slice(0, 4)
  const partnerFirms = all<{ partner: string; count: number; thisYear: number }>(
    `SELECT p.name AS partner, count(e.id) AS count, coalesce(sum(substr(e.settled_on, 1, 4) = ?), 0) AS thisYear
     FROM partner p LEFT JOIN enterprise e ON e.partner_id = p.id AND ${firms.sql}
     GROUP BY p.id ORDER BY count DESC, p.name_pinyin`,
    [year, ...firms.params],
  )

  const byCategory = new Map<string, Record<string, number>>()
  for (const r of requests) {
    const cat = r.category ?? '未分类'
    const counts = byCategory.get(cat) ?? {}
    counts[r.status] = (counts[r.status] ?? 0) + 1
    byCategory.set(cat, counts)
  }

  const sum = (cs: typeof cells, k: 'inScope' | 'visited') => cs.reduce((s, c) => s + c[k], 0)
  const inScope = sum(cells, 'inScope')
  const visitedFirms = sum(cells, 'visited')
  const keyCells = cells.filter((c) => c.isKey)
  const keyInScope = sum(keyCells, 'inScope')
  const keyVisited = sum(keyCells, 'visited')
  const cents = relief.reduce((s, r) => s + r.cents, 0)
  return {
    filter: f,
    period,
    target: campaign?.target ?? null,
    figures: {
      firms: directory.firms,
      keyFirms: directory.key,
      inScope,
      visitedFirms,
      coverage: rate(visitedFirms, inScope),
      keyInScope,
      keyVisited,
      keyCoverage: rate(keyVisited, keyInScope),
      visits,
      requests: requests.length,
      closed: closed.length,
      open: requests.length - closed.length,
      overdue: requests.filter((r) => !CLOSED_STATUSES.includes(r.status) && r.dueOn !== null && r.dueOn < today)
        .length,
      closedShare: requests.length === 0 ? 0 : closed.length / requests.length,
      meanDaysToClose: days.length === 0 ? null : days.reduce((s, d) => s + d, 0) / days.length,
      medianDaysToClose: median,
      rentReliefAmount: cents / 100,
      rentReliefTenants: relief.reduce((s, r) => s + r.tenants, 0),
      partnerFirmsThisYear: partnerFirms.reduce((s, p) => s + p.thisYear, 0),
    },
    byBuilding: bars(cells, (c) => c.buildingId, buildingNames, '(未登记楼宇)'),
    byManager: bars(
      cells,
      (c) => (c.buildingId === null ? null : (managers.get(c.buildingId) ?? null)),
      staffNames,
      '(无楼掌柜)',
    ),
    byIndustry: bars(cells, (c) => c.industryId, industryNames, '(未分类)'),
    acrossCampaigns: acrossCampaigns(db, firms),
    requestsByCategory: [...byCategory]
      .map(([category, counts]) => ({ category, counts, total: Object.values(counts).reduce((s, n) => s + n, 0) }))
      .sort((a, c) => c.total - a.total),
    daysToClose: BINS.map(([bin, lo, hi]) => ({ bin, count: days.filter((d) => d >= lo && d <= hi).length })),
    rentReliefByBuilding: relief.map((r) => ({
      building: r.building ?? '(未登记楼宇)',
      amount: r.cents / 100,
      tenants: r.tenants,
    })),
    firmsPerPartner: partnerFirms.map(({ partner, count }) => ({ partner, count })),
  }
}
