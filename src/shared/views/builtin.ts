/**
 * Views that ship with the app. They live in code, not in the database: they are part of the
 * product, the same on every machine, and a user copies one (保存为新视图) to change it.
 * Per-building views (本楼宇企业) are made from the building list at run time.
 */
import { ENTERPRISE_STATUSES } from '../domain/enterprise'
import type { ViewState } from '../ipc/channels/views'

/** A date filter value the engine resolves to the current day when the query runs. */
export const TODAY = 'today'

export const OPEN_REQUEST_STATUSES = ['受理', '已派单', '办理中'] as const

export interface BuiltinView {
  /** Stable key for the UI and tests. */
  key: string
  ledger: 'enterprise' | 'request'
  name: string
  state: ViewState
}

export const BUILTIN_VIEWS: readonly BuiltinView[] = [
  {
    key: 'key-firms',
    ledger: 'enterprise',
    name: '重点企业',
    state: { filter: { isKey: { filterType: 'set', values: [true] } } },
  },
  {
    key: 'moved-or-closed',
    ledger: 'enterprise',
    name: '迁出/注销/吊销企业',
    state: { filter: { status: { filterType: 'set', values: ENTERPRISE_STATUSES.filter((s) => s !== '在营') } } },
  },
  {
    key: 'open-requests',
    ledger: 'request',
    name: '未办结诉求',
    state: {
      filter: { status: { filterType: 'set', values: [...OPEN_REQUEST_STATUSES] } },
      sort: [{ colId: 'dueOn', sort: 'asc' }],
    },
  },
  {
    key: 'overdue-requests',
    ledger: 'request',
    name: '逾期诉求',
    state: {
      filter: {
        status: { filterType: 'set', values: [...OPEN_REQUEST_STATUSES] },
        dueOn: { filterType: 'date', type: 'lessThan', dateFrom: TODAY },
      },
      sort: [{ colId: 'dueOn', sort: 'asc' }],
    },
  },
]

/** 本楼宇企业: the firms of one building. */
export function buildingView(building: { id: number; name: string }): BuiltinView {
  return {
    key: `building-${building.id}`,
    ledger: 'enterprise',
    name: `本楼宇企业:${building.name}`,
    state: { scope: { buildingId: building.id } },
  }
}
