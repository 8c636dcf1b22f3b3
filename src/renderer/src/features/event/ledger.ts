import { EVENT_KINDS, eventLabels as L, eventSchema } from '../../../../shared/domain'
import { field, shown, today, words } from '../../components/ledger/fields'
import { defineLedger } from '../../components/ledger/defineLedger'

export const eventLedger = defineLedger('event', '活动', '场', eventSchema, {
  searchPlaceholder: '搜索活动主题、主办方、地点…',
  titleKey: 'theme',
  fields: [
    field('heldOn', L.heldOn, 'date', { pinned: 'left' }),
    field('theme', L.theme, 'text', { width: 280 }),
    field('kind', L.kind, 'enum', { width: 120 }, { choices: words(EVENT_KINDS) }),
    field('organiser', L.organiser, 'text', { width: 180 }, { bulk: true }),
    field('location', L.location, 'text', { width: 200 }, { bulk: true }),
    field('attendeeIds', L.attendeeIds, 'enterprises', false, { form: { span: 24 } }),
    shown('attendeeCount', '参加企业(家)', 'number'),
    field('notes', L.notes, 'longText', { flex: 1 }),
  ],
  defaultView: { sort: [{ colId: 'heldOn', sort: 'desc' }] },
  newRecord: () => ({ heldOn: today() }),
})
