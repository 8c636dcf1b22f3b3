/**
 * Channels of the 首页 dashboard besides `dashboard:get`: the page's filter, kept in the ledger
 * so it survives a restart and travels with the database (a campaign id means nothing in
 * another ledger), and the key figures as a workbook.
 */
import { z } from 'zod'
import { dashboardFilterSchema, type Dashboard } from '../../domain/dashboard'
import type { Channel } from '../contract'

// The contract's helper, repeated: importing it would make the contract import itself.
function channel<O>() {
  return <I extends z.ZodType>(input: I): Channel<I, O> => ({ input })
}

/** What the page remembers: the filter and the coverage target drawn on the bar charts. */
export const dashboardPrefsSchema = z.strictObject({
  filter: dashboardFilterSchema,
  /** 目标覆盖率, in percent. */
  target: z.number().min(0).max(100),
})
export type DashboardPrefs = z.infer<typeof dashboardPrefsSchema>

export const DEFAULT_DASHBOARD_PREFS: DashboardPrefs = { filter: {}, target: 90 }

export const dashboardChannels = {
  'dashboard:prefs': channel<DashboardPrefs>()(z.strictObject({}).optional()),
  /**
   * The page's first answer: its remembered prefs and the dashboard for their filter in one
   * round trip, so the figures do not wait for a second question after the first reply.
   */
  'dashboard:open': channel<{ prefs: DashboardPrefs; data: Dashboard }>()(z.strictObject({}).optional()),
  'dashboard:savePrefs': channel<DashboardPrefs>()(dashboardPrefsSchema),
  /** 关键指标 (and every chart's numbers) as an .xlsx for the filter. */
  'dashboard:exportFigures': channel<{ fileName: string; base64: string }>()(dashboardFilterSchema),
}
