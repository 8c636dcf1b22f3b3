import { BUILDING_KINDS, buildingLabels as L, buildingSchema, OWNERSHIPS } from '../../../../shared/domain'
import { field, ref, shown, words } from '../../components/ledger/fields'
import { defineLedger } from '../../components/ledger/defineLedger'

export const buildingLedger = defineLedger('building', '楼宇', '座', buildingSchema, {
  searchPlaceholder: '搜索楼宇名称、地址、运营方、楼掌柜…',
  detailTitle: '打开楼宇详情',
  fields: [
    field('name', L.name, 'text', { width: 200, pinned: 'left' }),
    field('kind', L.kind, 'enum', { width: 110 }, { choices: words(BUILDING_KINDS) }),
    field('address', L.address, 'text', { width: 220 }),
    field('operator', L.operator, 'text', { width: 220 }),
    field('ownership', L.ownership, 'enum', { width: 100 }, { choices: words(OWNERSHIPS) }),
    ref('managerId', L.managerId, 'staff', 'managerName', { width: 110 }),
    shown('enterpriseCount', '在楼企业(家)', 'number'),
    field('notes', L.notes, 'longText', { flex: 1 }),
  ],
  newRecord: () => ({ kind: '商务楼宇' }),
})
