import { campaignLabels, campaignSchema } from '../../shared/domain'
import type { LedgerDef } from '../ledger/def'

export const campaignLedger: LedgerDef = {
  entity: 'campaign',
  label: '走访活动',
  unit: '次',
  table: 'campaign',
  schema: campaignSchema,
  labels: campaignLabels,
  select: `
    SELECT t.*, (SELECT count(*) FROM visit v WHERE v.campaign_id = t.id) AS visit_count
    FROM campaign t`,
  title: (r) => String(r.name),
  json: ['scope'],
  searchColumns: ['name', 'kind', 'notes'],
  unique: ['name'],
  dependents: [
    { label: '走访记录', unit: '条', table: 'visit', column: 'campaign_id', mode: 'unlink', entity: 'visit' },
  ],
}
