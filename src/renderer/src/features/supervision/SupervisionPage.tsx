/**
 * 督办: the requests the office chases. Counts at the top (未办结, 逾期, 即将到期), then the
 * chosen list, most days overdue first, each row opening the status dialog.
 */
import { Button, Card, Segmented, Statistic, Table, Tag, type TableColumnsType } from 'antd'
import { useCallback, useState } from 'react'
import { localToday, type Request } from '../../../../shared/domain'
import { api } from '../../api'
import { linkColumn } from '../../components/EntityLink'
import { LoadError } from '../../components/LoadError'
import { Page } from '../../components/Page'
import { formatCount } from '../../lib/format'
import { useLoad } from '../../lib/useLoad'
import { useReloadOnChange } from '../../lib/useReloadOnChange'
import { statusColor } from './moves'
import { countQuery, LIST_LIMIT, listQuery, MODE_LABELS, REQUEST_CHANNELS, type SupervisionMode } from './queries'
import { RequestStatusDialog } from './RequestStatusDialog'
import './supervision.css'
import { FieldBooksCard } from '../fieldbooks/FieldBooksCard'

interface Board {
  rows: Request[]
  listTotal: number
  open: number
  overdue: number
  soon: number
}

async function loadBoard(mode: SupervisionMode): Promise<Board> {
  const today = localToday()
  const [list, open, overdue, soon] = await Promise.all([
    api.request.query(listQuery(mode, today)),
    api.request.query(countQuery('open', today)),
    api.request.query(countQuery('overdue', today)),
    api.request.query(countQuery('soon', today)),
  ])
  return { rows: list.rows, listTotal: list.total, open: open.total, overdue: overdue.total, soon: soon.total }
}

const byText = (a: string | null, b: string | null) => (a ?? '').localeCompare(b ?? '', 'zh-CN')

export function SupervisionPage() {
  const [mode, setMode] = useState<SupervisionMode>('overdue')
  const load = useCallback(() => loadBoard(mode), [mode])
  const { data, error, reload } = useLoad(load)
  const [open, setOpen] = useState<number | null>(null)

  // Requests change elsewhere too (a visit recorded, the request grid): keep the board current.
  useReloadOnChange(REQUEST_CHANNELS, reload)

  const columns: TableColumnsType<Request> = [
    {
      title: '逾期天数',
      dataIndex: 'daysOverdue',
      width: 96,
      align: 'right',
      sorter: (a, b) => (a.daysOverdue ?? 0) - (b.daysOverdue ?? 0),
      render: (d: number | null) =>
        d ? <span className="overdue-days">{d} 天</span> : <span className="muted">未逾期</span>,
    },
    linkColumn('企业', 'enterpriseName', 'enterprise', (r) => r.enterpriseId, {
      width: 240,
      sorter: (a, b) => byText(a.enterpriseName, b.enterpriseName),
    }),
    { title: '诉求类别', dataIndex: 'categoryName', width: 96, render: (c: string | null) => c ?? '—' },
    {
      title: '诉求内容',
      dataIndex: 'content',
      render: (c: string) => (
        <span className="request-content" title={c}>
          {c}
        </span>
      ),
    },
    {
      title: '承办单位',
      dataIndex: 'handlingUnitName',
      width: 150,
      sorter: (a, b) => byText(a.handlingUnitName, b.handlingUnitName),
      render: (u: string | null) => u ?? <span className="muted">未派单</span>,
    },
    {
      title: '状态',
      dataIndex: 'status',
      width: 84,
      render: (s: string, r) => <Tag color={statusColor(s, (r.daysOverdue ?? 0) > 0)}>{s}</Tag>,
    },
    { title: '受理日期', dataIndex: 'receivedOn', width: 104, sorter: (a, b) => byText(a.receivedOn, b.receivedOn) },
    { title: '办理时限', dataIndex: 'dueOn', width: 104, sorter: (a, b) => byText(a.dueOn, b.dueOn) },
    {
      title: '',
      key: 'act',
      width: 80,
      render: (_, r) => (
        <Button size="small" onClick={() => setOpen(r.id)} data-testid="open-request">
          办理…
        </Button>
      ),
    },
  ]

  return (
    <Page title="督办" subtitle="逾期和即将到期的诉求,逾期最久的在前" scroll>
      <div className="supervision-tiles" data-testid="supervision-counts">
        <Card size="small">
          <Statistic title="未办结诉求" value={data?.open ?? 0} suffix="件" loading={!data} data-testid="count-open" />
        </Card>
        <Card size="small" className="tile-overdue">
          <Statistic
            title="逾期诉求"
            value={data?.overdue ?? 0}
            suffix="件"
            loading={!data}
            data-testid="count-overdue"
          />
        </Card>
        <Card size="small">
          <Statistic
            title={MODE_LABELS.soon}
            value={data?.soon ?? 0}
            suffix="件"
            loading={!data}
            data-testid="count-soon"
          />
        </Card>
      </div>
      <div className="supervision-toolbar">
        <Segmented<SupervisionMode>
          value={mode}
          onChange={setMode}
          options={(['overdue', 'soon', 'open'] as const).map((m) => ({ value: m, label: MODE_LABELS[m] }))}
          data-testid="supervision-mode"
        />
        {data && (
          <span className="row-count" data-testid="supervision-total">
            共 {formatCount(data.listTotal)} 件
            {data.listTotal > LIST_LIMIT && `,显示逾期最久的 ${formatCount(LIST_LIMIT)} 件`}
          </span>
        )}
      </div>
      {error ? (
        <LoadError message={error} onRetry={reload} />
      ) : (
        <Table<Request>
          className="supervision-table"
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={data?.rows}
          loading={!data}
          pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: mode === 'overdue' ? '没有逾期的诉求' : '没有符合条件的诉求' }}
          onRow={(r) => ({ onDoubleClick: () => setOpen(r.id) })}
          data-testid="supervision-list"
        />
      )}
      <FieldBooksCard kind="dispatch" />
      {open != null && <RequestStatusDialog requestId={open} onClose={() => setOpen(null)} onSaved={reload} />}
    </Page>
  )
}
