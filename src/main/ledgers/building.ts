import { buildingLabels, buildingSchema } from '../../shared/domain'
import type { LedgerDef } from '../ledger/def'
import { namedByPinyin } from './named'

export const buildingLedger: LedgerDef = {
  entity: 'building',
  label: '楼宇',
  unit: '座',
  table: 'building',
  schema: buildingSchema,
  labels: buildingLabels,
  select: `
    SELECT t.*, m.name AS manager_name,
           (SELECT count(*) FROM enterprise e WHERE e.building_id = t.id) AS enterprise_count
    FROM building t
    LEFT JOIN staff m ON m.id = t.manager_id`,
  ...namedByPinyin(['address', 'operator', 'manager_name']),
  unique: ['name'],
  dependents: [
    { label: '企业', unit: '家', table: 'enterprise', column: 'building_id', mode: 'unlink', entity: 'enterprise' },
    {
      label: '房租减免记录',
      unit: '条',
      table: 'rent_relief',
      column: 'building_id',
      mode: 'unlink',
      entity: 'rentRelief',
    },
  ],
}
