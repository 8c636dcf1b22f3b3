import { enterpriseLabels, enterpriseSchema } from '../../shared/domain'
import type { LedgerDef } from '../ledger/def'
import { pinyinColumns } from '../search/pinyin'
import { enterpriseConditions } from './conditions'

export const enterpriseLedger: LedgerDef = {
  conditions: enterpriseConditions,
  entity: 'enterprise',
  label: '企业',
  unit: '家',
  table: 'enterprise',
  schema: enterpriseSchema,
  labels: enterpriseLabels,
  select: `
    SELECT t.*, ind.name AS industry_name, b.name AS building_name, b.name_pinyin AS building_pinyin,
           m.name AS manager_name, m.name_pinyin AS manager_pinyin,
           sp.name AS specialist_name, sp.name_pinyin AS specialist_pinyin,
           p.name AS partner_name, p.name_pinyin AS partner_pinyin
    FROM enterprise t
    LEFT JOIN dictionary ind ON ind.id = t.industry_id
    LEFT JOIN building b ON b.id = t.building_id
    LEFT JOIN staff m ON m.id = b.manager_id
    LEFT JOIN staff sp ON sp.id = t.specialist_id
    LEFT JOIN partner p ON p.id = t.partner_id`,
  title: (r) => String(r.name),
  derive: pinyinColumns,
  // Name, short and former names, credit code, pinyin, initials, contact and phone, found
  // through the search indexes: at 100,000 firms a LIKE over each is a scan of the table.
  searchColumns: [],
  searchRefs: [{ column: 'id', kind: 'enterprise', contacts: true }],
  searchLinks: [{ column: 'building_id', table: 'building', columns: ['name'] }],
  sortAs: {
    name: 'name_pinyin',
    buildingName: 'building_pinyin',
    managerName: 'manager_pinyin',
    specialistName: 'specialist_pinyin',
    partnerName: 'partner_pinyin',
  },
  booleans: ['isKey', 'isManaged', 'isAboveScale', 'isHighTech', 'isSpecialized'],
  unique: ['creditCode', 'registrationNo'],
  // Requests before visits: a request may point at a visit of the same firm.
  dependents: [
    { label: '诉求', unit: '件', table: 'request', column: 'enterprise_id', mode: 'cascade', entity: 'request' },
    { label: '走访记录', unit: '条', table: 'visit', column: 'enterprise_id', mode: 'cascade', entity: 'visit' },
    {
      label: '房租减免记录',
      unit: '条',
      table: 'rent_relief',
      column: 'enterprise_id',
      mode: 'cascade',
      entity: 'rentRelief',
    },
    { label: '活动参加记录', unit: '条', table: 'event_attendee', column: 'enterprise_id', mode: 'cascade' },
    { label: '联盟商会成员记录', unit: '条', table: 'organisation_member', column: 'enterprise_id', mode: 'cascade' },
  ],
}
