import { Empty, Spin, Timeline, type TimelineProps } from 'antd'
import { useCallback } from 'react'
import type { StatusChange } from '../../../../shared/domain'
import { api } from '../../api'
import { formatDateTime } from '../../lib/format'
import { LoadError } from '../../components/LoadError'
import { useLoad } from '../../lib/useLoad'
import { statusColor } from './moves'

/** Every status a request went through, with who moved it and when (oldest first). */
export function RequestTimeline({ requestId }: { requestId: number }) {
  const load = useCallback(() => api.request.timeline({ id: requestId }), [requestId])
  const { data, error, reload } = useLoad<StatusChange[]>(load)
  if (error) return <LoadError message={error} onRetry={reload} />
  if (!data) return <Spin size="small" />
  if (!data.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无状态记录" />
  const items: NonNullable<TimelineProps['items']> = data.map((c) => ({
    key: c.id,
    color: statusColor(c.toStatus),
    content: (
      <div className="request-timeline-item" data-testid="timeline-change">
        <b>{c.fromStatus ? `${c.fromStatus} → ${c.toStatus}` : c.toStatus}</b>
        <div className="request-timeline-at">
          {formatDateTime(c.at)} · {c.actor}
        </div>
        {c.note && <div className="muted">{c.note}</div>}
      </div>
    ),
  }))
  return <Timeline items={items} data-testid="request-timeline" />
}
