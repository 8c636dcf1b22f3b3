import { eventLabels, eventSchema } from '../../shared/domain'
import type { LedgerDef } from '../ledger/def'

export const eventLedger: LedgerDef = {
  entity: 'event',
  label: '活动',
  unit: '场',
  table: 'event',
  schema: eventSchema,
  labels: eventLabels,
  select: `
    SELECT t.*,
           (SELECT json_group_array(a.enterprise_id) FROM event_attendee a WHERE a.event_id = t.id) AS attendee_ids,
           (SELECT group_concat(e.name, '、') FROM event_attendee a JOIN enterprise e ON e.id = a.enterprise_id
             WHERE a.event_id = t.id) AS attendee_names,
           (SELECT count(*) FROM event_attendee a WHERE a.event_id = t.id) AS attendee_count
    FROM event t`,
  title: (r) => String(r.theme),
  searchColumns: ['theme', 'kind', 'organiser', 'location'],
  json: ['attendeeIds'],
  links: [{ field: 'attendeeIds', table: 'event_attendee', ownKey: 'event_id', otherKey: 'enterprise_id' }],
}
