import {
  REQUEST_STATUSES,
  requestLabels as L,
  requestRuleProblems,
  requestSchema,
  SATISFACTIONS,
  transitionProblem,
  type RequestFacts,
  type RequestStatus,
} from '../../../../shared/domain'
import { field, firm, firmOf, ref, today, words } from '../../components/ledger/fields'
import { builtinViews } from '../../components/ledger/readyViews'
import { defineLedger } from '../../components/ledger/defineLedger'

/** 诉求: 受理 → 派单 → 办理 → 办结 → 回访. */
export const requestLedger = defineLedger('request', '诉求', '件', requestSchema, {
  searchPlaceholder: '搜索企业、诉求内容、办理情况…',
  titleOf: (r) => String(r.content ?? '').slice(0, 20),
  detail: firmOf,
  fields: [
    field('receivedOn', L.receivedOn, 'date', { pinned: 'left' }),
    firm('enterpriseId', L.enterpriseId, 'enterpriseName', { width: 240, pinned: 'left' }),
    ref('categoryId', L.categoryId, 'requestCategory', 'categoryName', { width: 110 }),
    field('content', L.content, 'longText', { minWidth: 300 }),
    field('dueOn', L.dueOn, 'date'),
    ref('handlingUnitId', L.handlingUnitId, 'handlingUnit', 'handlingUnitName', { width: 160 }),
    field('status', L.status, 'enum', { width: 100 }, { choices: words(REQUEST_STATUSES) }),
    field('response', L.response, 'longText'),
    field('closedOn', L.closedOn, 'date'),
    field('followUpOn', L.followUpOn, 'date'),
    field('satisfaction', L.satisfaction, 'enum', { width: 100 }, { choices: words(SATISFACTIONS) }),
    field('notes', L.notes, 'longText'),
  ],
  formOrder: [
    'enterpriseId',
    'categoryId',
    'receivedOn',
    'dueOn',
    'status',
    'content',
    'handlingUnitId',
    'closedOn',
    'followUpOn',
    'satisfaction',
    'response',
    'notes',
  ],
  defaultView: { sort: [{ colId: 'receivedOn', sort: 'desc' }] },
  newRecord: () => ({ receivedOn: today(), status: '受理' }),
  readyViews: () => builtinViews('request'),
  // The loop's rules, the same ones main enforces: 已办结 needs 办理情况 and 办结日期, and so on.
  rules: (after, before) => {
    const problems = requestRuleProblems(after as unknown as RequestFacts)
    const from = before?.status as RequestStatus | undefined
    const to = after.status as RequestStatus | undefined
    const move = from && to ? transitionProblem(from, to) : null
    return move ? { ...problems, status: move } : problems
  },
  exportLayouts: ['requests'],
  exportTitle: '企业诉求台账',
})
