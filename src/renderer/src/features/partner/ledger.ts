import { partnerLabels as L, partnerSchema } from '../../../../shared/domain'
import { field, shown } from '../../components/ledger/fields'
import { defineLedger } from '../../components/ledger/defineLedger'

export const partnerLedger = defineLedger('partner', '招商伙伴', '家', partnerSchema, {
  searchPlaceholder: '搜索合作伙伴名称、类型、联系人…',
  detailTitle: '打开招商伙伴详情',
  fields: [
    field('name', L.name, 'text', { width: 260, pinned: 'left' }),
    field('type', L.type, 'text', { width: 140 }, { bulk: true }),
    field('licensedOn', L.licensedOn, 'date'),
    field('contact', L.contact, 'text'),
    field('phone', L.phone, 'text'),
    shown('enterpriseCount', '引进企业(家)', 'number'),
    field('notes', L.notes, 'longText', { flex: 1 }),
  ],
})
