import { visitLabels, visitSchema } from '../../shared/domain'
import type { LedgerDef } from '../ledger/def'

export const visitLedger: LedgerDef = {
  entity: 'visit',
  label: '走访记录',
  unit: '条',
  table: 'visit',
  schema: visitSchema,
  labels: visitLabels,
  select: `
    SELECT t.*, e.name AS enterprise_name, e.name_pinyin AS enterprise_pinyin, e.credit_code AS credit_code, c.name AS campaign_name,
           (SELECT json_group_array(vv.staff_id) FROM visit_visitor vv WHERE vv.visit_id = t.id) AS visitor_ids,
           (SELECT group_concat(s.name, '、') FROM visit_visitor vv JOIN staff s ON s.id = vv.staff_id
             WHERE vv.visit_id = t.id) AS visitor_names,
           (SELECT count(*) FROM request r WHERE r.visit_id = t.id) AS request_count
    FROM visit t
    LEFT JOIN enterprise e ON e.id = t.enterprise_id
    LEFT JOIN campaign c ON c.id = t.campaign_id`,
  title: (r) => `${String(r.enterpriseName ?? '')} ${String(r.visitedOn)}`.trim(),
  // Visits run to millions: the firm is found through the search index, not by scanning
  // joined names (campaign and form have their own column filters).
  searchColumns: [],
  searchRefs: [{ column: 'enterprise_id', kind: 'enterprise' }],
  sortAs: { enterpriseName: 'enterprise_pinyin' },
  json: ['visitorIds'],
  links: [{ field: 'visitorIds', table: 'visit_visitor', ownKey: 'visit_id', otherKey: 'staff_id' }],
  dependents: [{ label: '诉求', unit: '件', table: 'request', column: 'visit_id', mode: 'unlink', entity: 'request' }],
}
