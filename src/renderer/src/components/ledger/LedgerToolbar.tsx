import { DeleteOutlined, EditOutlined, FormOutlined, PlusOutlined } from '@ant-design/icons'
import type { GridApi } from 'ag-grid-community'
import { Button, Space, Switch, Tooltip } from 'antd'
import { useCanWrite } from '../../app/Access'
import { formatCount } from '../../lib/format'
import { ColumnChooser } from './ColumnChooser'
import { ExportMenu } from './ExportMenu'
import { measureOf } from './LedgerForm'
import { SearchBox } from './SearchBox'
import type { LedgerConfig, Row } from './types'
import type { ServerGrid } from './useServerGrid'
import type { Views } from './useViews'
import { ViewMenu } from './ViewMenu'

export interface LedgerToolbarProps {
  config: LedgerConfig
  views: Views
  grid: ServerGrid
  /** The row the focused cell is in: what 修改 and 删除 act on. */
  focused: Row | null
  selectedCount: number
  allFiltered: boolean
  /** Undefined when the ledger hides nothing by default. */
  showsHidden: boolean | undefined
  onToggleHidden: (show: boolean) => void
  onAdd: () => void
  onEdit: () => void
  onDelete: () => void
  onBulk: () => void
  onSelectAllFiltered: () => void
  onClearSelection: () => void
  gridApi: () => GridApi<Row> | null
  onSearch: (text: string) => void
}

/** '共 3,102 家' from main's total; what is loading or failing otherwise. */
export function rowCountText(total: number | undefined, unit: string, error: string | null): string {
  if (error) return `加载失败:${error}`
  if (total === undefined) return '正在加载…'
  return `共 ${formatCount(total)} ${unit}`
}

export function LedgerToolbar(p: LedgerToolbarProps) {
  const { config, grid, focused, selectedCount, allFiltered } = p
  const title = focused ? config.titleOf(focused) : null
  const bulkCount = allFiltered ? (grid.total ?? 0) : selectedCount
  const unitNoun = measureOf(config)
  // 只读 in a shared ledger: no write buttons (the host refuses the calls anyway).
  const canWrite = useCanWrite()

  return (
    <>
      <div className="data-grid-toolbar">
        <ViewMenu views={p.views} />
        <SearchBox value={grid.search} onSearch={p.onSearch} placeholder={config.searchPlaceholder} />
        <span className={grid.error ? 'row-count error' : 'row-count'} data-testid="row-count">
          {rowCountText(grid.total, config.unit, grid.error)}
        </span>
        {grid.error && (
          <>
            <Button size="small" type="link" onClick={grid.requery}>
              重试
            </Button>
            {/* A view saved before a column was renamed can ask for what main no longer has. */}
            <Button size="small" type="link" onClick={p.views.applyDefault}>
              恢复默认视图
            </Button>
          </>
        )}
        {canWrite && !allFiltered && !!grid.total && (
          <Tooltip title="批量修改当前筛选出的全部记录(包括尚未显示的行)">
            <Button size="small" type="link" onClick={p.onSelectAllFiltered} data-testid="select-all-filtered">
              全选筛选结果
            </Button>
          </Tooltip>
        )}
        {p.showsHidden !== undefined && config.hiddenByDefault && (
          <label className="hidden-toggle" title={hiddenValuesHint(config.hiddenByDefault)}>
            <Switch size="small" checked={p.showsHidden} onChange={p.onToggleHidden} data-testid="hidden-toggle" />
            {config.hiddenByDefault.label}
          </label>
        )}
        <Space size={8} className="toolbar-actions">
          <ColumnChooser gridApi={p.gridApi} onChanged={() => p.views.changed(true)} />
          <ExportMenu
            config={config}
            grid={grid}
            gridApi={p.gridApi}
            title={config.exportTitle ?? `${config.noun}台账`}
          />
          {canWrite && (
            <>
              <Tooltip title={bulkCount ? `为选中的 ${formatCount(bulkCount)} ${unitNoun}设置同一字段` : '请先勾选行'}>
                <Button icon={<FormOutlined />} disabled={!bulkCount} onClick={p.onBulk} data-testid="bulk-button">
                  批量修改
                </Button>
              </Tooltip>
              <Tooltip title={title ? `修改“${title}”的全部字段` : '请先点选一行'}>
                <Button icon={<EditOutlined />} disabled={!focused} onClick={p.onEdit}>
                  修改
                </Button>
              </Tooltip>
              <Tooltip title={title ? `删除“${title}”` : '请先点选一行'}>
                <Button danger icon={<DeleteOutlined />} disabled={!focused} onClick={p.onDelete}>
                  删除
                </Button>
              </Tooltip>
              <Button type="primary" icon={<PlusOutlined />} onClick={p.onAdd}>
                新增{config.noun}
              </Button>
            </>
          )}
        </Space>
      </div>
      {(selectedCount > 0 || allFiltered) && (
        <div className="selection-bar" data-testid="selection-bar">
          {allFiltered ? (
            <span>
              已选择全部 <b>{formatCount(grid.total ?? 0)}</b> {config.unit}筛选结果(包括尚未显示的行)
            </span>
          ) : (
            <span>
              已勾选 <b>{formatCount(selectedCount)}</b> {config.unit}
            </span>
          )}
          <Button size="small" type="link" onClick={p.onClearSelection}>
            取消选择
          </Button>
        </div>
      )}
    </>
  )
}

/** The short switch label names no status; its hint lists the ones it brings in (迁出、注销、吊销). */
function hiddenValuesHint(h: { shown: readonly string[]; all: readonly string[] }) {
  return `同时显示状态为 ${h.all.filter((v) => !h.shown.includes(v)).join('、')} 的记录`
}
