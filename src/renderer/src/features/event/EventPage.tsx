import type { ColDef } from 'ag-grid-community'
import { eventLabels as L, type Event } from '../../../../shared/domain'
import { api } from '../../api'
import { dateCol, enumCol, longTextCol, numberCol, textCol } from '../../components/grid/columns'
import { LedgerView } from '../../components/LedgerView'
import { Page } from '../../components/Page'

const columns: ColDef<Event>[] = [
  dateCol('heldOn', L.heldOn, { sort: 'desc', pinned: 'left' }),
  textCol('theme', L.theme, { width: 280 }),
  enumCol('kind', L.kind, { width: 120 }),
  textCol('organiser', L.organiser, { width: 180 }),
  textCol('location', L.location, { width: 200 }),
  numberCol('attendeeCount', '参加企业(家)'),
  longTextCol('notes', L.notes),
]

const load = () => api.event.list()

export function EventPage() {
  return (
    <Page title="活动" subtitle="发展交流会、政策宣讲会、茶话会等">
      <LedgerView load={load} columns={columns} unit="场" searchPlaceholder="快速搜索活动主题、主办方、地点…" />
    </Page>
  )
}
