import {
  DEFAULT_TIME_LIMIT_DAYS,
  DICTIONARY_KINDS,
  dictionaryLabels as L,
  dictionarySchema,
  type DictionaryKind,
} from '../../../../shared/domain'
import { field, shown } from '../../components/ledger/fields'
import { defineLedger } from '../../components/ledger/defineLedger'
import type { ReadyView } from '../../components/ledger/types'

const KINDS = Object.entries(DICTIONARY_KINDS) as [DictionaryKind, string][]

/** The lists the office edits itself: 行业, 诉求类别, 科室, 承办单位. */
export const dictionaryLedger = defineLedger('dictionary', '字典项', '项', dictionarySchema, {
  searchPlaceholder: '搜索名称…',
  fields: [
    field(
      'kind',
      L.kind,
      'enum',
      { width: 140 },
      { choices: KINDS.map(([value, label]) => ({ value, label })), bulk: false },
    ),
    field('name', L.name, 'text', { width: 260 }),
    field('sortOrder', L.sortOrder, 'number', { width: 120 }),
    field(
      'timeLimitDays',
      L.timeLimitDays,
      'number',
      { width: 130 },
      {
        form: { placeholder: `诉求类别专用,留空为默认 ${DEFAULT_TIME_LIMIT_DAYS} 天` },
      },
    ),
    shown('usageCount', '使用次数', 'number', { width: 120, flex: 1 }),
  ],
  defaultView: {
    sort: [
      { colId: 'kind', sort: 'asc' },
      { colId: 'sortOrder', sort: 'asc' },
    ],
  },
  // An entry in use is kept: main refuses, so the page says so instead of offering to delete.
  deleteRestricted: true,
  readyViews: (): ReadyView[] =>
    KINDS.map(([kind, label]) => ({
      key: `kind-${kind}`,
      name: label,
      state: { filter: { kind: { filterType: 'set', values: [kind] } } },
    })),
})
