import { rentReliefLabels as L, rentReliefSchema } from '../../../../shared/domain'
import { field, firm, firmOf, ref } from '../../components/ledger/fields'
import { defineLedger } from '../../components/ledger/defineLedger'

export const rentReliefLedger = defineLedger('rentRelief', '房租减免记录', '条', rentReliefSchema, {
  searchPlaceholder: '搜索承租方、楼宇、运营方、政策批次…',
  titleKey: 'tenantName',
  detail: firmOf,
  fields: [
    field('tenantName', L.tenantName, 'text', { width: 240, pinned: 'left' }),
    firm('enterpriseId', '名录中的企业', 'enterpriseName', { width: 240 }),
    ref('buildingId', L.buildingId, 'building', 'buildingName', { width: 160 }),
    field('operator', L.operator, 'text', { width: 220 }),
    field('periodStart', L.periodStart, 'date'),
    field('periodEnd', L.periodEnd, 'date'),
    field('months', L.months, 'number', { width: 110 }),
    field('amount', L.amount, 'money'),
    field('batch', L.batch, 'text', { width: 160 }, { bulk: true }),
    field('notes', L.notes, 'longText', { flex: 1 }),
  ],
  exportLayouts: ['rent-reliefs'],
  exportTitle: '房租减免台账',
})
