/**
 * The 活动 ledger page (issue #3's, unchanged) with 参加企业… beside its title: opens the
 * attendee dialog on the row whose cell has focus, and redraws the grid after a save so the
 * 参加企业(家) column is current.
 */
import { TeamOutlined } from '@ant-design/icons'
import { Button, Space, Tooltip } from 'antd'
import { useRef, useState } from 'react'
import { LinkNamesButton } from '../dedupe/LinkNames'
import { EventPage } from '../event/EventPage'
import { focusedRowId } from './attendees'
import { EventAttendeesDialog } from './EventAttendeesDialog'
import './campaign.css'

export function EventPageWithAttendees() {
  const root = useRef<HTMLDivElement>(null)
  const [dialog, setDialog] = useState<{ eventId: number | null } | null>(null)
  const [version, setVersion] = useState(0)
  return (
    <div className="event-attendance-page" ref={root}>
      <EventPage key={version} />
      <Space className="event-attendance-button">
        <LinkNamesButton kind="events" onLinked={() => setVersion((v) => v + 1)} />
        <Tooltip title="点选活动所在行后打开;可粘贴签到名单批量匹配企业">
          <Button
            icon={<TeamOutlined />}
            onClick={() => setDialog({ eventId: root.current && focusedRowId(root.current) })}
            data-testid="open-attendees"
          >
            参加企业…
          </Button>
        </Tooltip>
      </Space>
      {dialog && (
        <EventAttendeesDialog
          eventId={dialog.eventId}
          onClose={() => setDialog(null)}
          onSaved={() => setVersion((v) => v + 1)}
        />
      )}
    </div>
  )
}
