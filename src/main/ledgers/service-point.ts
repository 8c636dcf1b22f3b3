import { servicePointLabels, servicePointSchema } from '../../shared/domain'
import type { LedgerDef } from '../ledger/def'

export const servicePointLedger: LedgerDef = {
  entity: 'servicePoint',
  label: '服务站点',
  unit: '个',
  table: 'service_point',
  schema: servicePointSchema,
  labels: servicePointLabels,
  select: 'SELECT t.* FROM service_point t',
  title: (r) => String(r.name),
  searchColumns: ['name', 'address', 'kind'],
  unique: ['name'],
}
