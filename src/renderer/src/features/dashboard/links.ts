/**
 * Where a bar of the dashboard leads: the grid of the records behind it, already filtered.
 * Conditions a column can hold are column filters (each its own removable chip); "not visited
 * in this campaign / period" and "closed in N days" are scope conditions main knows
 * (src/main/ledgers/conditions.ts) and show as one 范围 chip.
 */
import type { Dashboard, DashboardFilter } from '../../../../shared/domain/dashboard'
import type { ViewState } from '../../../../shared/ipc/channels/views'
import type { FilterModel } from '../../../../shared/ipc/grid'
import { CLOSED_STATUSES, ENTERPRISE_STATUSES } from '../../../../shared/domain'
import { drillHref } from '../../components/ledger/drill'

export interface Names {
  campaign: (id: number) => string
  building: (id: number) => string
  industry: (id: number) => string
}

type Period = Dashboard['period']

const set = (values: (string | number | boolean | null)[]) => ({ filterType: 'set' as const, values })
const dayRange = (p: Period) => ({
  filterType: 'date' as const,
  type: 'inRange' as const,
  dateFrom: `${p.from ?? '1900-01-01'} 00:00:00`,
  dateTo: `${p.to ?? '2999-12-31'} 00:00:00`,
})
const hasPeriod = (p: Period) => Boolean(p.from || p.to)

/** The page's own filters as enterprise-grid column filters (the names the grid filters by). */
function firmFilters(f: DashboardFilter, names: Names, prefix = ''): FilterModel {
  const out: FilterModel = { [`${prefix}status`]: set(['在营']) }
  if (f.buildingId) out[`${prefix}buildingName`] = set([names.building(f.buildingId)])
  if (f.industryId) out[`${prefix}industryName`] = set([names.industry(f.industryId)])
  if (f.keyOnly) out[`${prefix}isKey`] = set([true])
  return out
}

/** The firms of one coverage bar (a building, 楼掌柜, industry, or a whole campaign) not yet visited. */
export function unvisitedHref(
  f: DashboardFilter,
  period: Period,
  names: Names,
  group: { label: string; filter?: FilterModel; campaignId?: number; scope?: Record<string, number> },
): string {
  const campaignId = group.campaignId ?? f.campaignId ?? null
  const scope: Record<string, string | number> = {
    ...group.scope,
    ...(campaignId ? { notVisitedIn: campaignId } : { notVisitedBetween: `${period.from ?? ''}..${period.to ?? ''}` }),
  }
  const when = campaignId
    ? names.campaign(campaignId)
    : hasPeriod(period)
      ? `${period.from ?? '不限'}至${period.to ?? '不限'}`
      : '从未'
  const state: ViewState = { filter: { ...firmFilters(f, names), ...group.filter }, scope }
  return drillHref('enterprise', { name: `首页:${group.label ? `${group.label} · ` : ''}${when}未走访`, state })
}

export function requestsHref(
  f: DashboardFilter,
  period: Period,
  names: Names,
  q: { label: string; category?: string | null; status?: string; daysToClose?: string },
): string {
  const filter: FilterModel = {}
  if (hasPeriod(period)) filter.receivedOn = dayRange(period)
  if (q.category !== undefined) filter.categoryName = set([q.category])
  filter.status = set(q.status ? [q.status] : [...CLOSED_STATUSES])
  if (!q.status && !q.daysToClose) delete filter.status
  const state: ViewState = { filter, ...(q.daysToClose ? { scope: { daysToClose: q.daysToClose } } : {}) }
  // The firm filters (building, industry, key) have no column on the request grid: named in the view.
  const firms = [f.buildingId && names.building(f.buildingId), f.industryId && names.industry(f.industryId)]
  return drillHref('request', { name: `首页:${[q.label, ...firms].filter(Boolean).join(' · ')}`, state })
}

export function reliefHref(period: Period, building: string): string {
  const filter: FilterModel = { buildingName: set([building === '(未登记楼宇)' ? null : building]) }
  if (hasPeriod(period)) filter.periodStart = dayRange(period)
  return drillHref('rent-relief', { name: `首页:${building}房租减免`, state: { filter } })
}

export function partnerHref(f: DashboardFilter, names: Names, partner: string): string {
  // Counted whatever the firm's status now, as the chart counts them.
  const filter: FilterModel = {
    ...firmFilters(f, names),
    partnerName: set([partner]),
    status: set([...ENTERPRISE_STATUSES]),
  }
  return drillHref('enterprise', { name: `首页:${partner}引进企业`, state: { filter } })
}
