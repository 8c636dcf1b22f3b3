import type { ColDef } from 'ag-grid-community'
import { staffLabels as L, type Staff } from '../../../../shared/domain'
import { api } from '../../api'
import { longTextCol, textCol } from '../../components/grid/columns'
import { LedgerView } from '../../components/LedgerView'
import { Page } from '../../components/Page'

const columns: ColDef<Staff>[] = [
  textCol('name', L.name, { width: 120, pinned: 'left' }),
  textCol('departmentName', L.departmentId, { width: 160 }),
  textCol('position', L.position, { width: 140 }),
  // Roles are a list; shown and searched as 楼掌柜、营商服务专员.
  textCol('roles', L.roles, {
    width: 260,
    cellDataType: false,
    valueGetter: (p) => (p.data?.roles ?? []).join('、'),
  }),
  textCol('phone', L.phone),
  longTextCol('notes', L.notes),
]

const load = () => api.staff.list()

export function StaffPage() {
  return (
    <Page title="人员" subtitle="街道干部、楼掌柜与营商服务专员">
      <LedgerView load={load} columns={columns} unit="人" searchPlaceholder="快速搜索姓名、科室、职务、角色…" />
    </Page>
  )
}
