import { SearchOutlined } from '@ant-design/icons'
import type { ColDef, GetRowIdParams, ModelUpdatedEvent } from 'ag-grid-community'
import { AgGridReact, type AgGridReactProps } from 'ag-grid-react'
import { Input } from 'antd'
import { useCallback, useDeferredValue, useMemo, useState, type ReactNode, type RefObject } from 'react'
import { formatCount } from '../../lib/format'
import { gridLocale, gridTheme } from './setup'

export interface DataGridProps<T extends { id: number }> {
  /** Undefined while loading: the grid shows its overlay instead of "暂无数据". */
  rows: T[] | undefined
  columns: ColDef<T>[]
  /** Counting word for the row count: 共 3,102 家. */
  unit: string
  searchPlaceholder: string
  /** Buttons at the right of the toolbar (新增, 删除 ...). */
  actions?: ReactNode
  gridRef?: RefObject<AgGridReact<T> | null>
  /** Anything else the ledger needs (editing, selection, keyboard handlers). */
  gridProps?: Omit<AgGridReactProps<T>, 'rowData' | 'columnDefs' | 'theme' | 'localeText' | 'quickFilterText'>
}

const getRowId = (p: GetRowIdParams<{ id: number }>) => String(p.data.id)

/**
 * The one grid every ledger uses: Chinese locale, the app's theme, a quick-search box and a
 * row count. Rows are keyed by id, so handing it a new array after an edit updates only the
 * rows that changed and keeps the user's sort, filter, scroll and focus.
 */
export function DataGrid<T extends { id: number }>(props: DataGridProps<T>) {
  const { rows, columns, unit, searchPlaceholder, actions, gridRef, gridProps } = props
  const [search, setSearch] = useState('')
  // Typing stays responsive while 3,000 rows are re-filtered behind it.
  const quickFilterText = useDeferredValue(search)
  const [displayed, setDisplayed] = useState<number | null>(null)

  const defaultColDef = useMemo<ColDef<T>>(
    () => ({ sortable: true, filter: true, resizable: true, minWidth: 80, width: 140, ...gridProps?.defaultColDef }),
    [gridProps?.defaultColDef],
  )
  const userModelUpdated = gridProps?.onModelUpdated
  const onModelUpdated = useCallback(
    (e: ModelUpdatedEvent<T>) => {
      setDisplayed(e.api.getDisplayedRowCount())
      userModelUpdated?.(e)
    },
    [userModelUpdated],
  )

  return (
    <div className="data-grid">
      <div className="data-grid-toolbar">
        <Input
          className="quick-search"
          allowClear
          prefix={<SearchOutlined />}
          placeholder={searchPlaceholder}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          data-testid="quick-search"
          aria-label="快速搜索"
        />
        <span className="row-count" data-testid="row-count">
          {rowCountText(rows?.length, displayed, unit)}
        </span>
        <span className="toolbar-spacer" />
        {actions}
      </div>
      <div className="data-grid-body">
        <AgGridReact<T>
          ref={gridRef}
          theme={gridTheme}
          localeText={gridLocale}
          getRowId={getRowId as (p: GetRowIdParams<T>) => string}
          loading={rows === undefined}
          tooltipShowDelay={300}
          cacheQuickFilter
          {...gridProps}
          rowData={rows}
          columnDefs={columns}
          defaultColDef={defaultColDef}
          quickFilterText={quickFilterText}
          onModelUpdated={onModelUpdated}
        />
      </div>
    </div>
  )
}

/** '共 3,102 家' or, while a search or filter hides some, '共 3,102 家,显示 12 家'. */
export function rowCountText(total: number | undefined, displayed: number | null, unit: string): string {
  if (total === undefined) return '正在加载…'
  const all = `共 ${formatCount(total)} ${unit}`
  return displayed === null || displayed === total ? all : `${all},显示 ${formatCount(displayed)} ${unit}`
}
