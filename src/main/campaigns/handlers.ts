/** Handlers of the campaign loop's channels: the plan, who visits whom, visit entry, a request's steps. */
import type { LedgerDeps } from '../core/deps'
import { assignFirms, campaignPlan } from './plan'
import { matchFirmNames, recordVisit, requestTimeline } from './record'

export function campaignHandlers(deps: LedgerDeps) {
  return {
    'campaign:plan': (i: { id: number }) => campaignPlan(deps, i.id),
    'campaign:assign': (i: { campaignId: number; enterpriseIds: number[]; staffId: number | null }) =>
      assignFirms(deps, i.campaignId, i.enterpriseIds, i.staffId),
    'visit:record': (i: { visit: Record<string, unknown>; requests: Record<string, unknown>[] }) =>
      recordVisit(deps, i.visit, i.requests),
    'request:timeline': (i: { id: number }) => requestTimeline(deps, i.id),
    'event:matchFirms': (i: { text: string }) => matchFirmNames(deps, i.text),
  }
}
