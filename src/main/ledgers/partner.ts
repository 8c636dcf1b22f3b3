import { partnerLabels, partnerSchema } from '../../shared/domain'
import type { LedgerDef } from '../ledger/def'
import { namedByPinyin } from './named'

export const partnerLedger: LedgerDef = {
  entity: 'partner',
  label: '招商合作伙伴',
  unit: '家',
  table: 'partner',
  schema: partnerSchema,
  labels: partnerLabels,
  select: `
    SELECT t.*, (SELECT count(*) FROM enterprise e WHERE e.partner_id = t.id) AS enterprise_count
    FROM partner t`,
  ...namedByPinyin(['type', 'contact']),
  unique: ['name'],
  dependents: [
    { label: '引进企业', unit: '家', table: 'enterprise', column: 'partner_id', mode: 'unlink', entity: 'enterprise' },
  ],
}
