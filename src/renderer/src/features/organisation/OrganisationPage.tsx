import type { ColDef } from 'ag-grid-community'
import { organisationLabels as L, type Organisation } from '../../../../shared/domain'
import { api } from '../../api'
import { enumCol, longTextCol, numberCol, textCol } from '../../components/grid/columns'
import { LedgerView } from '../../components/LedgerView'
import { Page } from '../../components/Page'

const columns: ColDef<Organisation>[] = [
  textCol('name', L.name, { width: 240, pinned: 'left' }),
  enumCol('kind', L.kind),
  numberCol('memberCount', '成员企业(家)'),
  longTextCol('notes', L.notes, { minWidth: 400 }),
]

const load = () => api.organisation.list()

export function OrganisationPage() {
  return (
    <Page title="联盟商会" subtitle="四大联盟与同心圆商会">
      <LedgerView load={load} columns={columns} unit="个" searchPlaceholder="快速搜索联盟、商会名称…" />
    </Page>
  )
}
