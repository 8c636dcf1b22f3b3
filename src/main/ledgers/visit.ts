import { visitLabels, visitSchema } from '../../shared/domain'
import { AppError } from '../errors'
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
  /** A campaign visit happens within the campaign's dates. */
  beforeWrite(data, { db }) {
    if (!data.campaignId) return data
    const c = db
      .prepare('SELECT name, start_on AS startOn, end_on AS endOn FROM campaign WHERE id = ?')
      .get(data.campaignId) as { name: string; startOn: string; endOn: string } | undefined
    if (c && ((data.visitedOn as string) < c.startOn || (data.visitedOn as string) > c.endOn)) {
      const message = `走访日期须在“${c.name}”的时间范围内(${c.startOn} 至 ${c.endOn})`
      throw new AppError('VALIDATION', message, { fields: { visitedOn: message } })
    }
    return data
  },
  dependents: [{ label: '诉求', unit: '件', table: 'request', column: 'visit_id', mode: 'unlink', entity: 'request' }],
}
