import { STAFF_ROLES, staffLabels as L, staffSchema } from '../../../../shared/domain'
import { field, ref, words } from '../../components/ledger/fields'
import { defineLedger } from '../../components/ledger/defineLedger'

export const staffLedger = defineLedger('staff', '人员', '人', staffSchema, {
  measure: '人',
  searchPlaceholder: '搜索姓名、科室、职务、电话…',
  detailTitle: '打开人员详情',
  fields: [
    field('name', L.name, 'text', { width: 120, pinned: 'left' }),
    ref('departmentId', L.departmentId, 'department', 'departmentName', { width: 180 }),
    field('position', L.position, 'text', { width: 140 }),
    // Typed in the cell as 楼掌柜、营商服务专员; chosen from the list in the form.
    field('roles', L.roles, 'tags', { width: 260 }, { choices: words(STAFF_ROLES) }),
    field('phone', L.phone, 'text', { width: 140 }),
    field('notes', L.notes, 'longText', { flex: 1 }),
  ],
})
