/**
 * Visit coverage for the dashboard: firms in scope and firms visited, counted per cell of
 * (key, building, industry) in SQL, so that at 100,000 firms no firm list crosses into
 * JavaScript. A campaign's visited firms (all time's as campaign 0, a calendar year's as −year)
 * come from the counts kept by migrations 0005 and 0011 (coverage_cell); any other date range
 * probes the visit index once per firm in scope.
 */
import type { CampaignScope, CoverageBar } from '../../shared/domain'
import type { Db } from '../db/connection'
import { scopeSql } from '../ledgers/campaign-scope'

export interface Cond {
  sql: string
  params: unknown[]
}
export const TRUE: Cond = { sql: '1', params: [] }
export const and = (...cs: Cond[]): Cond => {
  const real = cs.filter((c) => c.sql !== '1')
  return { sql: real.map((c) => `(${c.sql})`).join(' AND ') || '1', params: real.flatMap((c) => c.params) }
}

export const rate = (visited: number, inScope: number) => (inScope === 0 ? 0 : visited / inScope)

/** coverage_cell under the column names `scopeSql` and the firm filters use (alias it `e`). */
const CELLS = `(SELECT campaign_id, status, is_key, nullif(building_key, 0) AS building_id,
  nullif(industry_key, 0) AS industry_id, firms, visits FROM coverage_cell)`

/** Firms in scope and how many of them were visited, for one (key, building, industry). */
export interface Cell {
  isKey: number
  buildingId: number | null
  industryId: number | null
  inScope: number
  visited: number
}

/** Which visits count: a campaign's, or those in a date range (either end open). */
export type Visits = { campaignId: number } | { from: string | null; to: string | null }

const GROUP = 'e.is_key AS isKey, e.building_id AS buildingId, e.industry_id AS industryId'
const cellKey = (c: { isKey: number; buildingId: number | null; industryId: number | null }) =>
  `${c.isKey}|${c.buildingId}|${c.industryId}`

/**
 * The campaign under which coverage_cell keeps these visits' counts: a campaign's own id, all
 * time as 0 (migration 0005), one calendar year as −year (0011). Null: counted from the visits.
 */
export function keptAs(visits: Visits): number | null {
  if ('campaignId' in visits) return visits.campaignId
  if (!visits.from && !visits.to) return 0
  const y = visits.from?.slice(0, 4)
  return y && /^[1-9]\d{3}$/.test(y) && visits.from === `${y}-01-01` && visits.to === `${y}-12-31` ? -Number(y) : null
}

/** The cells of a scope under the filters (`firms`, over `enterprise e`). */
export function coverageCells(db: Db, scope: CampaignScope, firms: Cond, visits: Visits): Cell[] {
  const where = and(scopeSql(scope), firms)
  const population = db
    .prepare(`SELECT ${GROUP}, count(*) AS n FROM enterprise e WHERE ${where.sql} GROUP BY 1, 2, 3`)
    .all(...where.params) as { isKey: number; buildingId: number | null; industryId: number | null; n: number }[]
  const campaignId = keptAs(visits)
  const visited =
    campaignId !== null
      ? db
          .prepare(
            `SELECT ${GROUP}, sum(e.firms) AS n FROM ${CELLS} e WHERE e.campaign_id = ? AND ${where.sql} GROUP BY 1, 2, 3`,
          )
          .all(campaignId, ...where.params)
      : visitedInRange(db, where, (visits as { from: string | null }).from, (visits as { to: string | null }).to)
  const seen = new Map((visited as typeof population).map((v) => [cellKey(v), v.n]))
  return population.map((p) => ({
    isKey: p.isKey,
    buildingId: p.buildingId,
    industryId: p.industryId,
    inScope: p.n,
    visited: seen.get(cellKey(p)) ?? 0,
  }))
}

function visitedInRange(db: Db, where: Cond, from: string | null, to: string | null) {
  const range = and(
    from ? { sql: 'v.visited_on >= ?', params: [from] } : TRUE,
    to ? { sql: 'v.visited_on <= ?', params: [to] } : TRUE,
  )
  // Firms in id order (enterprise_coverage), so the probes walk visit_enterprise forward.
  return db
    .prepare(
      `SELECT ${GROUP}, count(*) AS n FROM enterprise e INDEXED BY enterprise_coverage
       WHERE ${where.sql} AND EXISTS (SELECT 1 FROM visit v WHERE v.enterprise_id = e.id AND ${range.sql})
       GROUP BY 1, 2, 3`,
    )
    .all(...where.params, ...range.params)
}

/** Visits of a campaign (0: all time, −year: a calendar year) by firms under the filters, whatever the firm's status now. */
export function campaignVisits(db: Db, campaignId: number, firms: Cond): number {
  return db
    .prepare(`SELECT coalesce(sum(e.visits), 0) FROM ${CELLS} e WHERE e.campaign_id = ? AND ${firms.sql}`)
    .pluck()
    .get(campaignId, ...firms.params) as number
}

/** Every campaign, oldest first, with its own scope's coverage under the filters. */
export function acrossCampaigns(db: Db, firms: Cond): (CoverageBar & { startOn: string })[] {
  const campaigns = db
    .prepare('SELECT id, name, start_on AS startOn, scope FROM campaign ORDER BY start_on, id')
    .all() as { id: number; name: string; startOn: string; scope: string }[]
  // Most campaigns share a scope (全部在营企业): each distinct one is counted once.
  const inScope = new Map<string, number>()
  return campaigns.map((c) => {
    const where = and(scopeSql(JSON.parse(c.scope) as CampaignScope), firms)
    if (!inScope.has(c.scope)) {
      inScope.set(
        c.scope,
        db
          .prepare(`SELECT count(*) FROM enterprise e WHERE ${where.sql}`)
          .pluck()
          .get(...where.params) as number,
      )
    }
    const n = inScope.get(c.scope)!
    const visited = db
      .prepare(`SELECT coalesce(sum(e.firms), 0) FROM ${CELLS} e WHERE e.campaign_id = ? AND ${where.sql}`)
      .pluck()
      .get(c.id, ...where.params) as number
    return { key: c.id, name: c.name, startOn: c.startOn, inScope: n, visited, rate: rate(visited, n) }
  })
}

/** Cells rolled up by building, 楼掌柜 or industry, best covered first. */
export function bars(
  cells: Cell[],
  key: (c: Cell) => number | null,
  names: Map<number, string>,
  none: string,
): CoverageBar[] {
  const groups = new Map<number | null, CoverageBar>()
  for (const c of cells) {
    const k = key(c)
    const g = groups.get(k) ?? {
      key: k,
      name: k === null ? none : (names.get(k) ?? `#${k}`),
      inScope: 0,
      visited: 0,
      rate: 0,
    }
    g.inScope += c.inScope
    g.visited += c.visited
    groups.set(k, g)
  }
  return [...groups.values()]
    .map((g) => ({ ...g, rate: rate(g.visited, g.inScope) }))
    .sort((a, b) => b.rate - a.rate || b.inScope - a.inScope)
}
