/**
 * A grid's view (ViewState) read from the grid and put back on it: filters, sort, quick
 * search, scope and the columns' visibility, order, widths and pinning.
 */
import type { ColumnState, GridApi } from 'ag-grid-community'
import type { ViewState } from '../../../../shared/ipc/channels/views'
import type { ColumnFilter, FilterModel, GridWhere } from '../../../../shared/ipc/grid'
import { TODAY } from '../../../../shared/views/builtin'
import { toIsoDate } from '../../lib/format'
import { isDataColumn } from './columns'
import type { HiddenByDefault } from './types'

export type Scope = NonNullable<GridWhere['scope']>

/** What the grid itself cannot hold: quick search and scope. */
export interface SearchAndScope {
  search: string
  scope: Scope | undefined
}

const clampWidth = (w: number | null | undefined) =>
  w == null ? undefined : Math.min(2000, Math.max(20, Math.round(w)))

/** The view as the grid shows it now. */
export function captureView(
  columns: readonly ColumnState[],
  filter: FilterModel,
  where: SearchAndScope,
  hidden?: HiddenByDefault,
): ViewState {
  const state: ViewState = {}
  const f = { ...filter }
  // "Show everything" is stored as every value, so the view keeps showing it when reapplied.
  if (hidden && !f[hidden.colId]) f[hidden.colId] = { filterType: 'set', values: [...hidden.all] }
  if (Object.keys(f).length) state.filter = f
  const data = columns.filter((c) => isDataColumn(c.colId))
  const sort = data
    .filter((c) => c.sort)
    .sort((a, b) => (a.sortIndex ?? 0) - (b.sortIndex ?? 0))
    .map((c) => ({ colId: c.colId, sort: c.sort! }))
    .slice(0, 5)
  if (sort.length) state.sort = sort
  if (where.search.trim()) state.search = where.search.trim()
  if (where.scope && Object.keys(where.scope).length) state.scope = where.scope
  state.columns = data.map((c) => ({
    colId: c.colId,
    hide: !!c.hide,
    width: clampWidth(c.width),
    pinned: c.pinned === 'left' || c.pinned === 'right' ? c.pinned : null,
  }))
  return state
}

/** The hidden-by-default filter unless the view says otherwise about that column. */
export function withHiddenDefault(filter: FilterModel | undefined, hidden?: HiddenByDefault): FilterModel {
  const f = { ...filter }
  if (hidden && !f[hidden.colId]) f[hidden.colId] = { filterType: 'set', values: [...hidden.shown] }
  return f
}

/**
 * A ready view may compare a date with 'today', which main resolves when the query runs; the
 * grid's date filter only knows real days, so it gets today's date.
 */
export function resolveToday(filter: FilterModel, today = toIsoDate(new Date())): FilterModel {
  const day = (v: string | null | undefined) => (v === TODAY ? `${today} 00:00:00` : v)
  const out: FilterModel = {}
  for (const [colId, f] of Object.entries(filter)) {
    out[colId] = f.filterType === 'date' && !('conditions' in f) ? dateOf(f, day) : f
  }
  return out
}

function dateOf(f: ColumnFilter, day: (v: string | null | undefined) => string | null | undefined): ColumnFilter {
  if (f.filterType !== 'date' || 'conditions' in f) return f
  return { ...f, dateFrom: day(f.dateFrom), dateTo: day(f.dateTo) }
}

/** Puts a view on the grid; returns the search and scope for the page to hold. */
export function applyView(api: GridApi, state: ViewState, hidden?: HiddenByDefault): SearchAndScope {
  if (state.columns?.length) {
    api.applyColumnState({
      state: state.columns.map((c) => ({
        colId: c.colId,
        hide: c.hide ?? false,
        ...(c.width ? { width: c.width } : {}),
        pinned: c.pinned ?? null,
      })),
      applyOrder: true,
    })
  }
  api.applyColumnState({
    state: (state.sort ?? []).map((s, i) => ({ colId: s.colId, sort: s.sort, sortIndex: i })),
    defaultState: { sort: null },
  })
  api.setFilterModel(resolveToday(withHiddenDefault(state.filter, hidden)))
  return { search: state.search ?? '', scope: state.scope }
}

/** True when the hidden values (迁出/注销/吊销) are being shown. */
export function showsHidden(filter: FilterModel, hidden: HiddenByDefault): boolean {
  const f = filter[hidden.colId]
  if (!f || f.filterType !== 'set') return true
  return f.values.some((v) => typeof v === 'string' && !hidden.shown.includes(v))
}

/** The filter after the 显示非在营企业 switch: lifted (every value) or back to the default. */
export function toggleHidden(filter: FilterModel, hidden: HiddenByDefault, show: boolean): FilterModel {
  const f = { ...filter }
  if (show) delete f[hidden.colId]
  else f[hidden.colId] = { filterType: 'set', values: [...hidden.shown] }
  return f
}
