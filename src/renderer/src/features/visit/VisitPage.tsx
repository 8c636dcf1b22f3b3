import type { ColDef } from 'ag-grid-community'
import { Tabs } from 'antd'
import { campaignLabels as CL, visitLabels as L, type Campaign, type Visit } from '../../../../shared/domain'
import { api } from '../../api'
import { dateCol, enumCol, longTextCol, numberCol, textCol } from '../../components/grid/columns'
import { LedgerView } from '../../components/LedgerView'
import { Page } from '../../components/Page'

const visitColumns: ColDef<Visit>[] = [
  dateCol('visitedOn', L.visitedOn, { sort: 'desc', pinned: 'left' }),
  textCol('enterpriseName', L.enterpriseId, { width: 240, pinned: 'left' }),
  textCol('creditCode', '统一社会信用代码', { width: 190 }),
  textCol('campaignName', L.campaignId, { width: 180 }),
  enumCol('form', L.form),
  textCol('visitorNames', L.visitorIds, { width: 160 }),
  longTextCol('summary', L.summary, { minWidth: 360 }),
  numberCol('requestCount', '诉求(件)', { width: 100 }),
]

const campaignColumns: ColDef<Campaign>[] = [
  textCol('name', CL.name, { width: 240, pinned: 'left' }),
  enumCol('kind', CL.kind, { width: 120 }),
  dateCol('startOn', CL.startOn, { sort: 'desc' }),
  dateCol('endOn', CL.endOn),
  numberCol('visitCount', '走访记录(条)'),
  longTextCol('notes', CL.notes),
]

const loadVisits = () => api.visit.list()
const loadCampaigns = () => api.campaign.list()

/** Visits and the campaigns they belong to: two views of the same work, one page. */
export function VisitPage() {
  return (
    <Page title="走访">
      <Tabs
        className="page-tabs"
        destroyOnHidden
        items={[
          {
            key: 'visits',
            label: '走访记录',
            children: (
              <LedgerView
                load={loadVisits}
                columns={visitColumns}
                unit="条"
                searchPlaceholder="快速搜索企业、走访人、走访情况…"
              />
            ),
          },
          {
            key: 'campaigns',
            label: '走访活动',
            children: (
              <LedgerView
                load={loadCampaigns}
                columns={campaignColumns}
                unit="次"
                searchPlaceholder="快速搜索走访活动…"
              />
            ),
          },
        ]}
      />
    </Page>
  )
}
