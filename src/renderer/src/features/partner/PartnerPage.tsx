import type { ColDef } from 'ag-grid-community'
import { partnerLabels as L, type Partner } from '../../../../shared/domain'
import { api } from '../../api'
import { dateCol, longTextCol, numberCol, textCol } from '../../components/grid/columns'
import { LedgerView } from '../../components/LedgerView'
import { Page } from '../../components/Page'

const columns: ColDef<Partner>[] = [
  textCol('name', L.name, { width: 240, pinned: 'left' }),
  textCol('type', L.type),
  dateCol('licensedOn', L.licensedOn),
  textCol('contact', L.contact),
  textCol('phone', L.phone),
  numberCol('enterpriseCount', '引进企业(家)'),
  longTextCol('notes', L.notes),
]

const load = () => api.partner.list()

export function PartnerPage() {
  return (
    <Page title="招商伙伴" subtitle="授牌的招商合作伙伴及其引进的企业数">
      <LedgerView load={load} columns={columns} unit="家" searchPlaceholder="快速搜索合作伙伴名称、类型、联系人…" />
    </Page>
  )
}
