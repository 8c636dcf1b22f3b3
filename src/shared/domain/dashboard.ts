/** The 首页 dashboard: one filter, one answer with every figure and chart series. */
import { z } from 'zod'

export const dashboardFilterSchema = z.strictObject({
  /** A campaign: its scope and dates define the firms and the period. */
  campaignId: z.number().int().positive().nullish(),
  /** Without a campaign: the period (YYYY-MM-DD, both included). */
  from: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullish(),
  to: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullish(),
  buildingId: z.number().int().positive().nullish(),
  industryId: z.number().int().positive().nullish(),
  keyOnly: z.boolean().optional(),
})
export type DashboardFilter = z.input<typeof dashboardFilterSchema>

export interface CoverageBar {
  key: number | null
  name: string
  inScope: number
  visited: number
  /** visited ÷ inScope, 0 when nothing is in scope. */
  rate: number
}

export interface KeyFigures {
  /** Firms 在营 in the directory (under the building/industry/key filters). */
  firms: number
  keyFirms: number
  /** Firms in scope (the campaign's, else the directory's) and how many were visited. */
  inScope: number
  visitedFirms: number
  coverage: number
  keyInScope: number
  keyVisited: number
  keyCoverage: number
  visits: number
  requests: number
  closed: number
  open: number
  overdue: number
  closedShare: number
  /** Days from received to closed, over requests closed in the period; null when none. */
  meanDaysToClose: number | null
  medianDaysToClose: number | null
  rentReliefAmount: number
  rentReliefTenants: number
  /** Firms with a partner whose 落户日期 is in the current year. */
  partnerFirmsThisYear: number
}

export interface Dashboard {
  filter: DashboardFilter
  /** The period the figures cover, as worked out from the filter. */
  period: { from: string | null; to: string | null }
  /** The chosen campaign's 覆盖率目标 (%), when it has one; else the page's default applies. */
  target: number | null
  figures: KeyFigures
  byBuilding: CoverageBar[]
  byManager: CoverageBar[]
  byIndustry: CoverageBar[]
  /** Every campaign in order, with its own coverage (under the building/industry/key filters). */
  acrossCampaigns: (CoverageBar & { startOn: string })[]
  /** category × status counts. */
  requestsByCategory: { category: string; counts: Record<string, number>; total: number }[]
  /** Days to close in bins: 0–3, 4–7, 8–15, 16–30, 31–60, 60+. */
  daysToClose: { bin: string; count: number }[]
  rentReliefByBuilding: { building: string; amount: number; tenants: number }[]
  firmsPerPartner: { partner: string; count: number }[]
}
