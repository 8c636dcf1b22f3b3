import type { ColDef } from 'ag-grid-community'
import { rentReliefLabels as L, type RentRelief } from '../../../../shared/domain'
import { api } from '../../api'
import { dateCol, longTextCol, moneyCol, numberCol, textCol } from '../../components/grid/columns'
import { LedgerView } from '../../components/LedgerView'
import { Page } from '../../components/Page'

const columns: ColDef<RentRelief>[] = [
  textCol('tenantName', L.tenantName, { width: 240, pinned: 'left' }),
  textCol('enterpriseName', '名录中的企业', { width: 240 }),
  textCol('buildingName', L.buildingId, { width: 160 }),
  textCol('operator', L.operator, { width: 220 }),
  dateCol('periodStart', L.periodStart, { width: 130 }),
  dateCol('periodEnd', L.periodEnd, { width: 130 }),
  numberCol('months', L.months, { width: 110 }),
  moneyCol('amount', L.amount),
  textCol('batch', L.batch, { width: 160 }),
  longTextCol('notes', L.notes),
]

const load = () => api.rentRelief.list()

export function RentReliefPage() {
  return (
    <Page title="房租减免" subtitle="国有及非国有楼宇的租金减免">
      <LedgerView load={load} columns={columns} unit="条" searchPlaceholder="快速搜索承租方、楼宇、运营方、批次…" />
    </Page>
  )
}
