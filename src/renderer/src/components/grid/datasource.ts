/**
 * The infinite row model's datasource: each block of rows the grid needs is one `query` to
 * main, with the grid's sort and filter models as they are plus the page's quick search and
 * scope. Main answers the rows and the total matching, which becomes the grid's row count.
 */
import type { IDatasource, IGetRowsParams, SortModelItem } from 'ag-grid-community'
import type { FilterModel, GridPage, GridQuery, GridWhere, SortModel } from '../../../../shared/ipc/grid'

/** Rows per request: a screen or two. */
export const BLOCK_SIZE = 100
/** Blocks kept; older ones are dropped and read again if the user scrolls back. */
export const MAX_BLOCKS = 10
/** Sort keys main accepts. */
const MAX_SORT = 5

export type SearchScope = Pick<GridWhere, 'search' | 'scope'>

export interface DatasourceOptions<R> {
  fetch: (q: GridQuery) => Promise<GridPage<R>>
  /** Quick search and scope as they are now: read for every request. */
  where: () => SearchScope
  /** The total of the latest request's question (older answers arriving late are ignored). */
  onTotal: (total: number) => void
  onError: (e: unknown) => void
}

type BlockParams = Pick<IGetRowsParams, 'startRow' | 'endRow' | 'sortModel' | 'filterModel'>

export function toSort(sortModel: readonly SortModelItem[]): SortModel {
  return sortModel.slice(0, MAX_SORT).map(({ colId, sort }) => ({ colId, sort }))
}

/** The request for one block; empty parts are left out. */
export function toQuery(p: BlockParams, where: SearchScope): GridQuery {
  const q: GridQuery = { startRow: p.startRow, endRow: p.endRow }
  const sort = toSort(p.sortModel ?? [])
  if (sort.length) q.sort = sort
  const filter = p.filterModel as FilterModel | null
  if (filter && Object.keys(filter).length) q.filter = filter
  const search = where.search?.trim()
  if (search) q.search = search
  if (where.scope && Object.keys(where.scope).length) q.scope = where.scope
  return q
}

/** What the rows are, without which rows: equal keys ask the same question. */
export function questionKey(q: GridQuery): string {
  return JSON.stringify([q.filter ?? null, q.sort ?? null, q.search ?? null, q.scope ?? null])
}

export function createDatasource<R>(opts: DatasourceOptions<R>): IDatasource {
  let latest = ''
  return {
    getRows(p: IGetRowsParams) {
      const q = toQuery(p, opts.where())
      const key = questionKey(q)
      latest = key
      opts.fetch(q).then(
        (page) => {
          if (key === latest) opts.onTotal(page.total)
          p.successCallback(page.rows, page.total)
        },
        (e: unknown) => {
          opts.onError(e)
          p.failCallback()
        },
      )
    },
  }
}
