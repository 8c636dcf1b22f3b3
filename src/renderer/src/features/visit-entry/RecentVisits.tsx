import { Table, type TableColumnsType } from 'antd'
import type { Visit } from '../../../../shared/domain'
import { EntityLink } from '../../components/EntityLink'

export interface RecentVisit {
  visit: Visit
  /** Requests saved with it. */
  requests: number
}

const columns: TableColumnsType<RecentVisit> = [
  {
    title: '企业',
    key: 'firm',
    render: (_, r) => (
      <EntityLink kind="enterprise" id={r.visit.enterpriseId}>
        {r.visit.enterpriseName}
      </EntityLink>
    ),
  },
  { title: '走访日期', key: 'on', width: 110, render: (_, r) => r.visit.visitedOn },
  { title: '走访人', key: 'who', width: 200, render: (_, r) => r.visit.visitorNames ?? '' },
  { title: '形式', key: 'form', width: 100, render: (_, r) => r.visit.form ?? '' },
  { title: '走访活动', key: 'campaign', render: (_, r) => r.visit.campaignName ?? '' },
  { title: '诉求', key: 'requests', width: 70, align: 'right', render: (_, r) => `${r.requests} 条` },
]

/** What was saved on this page since it opened, newest first: the clerk sees the round so far. */
export function RecentVisits({ visits }: { visits: RecentVisit[] }) {
  if (!visits.length) return null
  return (
    <div className="recent-visits" data-testid="recent-visits">
      <div className="entry-section-title">本次已录入 {visits.length} 条</div>
      <Table<RecentVisit>
        size="small"
        rowKey={(r) => r.visit.id}
        columns={columns}
        dataSource={visits}
        pagination={false}
      />
    </div>
  )
}
