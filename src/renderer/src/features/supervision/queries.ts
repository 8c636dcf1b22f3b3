/** The questions 督办 asks of the request ledger: the built-in views' filters, sorted by lateness. */
import { addDays } from '../../../../shared/domain'
import type { FilterModel, GridQuery, SortModel } from '../../../../shared/ipc/grid'
import { BUILTIN_VIEWS, OPEN_REQUEST_STATUSES } from '../../../../shared/views/builtin'

export type SupervisionMode = 'overdue' | 'soon' | 'open'

/** How many rows the page shows: 督办 lists are short; more is said plainly. */
export const LIST_LIMIT = 1000
/** 即将到期: due today or within this many days. */
export const SOON_DAYS = 3

function builtinFilter(key: string): FilterModel {
  const view = BUILTIN_VIEWS.find((v) => v.key === key)
  if (!view?.state.filter) throw new Error(`built-in view ${key} has no filter`)
  return view.state.filter
}

export function modeFilter(mode: SupervisionMode, today: string): FilterModel {
  if (mode === 'overdue') return builtinFilter('overdue-requests')
  if (mode === 'open') return builtinFilter('open-requests')
  return {
    status: { filterType: 'set', values: [...OPEN_REQUEST_STATUSES] },
    dueOn: { filterType: 'date', type: 'inRange', dateFrom: today, dateTo: addDays(today, SOON_DAYS) },
  }
}

/** Latest first: most days overdue, then the earliest due. */
export const LATENESS_SORT: SortModel = [
  { colId: 'daysOverdue', sort: 'desc' },
  { colId: 'dueOn', sort: 'asc' },
]

export function listQuery(mode: SupervisionMode, today: string): GridQuery {
  return { startRow: 0, endRow: LIST_LIMIT, filter: modeFilter(mode, today), sort: LATENESS_SORT }
}

/** Only the count: one row is the least a page may ask for. */
export function countQuery(mode: SupervisionMode, today: string): GridQuery {
  return { startRow: 0, endRow: 1, filter: modeFilter(mode, today) }
}

export const MODE_LABELS: Record<SupervisionMode, string> = {
  overdue: '逾期诉求',
  soon: `${SOON_DAYS}日内到期`,
  open: '全部未办结',
}

/**
 * Writes that can change which requests are late: the request itself, a visit, its firm, the
 * dictionaries, and the writes that touch many records at once (import, undo, restore, setup).
 */
export const REQUEST_CHANNELS = /^(request|visit|enterprise|dictionary|import|history|backup|app):/
