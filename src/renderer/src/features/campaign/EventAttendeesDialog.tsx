/**
 * 参加企业 of an event: pick firms one by one, or paste a sign-in sheet (names or credit codes,
 * one a line or separated by 、,;) and let main match them; what it cannot find is listed.
 */
import { Alert, App, Button, Empty, Form, Input, Select, Spin, Tag } from 'antd'
import { useCallback, useMemo, useState } from 'react'
import type { Event } from '../../../../shared/domain'
import { api } from '../../api'
import { LoadError } from '../../components/LoadError'
import { errorMessage } from '../../lib/errors'
import { formatCount } from '../../lib/format'
import { useLoad } from '../../lib/useLoad'
import { FirmPicker } from '../visit-entry/FirmPicker'
import { mergeAttendees } from './attendees'
import { WorkDialog } from '../../components/WorkDialog'

const loadEvents = () =>
  api.event.list().then((list) => [...list].sort((a, b) => (a.heldOn < b.heldOn ? 1 : a.heldOn > b.heldOn ? -1 : 0)))

/** Names of firms by id, in one query (a sign-in sheet is a few dozen firms). */
async function firmNames(ids: number[]): Promise<Map<number, string>> {
  if (!ids.length) return new Map()
  const page = await api.enterprise.query({
    startRow: 0,
    endRow: Math.min(1000, ids.length),
    filter: { id: { filterType: 'set', values: ids } },
  })
  return new Map(page.rows.map((e) => [e.id, e.name]))
}

export function EventAttendeesDialog({
  eventId,
  onClose,
  onSaved,
}: {
  eventId?: number | null
  onClose: () => void
  onSaved?: (e: Event) => void
}) {
  const events = useLoad<Event[]>(loadEvents)
  const [chosen, setChosen] = useState<number | null>(eventId ?? null)
  const id = chosen ?? events.data?.[0]?.id ?? null
  const event = events.data?.find((e) => e.id === id) ?? null

  return (
    <WorkDialog title="参加企业" width={760} onClose={onClose} testId="attendees-dialog">
      {events.error && <LoadError message={events.error} onRetry={events.reload} />}
      {!events.error && !events.data && <Spin />}
      {events.data && !events.data.length && <Empty description="还没有活动,请先在活动台账中新增" />}
      {events.data && event && (
        <>
          <Form.Item label="活动" layout="vertical">
            <Select<number>
              showSearch={{ optionFilterProp: 'label' }}
              value={event.id}
              onChange={setChosen}
              options={events.data.map((e) => ({ value: e.id, label: `${e.heldOn} ${e.theme}` }))}
              data-testid="attendees-event"
            />
          </Form.Item>
          <AttendeesEditor
            key={event.id}
            event={event}
            onClose={onClose}
            onSaved={(saved) => {
              events.setData((list) => list?.map((e) => (e.id === saved.id ? saved : e)))
              onSaved?.(saved)
            }}
          />
        </>
      )}
    </WorkDialog>
  )
}

function AttendeesEditor({
  event,
  onClose,
  onSaved,
}: {
  event: Event
  onClose: () => void
  onSaved: (e: Event) => void
}) {
  const { message } = App.useApp()
  const ids = useMemo(() => event.attendeeIds ?? [], [event.attendeeIds])
  const load = useCallback(() => firmNames(ids), [ids])
  const names = useLoad(load)
  const [edited, setList] = useState<Map<number, string> | null>(null)
  // The stored attendees, once their names are known, until the user changes the list.
  const stored = useMemo(
    () => names.data && new Map(ids.map((i) => [i, names.data!.get(i) ?? `编号 ${i}`] as const)),
    [names.data, ids],
  )
  const list = edited ?? stored ?? null
  const [pasted, setPasted] = useState('')
  const [missing, setMissing] = useState<string[]>([])
  const [matching, setMatching] = useState(false)
  const [saving, setSaving] = useState(false)

  const match = async () => {
    if (!pasted.trim() || !list) return
    setMatching(true)
    try {
      const r = await api.event.matchFirms({ text: pasted })
      const { next, added } = mergeAttendees(list, r.matched)
      setList(next)
      setMissing(r.missing)
      setPasted('')
      void message.success(
        `匹配到 ${r.matched.length} 家,新增 ${added} 家${r.missing.length ? `,${r.missing.length} 个名称未找到` : ''}`,
      )
    } catch (e) {
      void message.error(errorMessage(e))
    } finally {
      setMatching(false)
    }
  }

  const save = async () => {
    if (!list) return
    setSaving(true)
    try {
      const attendeeIds = [...list.keys()]
      // Names not found stay with the event, to be linked when the firm is known (关联企业…):
      // saved with the list in one call, so one Ctrl+Z takes both back.
      const { event: saved, kept } = missing.length
        ? await api.dedupe.keepGuests({ eventId: event.id, attendeeIds, names: missing })
        : { event: await api.event.update({ id: event.id, patch: { attendeeIds } }), kept: 0 }
      void message.success(
        `已保存“${saved.theme}”的参加企业 ${formatCount(list.size)} 家${kept ? `,另记下未找到的名称 ${kept} 个` : ''}`,
      )
      onSaved(saved)
      onClose()
    } catch (e) {
      void message.error(errorMessage(e))
    } finally {
      setSaving(false)
    }
  }

  if (names.error) return <LoadError message={names.error} onRetry={names.reload} />
  if (!list) return <Spin />
  return (
    <div className="attendees-editor">
      <Form layout="vertical" component="div">
        <Form.Item label="粘贴签到名单(企业名称或统一社会信用代码,每行一个,或以“、”“,”分隔)">
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            value={pasted}
            onChange={(e) => setPasted(e.target.value)}
            placeholder="从签到表复制粘贴,一行一家企业"
            data-testid="attendees-paste"
          />
        </Form.Item>
        <Button onClick={() => void match()} loading={matching} disabled={!pasted.trim()} data-testid="attendees-match">
          匹配并加入
        </Button>
        {missing.length > 0 && (
          <Alert
            type="warning"
            showIcon
            className="attendees-missing"
            title={`${missing.length} 个名称在企业名录中没有找到,未加入:${missing.join('、')}`}
            data-testid="attendees-missing"
          />
        )}
        <Form.Item label="逐个添加" style={{ marginTop: 12 }}>
          <FirmPicker value={null} onChange={(f) => f && setList(mergeAttendees(list, [f]).next)} />
        </Form.Item>
      </Form>
      <div className="entry-section-title" data-testid="attendees-count">
        参加企业 {formatCount(list.size)} 家
      </div>
      <div className="attendee-list" data-testid="attendees-list">
        {list.size === 0 && <span className="muted">尚无参加企业</span>}
        {[...list.entries()].map(([fid, name]) => (
          <Tag
            key={fid}
            closable
            onClose={() =>
              setList(() => {
                const next = new Map(list)
                next.delete(fid)
                return next
              })
            }
          >
            {name}
          </Tag>
        ))}
      </div>
      <div className="move-actions" style={{ marginTop: 16 }}>
        <Button onClick={onClose}>取消</Button>
        <Button type="primary" loading={saving} onClick={() => void save()} data-testid="attendees-save">
          保存
        </Button>
      </div>
    </div>
  )
}
