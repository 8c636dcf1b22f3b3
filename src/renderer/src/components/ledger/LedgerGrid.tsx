/**
 * The one ledger grid every page uses, driven by the ledger's config: AG Grid's infinite row
 * model over `query` (sort, filters, quick search and scope run in main), inline edits checked
 * with the ledger's schema, the add/edit form, delete with what depends on the record, bulk
 * edit of ticked or of all filtered rows, named views, and 详情 to the record's page.
 */
import type {
  CellClickedEvent,
  CellFocusedEvent,
  CellKeyDownEvent,
  ColDef,
  ColumnEvent,
  ColumnResizedEvent,
  FilterChangedEvent,
  GetRowIdParams,
  GridReadyEvent,
  RowClassRules,
  RowSelectionOptions,
  SelectionChangedEvent,
  SortChangedEvent,
} from 'ag-grid-community'
import { AgGridReact } from 'ag-grid-react'
import { Spin } from 'antd'
import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { FilterModel } from '../../../../shared/ipc/grid'
import { LoadError } from '../LoadError'
import { CellErrors } from '../grid/cellErrors'
import { BLOCK_SIZE, MAX_BLOCKS } from '../grid/datasource'
import { gridLocale, gridTheme } from '../grid/setup'
import { BulkEditDialog, type BulkTarget } from './BulkEditDialog'
import { colIdOf, LedgerGridContext, ledgerColumns } from './columns'
import { detailColumn, openDetail } from './DetailLink'
import { FilterBar } from './FilterBar'
import { LedgerForm } from './LedgerForm'
import { LedgerToolbar } from './LedgerToolbar'
import { ledgerApi } from './ledgerApi'
import type { RefSource } from './references'
import type { LedgerConfig, Row } from './types'
import { useCellEdit } from './useCellEdit'
import { useCanWrite } from '../../app/Access'
import { useLedgerDelete } from './useLedgerDelete'
import { useReferences } from './useReferences'
import { useServerGrid } from './useServerGrid'
import { useViews } from './useViews'
import { showsHidden, toggleHidden, withHiddenDefault } from './viewState'

export function sourcesOf(config: LedgerConfig): RefSource[] {
  return config.fields.flatMap((f) => (f.source ? [f.source] : []))
}

/** Loads the choices the ledger's relations need, then shows the grid. */
export function LedgerGrid({ config }: { config: LedgerConfig }) {
  const refs = useReferences(sourcesOf(config))
  if (refs.error && !refs.ready) return <LoadError message={refs.error} onRetry={refs.retry} />
  if (!refs.ready) return <Spin className="page-spin" />
  return <LedgerGridBody config={config} refsState={refs} />
}

const DEFAULT_COL_DEF: ColDef<Row> = { sortable: true, resizable: true, minWidth: 70, width: 140 }

// Checkboxes tick rows (shift+click ticks a range); a plain click only focuses the cell, so
// clicking to edit never drops a selection of 50 rows. Ctrl+click ticks too (onCellClicked).
// The header's select-all is client-side only in AG Grid: 全选筛选结果 replaces it.
const ROW_SELECTION: RowSelectionOptions = {
  mode: 'multiRow',
  checkboxes: true,
  headerCheckbox: false,
  enableClickSelection: false,
}
const getRowId = (p: GetRowIdParams<Row>) => String(p.data.id)
const ROW_CLASS_RULES: RowClassRules<Row> = {
  'row-in-bulk': (p) => (p.context as LedgerGridContext).allFiltered,
}
const SELECTION_COLUMN = { pinned: 'left' as const, width: 44, minWidth: 44, maxWidth: 44 }

/** Grid events the user caused (a header dragged, a sort clicked), not a view being applied. */
const byUser = (source: string) => source.startsWith('ui') || source === 'columnFilter'

type Dialog = { kind: 'add' } | { kind: 'edit'; row: Row } | { kind: 'bulk'; target: BulkTarget; count: number } | null

function LedgerGridBody({ config, refsState }: { config: LedgerConfig; refsState: ReturnType<typeof useReferences> }) {
  const { refs, version } = refsState
  const api = useMemo(() => ledgerApi(config.name), [config.name])
  const grid = useServerGrid(api.query)
  const views = useViews(config, refs, version, grid)
  const [cellErrors] = useState(() => new CellErrors())
  const [context] = useState(() => new LedgerGridContext(cellErrors, refs, config.detail))
  const [focused, setFocused] = useState<Row | null>(null)
  const [selectedCount, setSelectedCount] = useState(0)
  const [allFiltered, setAllFilteredState] = useState(false)
  const [dialog, setDialog] = useState<Dialog>(null)
  const anchor = useRef<number | null>(null)
  /** A record just added, to bring into view once the grid has read it (given up after a moment). */
  const reveal = useRef<{ id: number; scrolled: boolean; until: number } | null>(null)

  // 只读 in a shared ledger: cells do not open an editor, Delete asks nothing (the host refuses anyway).
  const canWrite = useCanWrite()
  const columns = useMemo(() => {
    const all = ledgerColumns(config, refs)
    const data = canWrite ? all : all.map((c) => ({ ...c, editable: false }))
    return config.detail ? [detailColumn, ...data] : data
  }, [config, refs, canWrite])
  const firstColumn = useMemo(() => colIdOf(config.fields.find((f) => f.column !== false)!), [config])

  // The stable parts, so the grid's callbacks are made once and not on every render.
  const { gridApi, attach, start, refresh, syncFilter } = grid
  const { initialise, changed } = views

  const setAllFiltered = useCallback(
    (on: boolean) => {
      context.setAllFiltered(on)
      setAllFilteredState(on)
      const g = gridApi()
      if (!g) return
      if (on) g.deselectAll()
      g.redrawRows()
    },
    [context, gridApi],
  )

  const onCellEditRequest = useCellEdit(config, cellErrors)
  const onDeleted = useCallback(
    (id: number) => {
      cellErrors.clearRow(id)
      setFocused(null)
      refresh()
    },
    [cellErrors, refresh],
  )
  const confirmDelete = useLedgerDelete(config, onDeleted)

  const onGridReady = useCallback(
    (e: GridReadyEvent<Row>) => {
      attach(e.api)
      initialise()
      start()
    },
    [attach, initialise, start],
  )

  /** The question changed: the bulk edit's "all filtered" no longer means the same rows. */
  const onQueryChanged = useCallback(() => {
    if (context.allFiltered) setAllFiltered(false)
    reveal.current = null // the user has moved on
  }, [context, setAllFiltered])

  const gridHandlers = useMemo(
    () => ({
      onFilterChanged: (e: FilterChangedEvent<Row>) => {
        syncFilter()
        onQueryChanged()
        changed(e.source === 'columnFilter')
      },
      onSortChanged: (e: SortChangedEvent<Row>) => changed(byUser(e.source)),
      onColumnMoved: (e: ColumnEvent) => changed(byUser(e.source)),
      onColumnResized: (e: ColumnResizedEvent<Row>) => e.finished && changed(byUser(e.source)),
      onColumnVisible: (e: ColumnEvent) => changed(byUser(e.source)),
      onColumnPinned: (e: ColumnEvent) => changed(byUser(e.source)),
      onCellFocused: (e: CellFocusedEvent<Row>) => {
        if (e.rowIndex == null || e.rowPinned) return
        const row = e.api.getDisplayedRowAtIndex(e.rowIndex)?.data ?? null
        setFocused((f) => (f?.id === row?.id ? f : row))
      },
      onSelectionChanged: (e: SelectionChangedEvent<Row>) => {
        setSelectedCount(e.api.getSelectedNodes().length)
        if (e.source !== 'api' && context.allFiltered) setAllFiltered(false)
      },
      onCellClicked: (e: CellClickedEvent<Row>) => {
        const ev = e.event as MouseEvent | null
        if (!ev || e.rowIndex == null || !e.data) return
        if (ev.ctrlKey || ev.metaKey) {
          e.node.setSelected(!e.node.isSelected(), false, 'rowClicked')
          anchor.current = e.rowIndex
        } else if (ev.shiftKey && anchor.current != null) {
          const [from, to] = [Math.min(anchor.current, e.rowIndex), Math.max(anchor.current, e.rowIndex)]
          const nodes = []
          for (let i = from; i <= to; i++) {
            const n = e.api.getDisplayedRowAtIndex(i)
            if (n?.data) nodes.push(n)
          }
          e.api.setNodesSelected({ nodes, newValue: true, source: 'rowClicked' })
        } else {
          anchor.current = e.rowIndex
        }
      },
      onCellKeyDown: (e: CellKeyDownEvent<Row>) => {
        const key = (e.event as KeyboardEvent | null)?.key
        if (canWrite && key === 'Delete' && e.data && e.api.getEditingCells().length === 0) void confirmDelete(e.data)
      },
      onModelUpdated: () => {
        const g = gridApi()
        const r = reveal.current
        if (!g || !r) return
        if (Date.now() > r.until || g.getEditingCells().length > 0) {
          reveal.current = null
          return
        }
        const node = g.getRowNode(String(r.id))
        if (node && node.rowIndex != null) {
          reveal.current = null
          g.ensureNodeVisible(node, 'middle')
          g.setFocusedCell(node.rowIndex, firstColumn)
        } else if (!r.scrolled && !g.getColumnState().some((c) => c.sort)) {
          // Unsorted rows come in the order they were added: the new one is last.
          r.scrolled = true
          const last = g.getDisplayedRowCount() - 1
          if (last >= 0) g.ensureIndexVisible(last, 'bottom')
        } else if (r.scrolled) {
          reveal.current = null
        }
      },
    }),
    [syncFilter, changed, onQueryChanged, context, setAllFiltered, confirmDelete, gridApi, firstColumn, canWrite],
  )

  // Ctrl+Enter / Alt+Enter on a row opens its page. Caught before the grid sees it, which would
  // otherwise start editing the cell.
  const onKeyDownCapture = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Enter' || !(e.ctrlKey || e.altKey || e.metaKey)) return
    const g = gridApi()
    const cell = g?.getFocusedCell()
    if (!g || !cell || g.getEditingCells().length > 0) return
    const row = g.getDisplayedRowAtIndex(cell.rowIndex)?.data
    if (!row) return
    e.preventDefault()
    e.stopPropagation()
    openDetail(config.detail?.(row))
  }

  /** A filter set by a control of the page (a chip, the switch, 清除全部): the user's change. */
  const setFilter = (f: FilterModel) => {
    gridApi()?.setFilterModel(f)
    views.changed(true)
  }
  const hidden = config.hiddenByDefault

  const search = (text: string) => {
    grid.setSearch(text)
    onQueryChanged()
    views.changed(true)
  }

  const openBulk = () => {
    if (allFiltered) {
      const where = { filter: grid.filter, search: grid.search || undefined, scope: grid.scope.scope }
      setDialog({ kind: 'bulk', target: { where }, count: grid.total ?? 0 })
    } else {
      const ids = (gridApi()?.getSelectedNodes() ?? []).flatMap((n) => (n.data ? [n.data.id] : []))
      setDialog({ kind: 'bulk', target: { ids }, count: ids.length })
    }
  }

  const onSaved = (row: Row, created: boolean) => {
    setDialog(null)
    if (created) reveal.current = { id: row.id, scrolled: false, until: Date.now() + 3000 }
    grid.refresh()
  }

  return (
    <div className="data-grid" data-testid={`ledger-${config.name}`}>
      <LedgerToolbar
        config={config}
        views={views}
        grid={grid}
        focused={focused}
        selectedCount={selectedCount}
        allFiltered={allFiltered}
        showsHidden={hidden ? showsHidden(grid.filter, hidden) : undefined}
        onToggleHidden={(show) => hidden && setFilter(toggleHidden(grid.filter, hidden, show))}
        onAdd={() => setDialog({ kind: 'add' })}
        onEdit={() => focused && setDialog({ kind: 'edit', row: focused })}
        onDelete={() => focused && void confirmDelete(focused)}
        onBulk={openBulk}
        onSelectAllFiltered={() => setAllFiltered(true)}
        onClearSelection={() => {
          setAllFiltered(false)
          gridApi()?.deselectAll()
        }}
        gridApi={gridApi}
        onSearch={search}
      />
      <FilterBar
        config={config}
        filter={grid.filter}
        search={grid.search}
        scope={grid.scope}
        onRemoveFilter={(colId) => {
          const next = { ...grid.filter }
          delete next[colId]
          setFilter(next)
        }}
        onClearSearch={() => search('')}
        onClearScope={() => {
          grid.setWhere(grid.search, { scope: undefined, label: undefined })
          views.changed(true)
        }}
        onClearAll={() => {
          grid.setWhere('', { scope: undefined, label: undefined })
          setFilter(withHiddenDefault({}, hidden))
        }}
      />
      <div className="data-grid-body" onKeyDownCapture={onKeyDownCapture}>
        <AgGridReact<Row>
          theme={gridTheme}
          localeText={gridLocale}
          rowModelType="infinite"
          cacheBlockSize={BLOCK_SIZE}
          maxBlocksInCache={MAX_BLOCKS}
          blockLoadDebounceMillis={40}
          getRowId={getRowId}
          columnDefs={columns}
          defaultColDef={DEFAULT_COL_DEF}
          context={context}
          readOnlyEdit
          onCellEditRequest={onCellEditRequest}
          rowSelection={ROW_SELECTION}
          selectionColumnDef={SELECTION_COLUMN}
          rowClassRules={ROW_CLASS_RULES}
          stopEditingWhenCellsLoseFocus
          animateRows={false}
          // One row beyond the screen: a jump of the scroll bar draws a screen of rows at once,
          // and each buffered row adds to that task (a million visits: issue #18).
          rowBuffer={1}
          // Rows are drawn once the scrolling pauses (100 ms), not at every step of a flick of
          // the wheel or a drag of the bar: a million rows down, drawing each step's screen of
          // rows (loading, then read) queued long tasks that froze the page (issue #18). The
          // trade-off: while scrolling fast the rows on screen trail, and are redrawn on a pause.
          debounceVerticalScrollbar
          // A list opened in a cell (办理状态's choices) stays open: with the debounce above, the
          // grid reports a scroll made by the click that focused the cell 100 ms late, and AG Grid
          // closes a cell's list on any scroll; the wheel does not move the rows under an open list.
          suppressScrollWhenPopupsAreOpen
          tooltipShowDelay={300}
          onGridReady={onGridReady}
          {...gridHandlers}
        />
      </div>
      {(dialog?.kind === 'add' || dialog?.kind === 'edit') && (
        <LedgerForm
          config={config}
          refs={refs}
          record={dialog.kind === 'edit' ? dialog.row : null}
          onClose={() => setDialog(null)}
          onSaved={onSaved}
        />
      )}
      {dialog?.kind === 'bulk' && (
        <BulkEditDialog
          config={config}
          refs={refs}
          target={dialog.target}
          count={dialog.count}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null)
            setAllFiltered(false)
            gridApi()?.deselectAll()
            grid.refresh()
          }}
        />
      )}
    </div>
  )
}
