import { dictionaryLabels, dictionarySchema } from '../../shared/domain'
import type { LedgerDef } from '../ledger/def'

export const dictionaryLedger: LedgerDef = {
  entity: 'dictionary',
  label: '字典项',
  unit: '项',
  table: 'dictionary',
  schema: dictionarySchema,
  labels: dictionaryLabels,
  select: `
    SELECT t.*,
           (SELECT count(*) FROM enterprise e WHERE e.industry_id = t.id)
         + (SELECT count(*) FROM staff s WHERE s.department_id = t.id)
         + (SELECT count(*) FROM request r WHERE r.category_id = t.id OR r.handling_unit_id = t.id) AS usage_count
    FROM dictionary t`,
  title: (r) => String(r.name),
  searchColumns: ['name', 'kind'],
  // An entry in use is kept: clearing it from hundreds of records is never what a click means.
  dependents: [
    { label: '企业', unit: '家', table: 'enterprise', column: 'industry_id', mode: 'restrict' },
    { label: '人员', unit: '人', table: 'staff', column: 'department_id', mode: 'restrict' },
    { label: '诉求(类别)', unit: '件', table: 'request', column: 'category_id', mode: 'restrict' },
    { label: '诉求(承办单位)', unit: '件', table: 'request', column: 'handling_unit_id', mode: 'restrict' },
  ],
}
