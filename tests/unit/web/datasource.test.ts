import type { IGetRowsParams } from 'ag-grid-community'
import { describe, expect, it, vi } from 'vitest'
import { createDatasource, questionKey, toQuery } from '../../../src/renderer/src/components/grid/datasource'
import type { GridPage, GridQuery } from '../../../src/shared/ipc/grid'

function block(over: Partial<IGetRowsParams> = {}) {
  return {
    startRow: 0,
    endRow: 100,
    sortModel: [],
    filterModel: {},
    successCallback: vi.fn(),
    failCallback: vi.fn(),
    ...over,
  } as unknown as IGetRowsParams & { successCallback: ReturnType<typeof vi.fn>; failCallback: ReturnType<typeof vi.fn> }
}

describe('toQuery', () => {
  it('sends the grid’s models unchanged, plus search and scope, leaving empty parts out', () => {
    const status = { filterType: 'set', values: ['在营'] }
    const q = toQuery(
      {
        startRow: 100,
        endRow: 200,
        sortModel: [{ colId: 'buildingName', sort: 'asc' }],
        filterModel: { status },
      },
      { search: ' 紫荆 ', scope: { buildingId: 3 } },
    )
    expect(q).toEqual({
      startRow: 100,
      endRow: 200,
      sort: [{ colId: 'buildingName', sort: 'asc' }],
      filter: { status },
      search: '紫荆',
      scope: { buildingId: 3 },
    })
    expect(toQuery({ startRow: 0, endRow: 100, sortModel: [], filterModel: {} }, { search: '  ' })).toEqual({
      startRow: 0,
      endRow: 100,
    })
  })

  it('keeps at most five sort keys, as main accepts', () => {
    const sortModel = ['a', 'b', 'c', 'd', 'e', 'f'].map((colId) => ({ colId, sort: 'desc' as const }))
    expect(toQuery({ startRow: 0, endRow: 1, sortModel, filterModel: null }, {}).sort).toHaveLength(5)
  })
})

describe('createDatasource', () => {
  it('hands main’s rows and total to the grid, and the total to the page', async () => {
    const page: GridPage<{ id: number }> = { rows: [{ id: 1 }, { id: 2 }], total: 2 }
    const fetch = vi.fn(async (_q: GridQuery) => page)
    const onTotal = vi.fn()
    const ds = createDatasource({ fetch, where: () => ({ search: '同济' }), onTotal, onError: vi.fn() })
    const p = block()
    ds.getRows(p)
    await vi.waitFor(() => expect(p.successCallback).toHaveBeenCalledWith(page.rows, 2))
    expect(fetch).toHaveBeenCalledWith({ startRow: 0, endRow: 100, search: '同济' })
    expect(onTotal).toHaveBeenCalledWith(2)
  })

  it('ignores the total of a question that has since changed', async () => {
    let answerOld: (p: GridPage<{ id: number }>) => void = () => {}
    const fetch = vi
      .fn()
      .mockReturnValueOnce(new Promise((r) => (answerOld = r)))
      .mockResolvedValueOnce({ rows: [], total: 7 })
    const onTotal = vi.fn()
    let search = 'a'
    const ds = createDatasource({ fetch, where: () => ({ search }), onTotal, onError: vi.fn() })
    const old = block()
    ds.getRows(old)
    search = 'ab'
    const fresh = block()
    ds.getRows(fresh)
    await vi.waitFor(() => expect(onTotal).toHaveBeenCalledWith(7))
    answerOld({ rows: [{ id: 1 }], total: 900 })
    await vi.waitFor(() => expect(old.successCallback).toHaveBeenCalled())
    expect(onTotal).not.toHaveBeenCalledWith(900)
  })

  it('reports a failure and tells the grid the block failed', async () => {
    const onError = vi.fn()
    const ds = createDatasource({
      fetch: () => Promise.reject(new Error('down')),
      where: () => ({}),
      onTotal: vi.fn(),
      onError,
    })
    const p = block()
    ds.getRows(p)
    await vi.waitFor(() => expect(p.failCallback).toHaveBeenCalled())
    expect(onError).toHaveBeenCalled()
  })

  it('names a question by filters, sort, search and scope, not by rows', () => {
    expect(questionKey({ startRow: 0, endRow: 100, search: 'x' })).toBe(
      questionKey({ startRow: 500, endRow: 600, search: 'x' }),
    )
    expect(questionKey({ startRow: 0, endRow: 100, search: 'x' })).not.toBe(
      questionKey({ startRow: 0, endRow: 100, search: 'y' }),
    )
  })
})
