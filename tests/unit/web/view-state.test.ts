import type { ColumnState, GridApi } from 'ag-grid-community'
import { describe, expect, it, vi } from 'vitest'
import type { FilterModel } from '../../../src/shared/ipc/grid'
import {
  applyView,
  captureView,
  resolveToday,
  showsHidden,
  toggleHidden,
  withHiddenDefault,
} from '../../../src/renderer/src/components/ledger/viewState'
import type { HiddenByDefault } from '../../../src/renderer/src/components/ledger/types'

const HIDDEN: HiddenByDefault = {
  colId: 'status',
  shown: ['在营'],
  all: ['在营', '迁出', '注销', '吊销'],
  label: '显示非在营企业',
}

const col = (colId: string, extra: Partial<ColumnState> = {}): ColumnState => ({
  colId,
  width: 140,
  hide: false,
  pinned: null,
  sort: null,
  sortIndex: null,
  ...extra,
})

describe('captureView', () => {
  it('keeps filters, sort, search, scope and the data columns in order, widths as whole pixels', () => {
    const columns = [
      col('ag-Grid-SelectionColumn', { pinned: 'left' }),
      col('detailLink', { pinned: 'left' }),
      col('name', { pinned: 'left', width: 260.4 }),
      col('room', { hide: true }),
      col('registeredCapital', { sort: 'desc', sortIndex: 1 }),
      col('buildingName', { sort: 'asc', sortIndex: 0, width: 5 }),
    ]
    const filter: FilterModel = { isKey: { filterType: 'set', values: [true] } }
    const state = captureView(columns, filter, { search: ' 设计 ', scope: { buildingId: 3 } }, HIDDEN)
    expect(state.search).toBe('设计')
    expect(state.scope).toEqual({ buildingId: 3 })
    expect(state.sort).toEqual([
      { colId: 'buildingName', sort: 'asc' },
      { colId: 'registeredCapital', sort: 'desc' },
    ])
    expect(state.columns).toEqual([
      { colId: 'name', hide: false, width: 260, pinned: 'left' },
      { colId: 'room', hide: true, width: 140, pinned: null },
      { colId: 'registeredCapital', hide: false, width: 140, pinned: null },
      { colId: 'buildingName', hide: false, width: 20, pinned: null },
    ])
    // Showing everything is stored as every status, so reapplying the view shows everything again.
    expect(state.filter).toEqual({ ...filter, status: { filterType: 'set', values: ['在营', '迁出', '注销', '吊销'] } })
  })

  it('leaves out what is empty', () => {
    const state = captureView([col('name')], {}, { search: '', scope: undefined })
    expect(state).toEqual({ columns: [{ colId: 'name', hide: false, width: 140, pinned: null }] })
  })
})

describe('hidden by default', () => {
  it('adds the default status filter unless the view says otherwise', () => {
    expect(withHiddenDefault(undefined, HIDDEN)).toEqual({ status: { filterType: 'set', values: ['在营'] } })
    const moved: FilterModel = { status: { filterType: 'set', values: ['迁出', '注销', '吊销'] } }
    expect(withHiddenDefault(moved, HIDDEN)).toEqual(moved)
    expect(withHiddenDefault({}, undefined)).toEqual({})
  })

  it('knows when 迁出/注销/吊销 firms are shown, and the switch lifts or restores the filter', () => {
    const def = withHiddenDefault({}, HIDDEN)
    expect(showsHidden(def, HIDDEN)).toBe(false)
    expect(showsHidden({}, HIDDEN)).toBe(true)
    expect(showsHidden({ status: { filterType: 'set', values: ['迁出'] } }, HIDDEN)).toBe(true)
    expect(showsHidden({ status: { filterType: 'set', values: ['吊销'] } }, HIDDEN)).toBe(true)
    const key: FilterModel = { isKey: { filterType: 'set', values: [true] } }
    expect(toggleHidden({ ...def, ...key }, HIDDEN, true)).toEqual(key)
    expect(toggleHidden(key, HIDDEN, false)).toEqual({ ...key, ...def })
  })
})

describe('resolveToday', () => {
  it('gives the grid’s date filter a real day for the ready views’ “today”', () => {
    const overdue: FilterModel = {
      status: { filterType: 'set', values: ['受理'] },
      dueOn: { filterType: 'date', type: 'lessThan', dateFrom: 'today' },
    }
    expect(resolveToday(overdue, '2024-05-06')).toEqual({
      status: overdue.status,
      dueOn: { filterType: 'date', type: 'lessThan', dateFrom: '2024-05-06 00:00:00', dateTo: undefined },
    })
  })
})

describe('applyView', () => {
  it('puts columns, sort and filters on the grid and hands back search and scope', () => {
    const api = { applyColumnState: vi.fn(), setFilterModel: vi.fn() }
    const out = applyView(
      api as unknown as GridApi,
      {
        columns: [{ colId: 'room', hide: true, width: 90 }],
        sort: [{ colId: 'name', sort: 'asc' }],
        search: '紫荆',
        scope: { buildingId: 2 },
      },
      HIDDEN,
    )
    expect(out).toEqual({ search: '紫荆', scope: { buildingId: 2 } })
    expect(api.applyColumnState).toHaveBeenNthCalledWith(1, {
      state: [{ colId: 'room', hide: true, width: 90, pinned: null }],
      applyOrder: true,
    })
    expect(api.applyColumnState).toHaveBeenNthCalledWith(2, {
      state: [{ colId: 'name', sort: 'asc', sortIndex: 0 }],
      defaultState: { sort: null },
    })
    expect(api.setFilterModel).toHaveBeenCalledWith({ status: { filterType: 'set', values: ['在营'] } })
  })
})
