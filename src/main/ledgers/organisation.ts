import { organisationLabels, organisationSchema } from '../../shared/domain'
import type { LedgerDef } from '../ledger/def'

export const organisationLedger: LedgerDef = {
  entity: 'organisation',
  label: '联盟商会',
  unit: '个',
  table: 'organisation',
  schema: organisationSchema,
  labels: organisationLabels,
  select: `
    SELECT t.*,
           (SELECT json_group_array(m.enterprise_id) FROM organisation_member m WHERE m.organisation_id = t.id) AS member_ids,
           (SELECT count(*) FROM organisation_member m WHERE m.organisation_id = t.id) AS member_count
    FROM organisation t`,
  title: (r) => String(r.name),
  searchColumns: ['name', 'kind', 'notes'],
  json: ['memberIds'],
  unique: ['name'],
  links: [{ field: 'memberIds', table: 'organisation_member', ownKey: 'organisation_id', otherKey: 'enterprise_id' }],
}
