import { CommentOutlined, SolutionOutlined } from '@ant-design/icons'
import { Empty, Segmented, Tag, Timeline, type TimelineProps } from 'antd'
import { useMemo, useState } from 'react'
import { CLOSED_STATUSES, type RequestWithAge, type Visit } from '../../../../../shared/domain'
import { RequestAge, RequestStatus } from '../tags'

type Entry = { kind: 'visit'; on: string; visit: Visit } | { kind: 'request'; on: string; request: RequestWithAge }
type Filter = 'all' | 'visit' | 'request'

/** Newest first; on one day a visit comes before the requests raised in it. */
export function activityEntries(visits: Visit[], requests: RequestWithAge[]): Entry[] {
  const out: Entry[] = [
    ...visits.map((visit): Entry => ({ kind: 'visit', on: visit.visitedOn, visit })),
    ...requests.map((request): Entry => ({ kind: 'request', on: request.receivedOn, request })),
  ]
  return out.sort((a, b) => {
    if (a.on !== b.on) return a.on < b.on ? 1 : -1
    if (a.kind !== b.kind) return a.kind === 'visit' ? -1 : 1
    const ida = a.kind === 'visit' ? a.visit.id : a.request.id
    const idb = b.kind === 'visit' ? b.visit.id : b.request.id
    return idb - ida
  })
}

function VisitItem({ v }: { v: Visit }) {
  return (
    <div className="activity" data-testid="timeline-visit">
      <div className="activity-head">
        <Tag color="blue" icon={<SolutionOutlined />}>
          {v.form ?? '走访'}
        </Tag>
        {v.campaignName && <span className="activity-campaign">{v.campaignName}</span>}
        <span className="muted">走访人:{v.visitorNames || '未记录'}</span>
        {v.requestCount > 0 && <span className="muted">· 提出诉求 {v.requestCount} 件</span>}
      </div>
      {v.summary && <div className="activity-text">{v.summary}</div>}
    </div>
  )
}

function RequestItem({ r }: { r: RequestWithAge }) {
  return (
    <div className="activity" data-testid="timeline-request">
      <div className="activity-head">
        <Tag color="orange" icon={<CommentOutlined />}>
          诉求{r.categoryName ? ` · ${r.categoryName}` : ''}
        </Tag>
        <RequestStatus status={r.status} />
        <RequestAge r={r} />
        {r.handlingUnitName && <span className="muted">承办:{r.handlingUnitName}</span>}
        {r.dueOn && <span className="muted">时限 {r.dueOn}</span>}
        {r.closedOn && <span className="muted">办结 {r.closedOn}</span>}
      </div>
      <div className="activity-text">{r.content}</div>
      {r.response && <div className="activity-response">办理情况:{r.response}</div>}
    </div>
  )
}

function dotColor(e: Entry): string {
  if (e.kind === 'visit') return 'blue'
  if (e.request.overdue) return 'red'
  return CLOSED_STATUSES.includes(e.request.status ?? '') ? 'green' : 'orange'
}

/** 走访与诉求 on one line of time, so the office sees what was said and what came of it. */
export function ActivityTimeline({ visits, requests }: { visits: Visit[]; requests: RequestWithAge[] }) {
  const [filter, setFilter] = useState<Filter>('all')
  const entries = useMemo(() => activityEntries(visits, requests), [visits, requests])
  const shown = filter === 'all' ? entries : entries.filter((e) => e.kind === filter)
  const items: NonNullable<TimelineProps['items']> = shown.map((e) => ({
    key: `${e.kind}-${e.kind === 'visit' ? e.visit.id : e.request.id}`,
    color: dotColor(e),
    title: <span className="activity-date">{e.on}</span>,
    content: e.kind === 'visit' ? <VisitItem v={e.visit} /> : <RequestItem r={e.request} />,
  }))
  return (
    <div data-testid="activity-timeline">
      <Segmented<Filter>
        size="small"
        value={filter}
        onChange={setFilter}
        options={[
          { value: 'all', label: `全部 ${entries.length}` },
          { value: 'visit', label: `走访 ${visits.length}` },
          { value: 'request', label: `诉求 ${requests.length}` },
        ]}
        className="activity-filter"
      />
      {items.length ? (
        <Timeline mode="start" titleSpan="96px" items={items} />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无走访或诉求记录" />
      )}
    </div>
  )
}
