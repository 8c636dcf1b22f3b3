import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import type { CellFocusedEvent, CellKeyDownEvent, RowSelectionOptions, SelectionChangedEvent } from 'ag-grid-community'
import type { AgGridReact } from 'ag-grid-react'
import { Button, Tooltip } from 'antd'
import { useCallback, useMemo, useRef, useState } from 'react'
import type { Enterprise } from '../../../../shared/domain'
import { api } from '../../api'
import { CellErrors } from '../../components/grid/cellErrors'
import { DataGrid } from '../../components/grid/DataGrid'
import { LoadError } from '../../components/LoadError'
import { Page } from '../../components/Page'
import { useLoad } from '../../lib/useLoad'
import { enterpriseColumns } from './columns'
import { EnterpriseForm } from './EnterpriseForm'
import { loadReferences } from './references'
import { useDeleteEnterprise } from './useDeleteEnterprise'
import { useInlineEdit } from './useInlineEdit'

const loadPage = async () => {
  const [rows, refs] = await Promise.all([api.enterprise.list(), loadReferences()])
  return { rows, refs }
}

// Clicking a row selects it (no checkbox column): the selected row is what 删除 acts on.
const ROW_SELECTION: RowSelectionOptions = { mode: 'singleRow', checkboxes: false, enableClickSelection: true }

/** 企业名录: every firm, edited in place, added through a form, deleted with confirmation. */
export function EnterprisePage() {
  const { data, error, reload, setData } = useLoad(loadPage)
  const gridRef = useRef<AgGridReact<Enterprise>>(null)
  // One instance for the page's life; the grid reads it through its context.
  const [cellErrors] = useState(() => new CellErrors())
  const [selected, setSelected] = useState<Enterprise | null>(null)
  const [adding, setAdding] = useState(false)

  // Built once the choices are loaded; row edits replace rows, never the references.
  const refs = data?.refs
  const columns = useMemo(() => (refs ? enterpriseColumns(refs) : []), [refs])
  const context = useMemo(() => ({ cellErrors }), [cellErrors])

  const replaceRow = useCallback(
    (row: Enterprise) => {
      setData((d) => d && { ...d, rows: d.rows.map((r) => (r.id === row.id ? row : r)) })
      setSelected((s) => (s?.id === row.id ? row : s))
    },
    [setData],
  )
  const removeRow = useCallback(
    (id: number) => {
      const focused = gridRef.current?.api.getFocusedCell()
      cellErrors.clearRow(id)
      setData((d) => d && { ...d, rows: d.rows.filter((r) => r.id !== id) })
      setSelected(null)
      // Keyboard users carry on from the same place: focus (and so select) the row that moved up.
      requestAnimationFrame(() => {
        const grid = gridRef.current?.api
        if (!grid || !focused) return
        const last = grid.getDisplayedRowCount() - 1
        if (last >= 0) grid.setFocusedCell(Math.min(focused.rowIndex, last), focused.column)
      })
    },
    [setData, cellErrors],
  )
  const addRow = useCallback(
    (row: Enterprise) => {
      setAdding(false)
      setData((d) => d && { ...d, rows: [...d.rows, row] })
      // Show the new firm: scroll to it, focus and select it.
      requestAnimationFrame(() => {
        const grid = gridRef.current?.api
        const node = grid?.getRowNode(String(row.id))
        if (!grid || !node) return
        grid.ensureNodeVisible(node, 'middle')
        node.setSelected(true, true)
        if (node.rowIndex != null) grid.setFocusedCell(node.rowIndex, 'name')
      })
    },
    [setData],
  )

  const onCellEditRequest = useInlineEdit(replaceRow, cellErrors)
  const confirmDelete = useDeleteEnterprise(removeRow)

  const gridProps = useMemo(
    () => ({
      context,
      readOnlyEdit: true,
      onCellEditRequest: (e: Parameters<typeof onCellEditRequest>[0]) => void onCellEditRequest(e),
      rowSelection: ROW_SELECTION,
      // 25 columns are few enough to render all; keeps every cell reachable by keyboard and tests.
      suppressColumnVirtualisation: true,
      stopEditingWhenCellsLoseFocus: true,
      // Keyboard users select by moving: the focused row is the one 删除 acts on.
      onCellFocused: (e: CellFocusedEvent<Enterprise>) => {
        if (e.rowIndex == null || e.rowPinned) return
        e.api.getDisplayedRowAtIndex(e.rowIndex)?.setSelected(true, true)
      },
      onSelectionChanged: (e: SelectionChangedEvent<Enterprise>) => setSelected(e.api.getSelectedRows()[0] ?? null),
      onCellKeyDown: (e: CellKeyDownEvent<Enterprise>) => {
        const key = (e.event as KeyboardEvent | null)?.key
        if (key === 'Delete' && e.data && e.api.getEditingCells().length === 0) void confirmDelete(e.data)
      },
    }),
    [context, onCellEditRequest, confirmDelete],
  )

  if (error) {
    return (
      <Page title="企业名录">
        <LoadError message={error} onRetry={reload} />
      </Page>
    )
  }

  return (
    <Page title="企业名录" subtitle="双击或按 Enter、F2 修改单元格;选中一行后按 Delete 删除">
      <DataGrid<Enterprise>
        rows={data?.rows}
        columns={columns}
        unit="家"
        searchPlaceholder="快速搜索企业名称、信用代码、联系人…"
        gridRef={gridRef}
        gridProps={gridProps}
        actions={
          <>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} disabled={!data}>
              新增企业
            </Button>
            <Tooltip title={selected ? `删除“${selected.name}”` : '请先选中一家企业'}>
              <Button
                danger
                icon={<DeleteOutlined />}
                disabled={!selected}
                onClick={() => selected && void confirmDelete(selected)}
              >
                删除
              </Button>
            </Tooltip>
          </>
        }
      />
      {data && <EnterpriseForm open={adding} refs={data.refs} onClose={() => setAdding(false)} onCreated={addRow} />}
    </Page>
  )
}
