import { requestLabels, requestSchema } from '../../shared/domain'
import type { LedgerDef } from '../ledger/def'

export const requestLedger: LedgerDef = {
  entity: 'request',
  label: '诉求',
  unit: '件',
  table: 'request',
  schema: requestSchema,
  labels: requestLabels,
  select: `
    SELECT t.*, e.name AS enterprise_name, e.name_pinyin AS enterprise_pinyin, c.name AS category_name, u.name AS handling_unit_name
    FROM request t
    LEFT JOIN enterprise e ON e.id = t.enterprise_id
    LEFT JOIN dictionary c ON c.id = t.category_id
    LEFT JOIN dictionary u ON u.id = t.handling_unit_id`,
  title: (r) => String(r.content).slice(0, 20),
  searchColumns: ['content', 'category_name', 'handling_unit_name', 'status', 'response'],
  searchRefs: [{ column: 'enterprise_id', kind: 'enterprise' }],
  sortAs: { enterpriseName: 'enterprise_pinyin' },
}
