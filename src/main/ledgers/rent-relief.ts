import { rentReliefLabels, rentReliefSchema } from '../../shared/domain'
import type { LedgerDef } from '../ledger/def'

export const rentReliefLedger: LedgerDef = {
  entity: 'rentRelief',
  label: '房租减免记录',
  unit: '条',
  table: 'rent_relief',
  schema: rentReliefSchema,
  labels: rentReliefLabels,
  select: `
    SELECT t.*, b.name AS building_name, e.name AS enterprise_name, e.name_pinyin AS enterprise_pinyin,
           e.credit_code AS credit_code
    FROM rent_relief t
    LEFT JOIN building b ON b.id = t.building_id
    LEFT JOIN enterprise e ON e.id = t.enterprise_id`,
  title: (r) => String(r.tenantName),
  searchColumns: ['tenant_name', 'building_name', 'operator', 'batch'],
  searchRefs: [{ column: 'enterprise_id', kind: 'enterprise' }],
  sortAs: { enterpriseName: 'enterprise_pinyin' },
  cents: ['amount'],
}
