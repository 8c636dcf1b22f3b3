import { servicePointLabels as L, servicePointSchema } from '../../../../shared/domain'
import { field } from '../../components/ledger/fields'
import { defineLedger } from '../../components/ledger/defineLedger'

/** "1+1+X": 环同济营商服务中心, 党群服务站点. */
export const servicePointLedger = defineLedger('servicePoint', '服务站点', '个', servicePointSchema, {
  searchPlaceholder: '搜索站点名称、地址…',
  fields: [
    field('name', L.name, 'text', { width: 260, pinned: 'left' }),
    field('kind', L.kind, 'text', { width: 140 }, { bulk: true }),
    field('address', L.address, 'text', { width: 280 }),
    field('notes', L.notes, 'longText', { flex: 1 }),
  ],
})
