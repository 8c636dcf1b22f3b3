import type { ColDef } from 'ag-grid-community'
import { buildingLabels as L, type Building } from '../../../../shared/domain'
import { api } from '../../api'
import { enumCol, longTextCol, numberCol, textCol } from '../../components/grid/columns'
import { LedgerView } from '../../components/LedgerView'
import { Page } from '../../components/Page'

const columns: ColDef<Building>[] = [
  textCol('name', L.name, { width: 200, pinned: 'left' }),
  enumCol('kind', L.kind),
  textCol('address', L.address, { width: 220 }),
  textCol('operator', L.operator, { width: 220 }),
  enumCol('ownership', L.ownership),
  textCol('managerName', L.managerId),
  numberCol('enterpriseCount', '在楼企业(家)'),
  longTextCol('notes', L.notes),
]

const load = () => api.building.list()

export function BuildingPage() {
  return (
    <Page title="楼宇" subtitle="商务楼宇与园区,含楼掌柜">
      <LedgerView load={load} columns={columns} unit="座" searchPlaceholder="快速搜索楼宇名称、地址、运营方、楼掌柜…" />
    </Page>
  )
}
