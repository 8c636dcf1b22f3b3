/**
 * 导出: the grid's current view (its filters, search, scope, sort and visible columns in their
 * order) as Excel or CSV, and the official layouts that belong to this ledger. Main builds the
 * file; a dialog takes the options (标题行, the campaign of a 走访台账) and shows progress.
 */
import { DownloadOutlined } from '@ant-design/icons'
import type { GridApi } from 'ag-grid-community'
import { App, Button, Checkbox, Dropdown, Input, Modal, Progress, Radio, Select, Space, Typography } from 'antd'
import { useEffect, useState } from 'react'
import {
  LAYOUT_LABELS,
  type CsvEncoding,
  type ExportFormat,
  type ExportViewInput,
  type LayoutName,
} from '../../../../shared/ipc/channels/export'
import type { SortModel } from '../../../../shared/ipc/grid'
import { api } from '../../api'
import { errorMessage } from '../../lib/errors'
import { useSubdistrict } from '../../lib/useSubdistrict'
import { formatCount } from '../../lib/format'
import { isDataColumn } from './columns'
import type { LedgerConfig, Row } from './types'
import type { ServerGrid } from './useServerGrid'
import { useExportJob } from './useExportJob'

type Choice = 'xlsx' | 'csv-utf8' | 'csv-gbk'
type Target = { kind: 'view'; choice: Choice } | { kind: 'layout'; layout: LayoutName }

const CHOICES: { key: Choice; label: string; format: ExportFormat; encoding?: CsvEncoding }[] = [
  { key: 'xlsx', label: 'Excel 工作簿(.xlsx)', format: 'xlsx' },
  { key: 'csv-utf8', label: 'CSV(UTF-8,Excel 可直接打开)', format: 'csv', encoding: 'utf8' },
  { key: 'csv-gbk', label: 'CSV(GBK,旧版软件)', format: 'csv', encoding: 'gbk' },
]

/** The grid as the user sees it: visible data columns in order, with their headers and widths, and the sort. */
export function currentView(gridApi: GridApi<Row>): { columns: ExportViewInput['columns']; sort: SortModel } {
  const state = gridApi.getColumnState()
  const columns = state
    .filter((c) => !c.hide && isDataColumn(c.colId))
    .map((c) => ({
      id: c.colId,
      label: gridApi.getColumnDef(c.colId)?.headerName,
      width: c.width ?? undefined,
    }))
  const sort = state
    .filter((c) => c.sort && isDataColumn(c.colId))
    .sort((a, b) => (a.sortIndex ?? 0) - (b.sortIndex ?? 0))
    .map((c) => ({ colId: c.colId, sort: c.sort as 'asc' | 'desc' }))
  return { columns, sort }
}

/** 四平路街道企业名录(2026年11月): the 街道名称 of 设置, the ledger, this month. */
function monthTitle(subdistrict: string, title: string): string {
  const d = new Date()
  return `${subdistrict}${title}(${d.getFullYear()}年${d.getMonth() + 1}月)`
}

export interface ExportMenuProps {
  config: LedgerConfig
  grid: ServerGrid
  gridApi: () => GridApi<Row> | null
  /** The page's name, for the default title row: 企业名录. */
  title: string
}

export function ExportMenu(props: ExportMenuProps) {
  const { config } = props
  const [target, setTarget] = useState<Target | null>(null)
  const layouts = config.exportLayouts ?? []
  const items = [
    {
      key: 'view',
      type: 'group' as const,
      label: '当前视图(筛选、排序和显示的列)',
      children: CHOICES.map((c) => ({ key: `view:${c.key}`, label: c.label })),
    },
    ...(layouts.length
      ? [
          {
            key: 'layouts',
            type: 'group' as const,
            label: '官方格式',
            children: layouts.map((l) => ({
              key: `layout:${l}`,
              label: `${LAYOUT_LABELS[l]}${l === 'visits' ? '…' : ''}`,
            })),
          },
        ]
      : []),
  ]
  const onClick = ({ key }: { key: string }) => {
    const [kind, what] = key.split(':')
    setTarget(
      kind === 'view' ? { kind: 'view', choice: what as Choice } : { kind: 'layout', layout: what as LayoutName },
    )
  }
  return (
    <>
      <Dropdown menu={{ items, onClick }} trigger={['click']}>
        <Button icon={<DownloadOutlined />} data-testid="export-button">
          导出
        </Button>
      </Dropdown>
      {target && (
        // The dialog works on what the menu was given: the same ledger, grid and title.
        <ExportDialog {...props} target={target} onClose={() => setTarget(null)} />
      )}
    </>
  )
}

interface DialogProps extends ExportMenuProps {
  target: Target
  onClose: () => void
}

function ExportDialog({ target, config, grid, gridApi, title, onClose }: DialogProps) {
  const { message } = App.useApp()
  const job = useExportJob()
  const [choice, setChoice] = useState<Choice>(target.kind === 'view' ? target.choice : 'xlsx')
  const [withTitle, setWithTitle] = useState(false)
  const subdistrict = useSubdistrict()
  // The name of 设置 → 街道名称 until the user writes a title of their own.
  const [typedTitle, setTypedTitle] = useState<string | null>(null)
  const titleText = typedTitle ?? monthTitle(subdistrict, title)
  const [campaigns, setCampaigns] = useState<{ value: number; label: string }[]>([])
  const [campaignId, setCampaignId] = useState<number>()
  const [error, setError] = useState<string | null>(null)
  const layout = target.kind === 'layout' ? target.layout : null

  useEffect(() => {
    if (layout !== 'visits') return
    void api.campaign.list().then((list) => {
      const sorted = [...list].sort((a, b) => String(b.startOn).localeCompare(String(a.startOn)))
      setCampaigns(sorted.map((c) => ({ value: c.id, label: `${c.name}(${c.startOn} 至 ${c.endOn})` })))
      if (sorted[0]) setCampaignId(sorted[0].id)
    })
  }, [layout])

  const start = async () => {
    setError(null)
    try {
      const file = await job.run((jobId) => {
        if (layout) return { what: 'export:layout', input: { layout, campaignId, jobId } }
        const g = gridApi()
        if (!g) throw new Error('表格尚未就绪')
        const { columns, sort } = currentView(g)
        const c = CHOICES.find((x) => x.key === choice)!
        const where = { filter: grid.filter, search: grid.search || undefined, scope: grid.scope.scope }
        return {
          what: 'export:view',
          input: {
            ledger: config.name,
            where,
            sort,
            columns,
            format: c.format,
            encoding: c.encoding,
            title: withTitle ? titleText : undefined,
            jobId,
          },
        }
      })
      // The save dialog closed without a place: the export dialog stays, nothing was written.
      if (!file.saved) return
      void message.success(`已导出 ${formatCount(file.rows ?? 0)} ${config.unit}:${file.fileName}`)
      onClose()
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  const heading = layout
    ? `导出${LAYOUT_LABELS[layout]}`
    : `导出当前视图(共 ${formatCount(grid.total ?? 0)} ${config.unit})`
  return (
    <Modal
      open
      title={heading}
      onCancel={job.running ? job.cancel : onClose}
      maskClosable={!job.running}
      footer={
        job.running ? (
          <Button onClick={job.cancel}>取消导出</Button>
        ) : (
          <Space>
            <Button onClick={onClose}>关闭</Button>
            <Button
              type="primary"
              onClick={() => void start()}
              disabled={layout === 'visits' && !campaignId}
              data-testid="export-start"
            >
              导出
            </Button>
          </Space>
        )
      }
      data-testid="export-dialog"
    >
      {layout === null && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Radio.Group value={choice} onChange={(e) => setChoice(e.target.value as Choice)} disabled={job.running}>
            <Space direction="vertical">
              {CHOICES.map((c) => (
                <Radio key={c.key} value={c.key}>
                  {c.label}
                </Radio>
              ))}
            </Space>
          </Radio.Group>
          <Checkbox checked={withTitle} onChange={(e) => setWithTitle(e.target.checked)} disabled={job.running}>
            在表头上方加标题行
          </Checkbox>
          {withTitle && (
            <Input
              value={titleText}
              maxLength={100}
              onChange={(e) => setTypedTitle(e.target.value)}
              aria-label="标题行"
            />
          )}
          <Typography.Text type="secondary">
            按表格当前的筛选、搜索、排序和显示的列导出,列的顺序与表格一致。
          </Typography.Text>
        </Space>
      )}
      {layout === 'visits' && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <span>走访活动</span>
          <Select
            value={campaignId}
            options={campaigns}
            onChange={setCampaignId}
            style={{ width: '100%' }}
            showSearch
            optionFilterProp="label"
            aria-label="走访活动"
            placeholder="请选择走访活动"
          />
        </Space>
      )}
      {layout !== null && (
        <Typography.Paragraph type="secondary" style={{ marginTop: layout === 'visits' ? 12 : 0 }}>
          按区里要求的版式生成 Excel 工作簿:标题、填报单位和制表日期、边框,A4 横向打印(适应页宽,每页重复表头)。
        </Typography.Paragraph>
      )}
      {job.running && (
        <div data-testid="export-progress">
          <Progress percent={job.percent} status="active" />
          <Typography.Text type="secondary">
            {job.progress
              ? `已写入 ${formatCount(job.progress.rowsWritten)} / ${formatCount(job.progress.totalRows)} 条`
              : '正在准备…'}
          </Typography.Text>
        </div>
      )}
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
    </Modal>
  )
}
