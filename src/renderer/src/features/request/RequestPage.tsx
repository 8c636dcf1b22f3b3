import type { ColDef } from 'ag-grid-community'
import { requestLabels as L, type Request } from '../../../../shared/domain'
import { api } from '../../api'
import { dateCol, enumCol, longTextCol, textCol } from '../../components/grid/columns'
import { LedgerView } from '../../components/LedgerView'
import { Page } from '../../components/Page'

const columns: ColDef<Request>[] = [
  dateCol('receivedOn', L.receivedOn, { sort: 'desc', pinned: 'left' }),
  textCol('enterpriseName', L.enterpriseId, { width: 240, pinned: 'left' }),
  textCol('categoryName', L.categoryId, { width: 110 }),
  longTextCol('content', L.content, { minWidth: 300 }),
  dateCol('dueOn', L.dueOn),
  textCol('handlingUnitName', L.handlingUnitId, { width: 160 }),
  enumCol('status', L.status, { width: 100 }),
  longTextCol('response', L.response),
  dateCol('closedOn', L.closedOn),
  dateCol('followUpOn', L.followUpOn),
  enumCol('satisfaction', L.satisfaction, { width: 100 }),
  longTextCol('notes', L.notes),
]

const load = () => api.request.list()

export function RequestPage() {
  return (
    <Page title="诉求" subtitle="受理 → 派单 → 办理 → 办结 → 回访">
      <LedgerView load={load} columns={columns} unit="件" searchPlaceholder="快速搜索企业、诉求内容、承办单位…" />
    </Page>
  )
}
