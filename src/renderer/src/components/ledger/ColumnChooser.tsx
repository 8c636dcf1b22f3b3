import { SettingOutlined } from '@ant-design/icons'
import type { Column, GridApi } from 'ag-grid-community'
import { Button, Checkbox, Popover, Tooltip } from 'antd'
import { useState } from 'react'
import { isDataColumn } from './columns'
import type { Row } from './types'

interface Entry {
  colId: string
  label: string
  visible: boolean
}

function entries(api: GridApi<Row>): Entry[] {
  return (api.getAllGridColumns() as Column[])
    .filter((c) => isDataColumn(c.getColId()))
    .map((c) => ({ colId: c.getColId(), label: c.getColDef().headerName ?? c.getColId(), visible: c.isVisible() }))
}

/**
 * 列设置: which columns show, in the grid's current order. Order and width are changed on the
 * headers themselves (drag, drag the edge); 恢复默认 puts every column back as it shipped.
 */
export function ColumnChooser({ gridApi, onChanged }: { gridApi: () => GridApi<Row> | null; onChanged: () => void }) {
  const [list, setList] = useState<Entry[]>([])
  const [open, setOpen] = useState(false)

  const reload = () => {
    const api = gridApi()
    if (api) setList(entries(api))
  }

  const toggle = (colId: string, visible: boolean) => {
    gridApi()?.setColumnsVisible([colId], visible)
    reload()
    onChanged()
  }

  const content = (
    <div className="column-chooser" data-testid="column-chooser">
      <div className="column-chooser-list">
        {list.map((e) => (
          <Checkbox key={e.colId} checked={e.visible} onChange={(ev) => toggle(e.colId, ev.target.checked)}>
            {e.label}
          </Checkbox>
        ))}
      </div>
      <div className="column-chooser-footer">
        <span className="hint">拖动表头可调整顺序和宽度</span>
        <Button
          size="small"
          onClick={() => {
            gridApi()?.resetColumnState()
            reload()
            onChanged()
          }}
        >
          恢复默认
        </Button>
      </div>
    </div>
  )

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      title="显示的列"
      content={content}
      open={open}
      onOpenChange={(o) => {
        if (o) reload()
        setOpen(o)
      }}
    >
      <Tooltip title="列设置:显示或隐藏列">
        <Button icon={<SettingOutlined />} data-testid="column-chooser-button" aria-label="列设置" />
      </Tooltip>
    </Popover>
  )
}
