import { Tabs } from 'antd'
import { LedgerGrid } from '../../components/ledger/LedgerGrid'
import { Page } from '../../components/Page'
import { campaignLedger, visitLedger } from './ledger'

/** Visits and the campaigns they belong to: two views of the same work, one page. */
export function VisitPage() {
  return (
    <Page title="走访">
      <Tabs
        className="page-tabs"
        destroyOnHidden
        items={[
          { key: 'visits', label: '走访记录', children: <LedgerGrid config={visitLedger} /> },
          { key: 'campaigns', label: '走访活动', children: <LedgerGrid config={campaignLedger} /> },
        ]}
      />
    </Page>
  )
}
