import { staffLabels, staffSchema } from '../../shared/domain'
import type { LedgerDef } from '../ledger/def'
import { namedByPinyin } from './named'

export const staffLedger: LedgerDef = {
  entity: 'staff',
  label: '人员',
  unit: '人',
  table: 'staff',
  schema: staffSchema,
  labels: staffLabels,
  select: `
    SELECT t.*, d.name AS department_name
    FROM staff t
    LEFT JOIN dictionary d ON d.id = t.department_id`,
  ...namedByPinyin(['position', 'phone', 'department_name']),
  json: ['roles'],
  dependents: [
    { label: '楼宇(楼掌柜)', unit: '座', table: 'building', column: 'manager_id', mode: 'unlink', entity: 'building' },
    {
      label: '企业(服务专员)',
      unit: '家',
      table: 'enterprise',
      column: 'specialist_id',
      mode: 'unlink',
      entity: 'enterprise',
    },
    { label: '走访记录(走访人)', unit: '条', table: 'visit_visitor', column: 'staff_id', mode: 'unlink' },
  ],
}
