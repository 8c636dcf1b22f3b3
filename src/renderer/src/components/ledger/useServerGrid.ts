import type { GridApi } from 'ag-grid-community'
import { useCallback, useEffect, useRef, useState } from 'react'
import { isSweepingChange, onDataChanged } from '../../api/changes'
import type { FilterModel, GridPage, GridQuery } from '../../../../shared/ipc/grid'
import { errorMessage } from '../../lib/errors'
import { createDatasource, type SearchScope } from '../grid/datasource'
import type { Row } from './types'
import type { Scope } from './viewState'

export interface ScopeState {
  scope: Scope | undefined
  /** How the chip above the grid names it: 本楼宇企业:紫荆广场. */
  label: string | undefined
}

/**
 * The page's side of a server-side grid: what the grid cannot hold itself (quick search, scope),
 * a mirror of its filters for the chips, and the total main reports for the row count.
 */
export function useServerGrid(fetch: (q: GridQuery) => Promise<GridPage<Row>>) {
  const apiRef = useRef<GridApi<Row> | null>(null)
  const whereRef = useRef<SearchScope>({})
  const [search, setSearchState] = useState('')
  const [scope, setScopeState] = useState<ScopeState>({ scope: undefined, label: undefined })
  const [filter, setFilter] = useState<FilterModel>({})
  const [total, setTotal] = useState<number>()
  const [error, setError] = useState<string | null>(null)
  /** What the row count shows now, read without waiting for a render. */
  const shown = useRef<{ total: number | undefined; error: string | null }>({ total: undefined, error: null })

  /** The grid is ready: keep its API and start reading rows (after the first view is on it). */
  const attach = useCallback((api: GridApi<Row>) => {
    apiRef.current = api
  }, [])

  const start = useCallback(() => {
    const api = apiRef.current
    if (!api) return
    api.setGridOption(
      'datasource',
      createDatasource<Row>({
        fetch,
        where: () => whereRef.current,
        // Every block answers with the total; only a new one redraws the page around the grid
        // (a render of the toolbar per block, a million rows down, is a long task: issue #18).
        onTotal: (t) => {
          if (shown.current.total === t && shown.current.error === null) return
          shown.current = { total: t, error: null }
          setTotal(t)
          setError(null)
        },
        onError: (e) => {
          const message = errorMessage(e)
          shown.current = { ...shown.current, error: message }
          setError(message)
        },
      }),
    )
  }, [fetch])

  const gridApi = useCallback(() => {
    const api = apiRef.current
    return api && !api.isDestroyed() ? api : null
  }, [])

  /** Reads again from the first row: the question changed. */
  const requery = useCallback(() => {
    const api = apiRef.current
    if (!api || api.isDestroyed()) return
    if (api.getDisplayedRowCount() > 0) api.ensureIndexVisible(0, 'top')
    // With a block or two read (typing at the top of the list), refresh: the rows on screen stay
    // until the answer replaces them, one redraw instead of a screen of loading rows and then
    // another. After a long scroll, purge: refreshing would ask again for every block kept.
    // A block still loading answers the old question: purge then, so the new one is asked.
    const blocks = Object.values((api.getCacheBlockState() ?? {}) as Record<string, { pageStatus?: string }>)
    const settled = blocks.length > 0 && blocks.every((b) => b.pageStatus === 'loaded')
    if (settled && blocks.length <= 2) api.refreshInfiniteCache()
    else api.purgeInfiniteCache()
  }, [])

  /** Reads the loaded rows again where they are: the data changed (an edit, a delete). */
  const refresh = useCallback(() => {
    const api = apiRef.current
    if (api && !api.isDestroyed()) api.refreshInfiniteCache()
  }, [])

  // Undo, redo and restores change rows this grid did not edit itself: read the loaded rows again.
  useEffect(() => onDataChanged((channel) => isSweepingChange(channel) && refresh()), [refresh])

  /** Search and scope together (a view applied); `quiet` before the first read, which is yet to come. */
  const setWhere = useCallback(
    (text: string, next: ScopeState, quiet = false) => {
      whereRef.current = { search: text, scope: next.scope }
      setSearchState(text)
      setScopeState(next)
      if (!quiet) requery()
    },
    [requery],
  )

  const where = useCallback(() => ({ search: whereRef.current.search ?? '', scope: whereRef.current.scope }), [])

  const setSearch = useCallback(
    (text: string) => {
      if (text === whereRef.current.search) return
      whereRef.current = { ...whereRef.current, search: text }
      setSearchState(text)
      requery()
    },
    [requery],
  )

  /** The grid's filters changed (a column filter, a chip removed, a view applied). */
  const syncFilter = useCallback(() => {
    const api = apiRef.current
    if (api) setFilter(api.getFilterModel() as FilterModel)
  }, [])

  return {
    attach,
    start,
    gridApi,
    search,
    scope,
    filter,
    total,
    error,
    where,
    setSearch,
    setWhere,
    syncFilter,
    requery,
    refresh,
  }
}

export type ServerGrid = ReturnType<typeof useServerGrid>
