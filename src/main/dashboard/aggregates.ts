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
  type CoverageBar,
  type Dashboard,
  type DashboardFilter,
} from '../../shared/domain'
import type { Backend } from '../app/backend'
import { scopeSql } from '../campaigns/plan'

interface Cond {
  sql: string
  params: unknown[]
}
const and = (...cs: Cond[]): Cond => ({
  sql: cs.map((c) => `(${c.sql})`).join(' AND ') || '1',
  params: cs.flatMap((c) => c.params),
})

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

const rate = (visited: number, inScope: number) => (inScope === 0 ? 0 : visited / inScope)

interface PopRow {
  id: number
  buildingId: number | null
  managerId: number | null
  industryId: number | null
  isKey: number
  visited: number
}

function bars(
  rows: PopRow[],
  key: (r: PopRow) => number | null,
  names: Map<number, string>,
  none: string,
): CoverageBar[] {
  const groups = new Map<number | null, CoverageBar>()
  for (const r of rows) {
    const k = key(r)
    const g = groups.get(k) ?? {
      key: k,
      name: k === null ? none : (names.get(k) ?? `#${k}`),
      inScope: 0,
      visited: 0,
      rate: 0,
    }
    g.inScope++
    g.visited += r.visited
    groups.set(k, g)
  }
  return [...groups.values()]
    .map((g) => ({ ...g, rate: rate(g.visited, g.inScope) }))
    .sort((a, b) => b.rate - a.rate || b.inScope - a.inScope)
}

const BINS: [string, number, number][] = [
  ['0–3天', 0, 3],
  ['4–7天', 4, 7],
  ['8–15天', 8, 15],
  ['16–30天', 16, 30],
  ['31–60天', 31, 60],
  ['60天以上', 61, Infinity],
]

export function dashboard(b: Backend, f: DashboardFilter): Dashboard {
  const db = b.db
  const all = <T>(sql: string, params: unknown[]) => db.prepare(sql).all(...params) as T[]
  const one = <T>(sql: string, params: unknown[]) => db.prepare(sql).get(...params) as T

  const campaign = f.campaignId
    ? (one<{ startOn: string; endOn: string; scope: string }>(
        'SELECT start_on AS startOn, end_on AS endOn, scope FROM campaign WHERE id = ?',
        [f.campaignId],
      ) ?? null)
    : null
  if (f.campaignId && !campaign) b.ledgers.campaign.get(f.campaignId) // throws the Chinese NOT_FOUND
  const period = campaign ? { from: campaign.startOn, to: campaign.endOn } : { from: f.from ?? null, to: f.to ?? null }
  const scope: CampaignScope = campaign ? (JSON.parse(campaign.scope) as CampaignScope) : { kind: 'all' }
  const firms = firmFilter(f)
  const visitCond: Cond = campaign
    ? { sql: 'v.campaign_id = ?', params: [f.campaignId] }
    : between('v.visited_on', period.from, period.to)

  // Firms visited, each once, read from the visit indexes alone; then the population in
  // scope is matched against that set here rather than with a subquery per firm.
  const visitedIds = (cond: Cond) =>
    new Set(
      db
        .prepare(`SELECT DISTINCT v.enterprise_id FROM visit v WHERE ${cond.sql}`)
        .pluck()
        .all(...cond.params) as number[],
    )
  const managers = new Map(
    all<{ id: number; managerId: number | null }>('SELECT id, manager_id AS managerId FROM building', []).map((r) => [
      r.id,
      r.managerId,
    ]),
  )
  // Served by the enterprise_scope index alone; the 楼掌柜 comes from the (small) building list.
  const population = (sc: CampaignScope) => {
    const c = and(scopeSql(sc), firms)
    return all<Omit<PopRow, 'visited' | 'managerId'>>(
      `SELECT e.id, e.building_id AS buildingId, e.industry_id AS industryId, e.is_key AS isKey
       FROM enterprise e WHERE ${c.sql}`,
      c.params,
    ).map((p) => ({ ...p, managerId: p.buildingId === null ? null : (managers.get(p.buildingId) ?? null) }))
  }
  const visitedNow = visitedIds(visitCond)
  const pop: PopRow[] = population(scope).map((p) => ({ ...p, visited: visitedNow.has(p.id) ? 1 : 0 }))
  const names = (sql: string) => new Map(all<{ id: number; name: string }>(sql, []).map((r) => [r.id, r.name]))
  const buildingNames = names('SELECT id, name FROM building')
  const staffNames = names('SELECT id, name FROM staff')
  const industryNames = names("SELECT id, name FROM dictionary WHERE kind = 'industry'")

  const directory = one<{ firms: number; key: number }>(
    `SELECT count(*) AS firms, coalesce(sum(e.is_key), 0) AS key FROM enterprise e WHERE e.status = '在营' AND ${firms.sql}`,
    firms.params,
  )
  // Without firm filters the count needs no join, and an index answers it.
  const visits = one<{ n: number }>(
    firms.params.length === 0 && firms.sql === '1'
      ? `SELECT count(*) AS n FROM visit v WHERE ${visitCond.sql}`
      : `SELECT count(*) AS n FROM visit v JOIN enterprise e ON e.id = v.enterprise_id WHERE ${and(visitCond, firms).sql}`,
    firms.sql === '1' ? visitCond.params : and(visitCond, firms).params,
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

  // Each campaign's own scope under the filters; most share one scope, so populations are reused.
  const populations = new Map<string, number[]>()
  const campaigns = all<{ id: number; name: string; startOn: string; scope: string }>(
    'SELECT id, name, start_on AS startOn, scope FROM campaign ORDER BY start_on, id',
    [],
  ).map((c) => {
    if (!populations.has(c.scope))
      populations.set(
        c.scope,
        population(JSON.parse(c.scope) as CampaignScope).map((p) => p.id),
      )
    const inScope = populations.get(c.scope)!
    const seen = c.id === f.campaignId ? visitedNow : visitedIds({ sql: 'v.campaign_id = ?', params: [c.id] })
    const visited = inScope.filter((id) => seen.has(id)).length
    return {
      key: c.id,
      name: c.name,
      startOn: c.startOn,
      inScope: inScope.length,
      visited,
      rate: rate(visited, inScope.length),
    }
  })

  const byCategory = new Map<string, Record<string, number>>()
  for (const r of requests) {
    const cat = r.category ?? '未分类'
    const counts = byCategory.get(cat) ?? {}
    counts[r.status] = (counts[r.status] ?? 0) + 1
    byCategory.set(cat, counts)
  }

  const visitedFirms = pop.filter((p) => p.visited).length
  const keyPop = pop.filter((p) => p.isKey)
  const keyVisited = keyPop.filter((p) => p.visited).length
  const cents = relief.reduce((s, r) => s + r.cents, 0)
  return {
    filter: f,
    period,
    figures: {
      firms: directory.firms,
      keyFirms: directory.key,
      inScope: pop.length,
      visitedFirms,
      coverage: rate(visitedFirms, pop.length),
      keyInScope: keyPop.length,
      keyVisited,
      keyCoverage: rate(keyVisited, keyPop.length),
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
    byBuilding: bars(pop, (r) => r.buildingId, buildingNames, '(未登记楼宇)'),
    byManager: bars(pop, (r) => r.managerId, staffNames, '(无楼掌柜)'),
    byIndustry: bars(pop, (r) => r.industryId, industryNames, '(未分类)'),
    acrossCampaigns: campaigns,
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
