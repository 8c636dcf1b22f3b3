import { Tag, type TableColumnsType } from 'antd'
import type { EnterpriseProfile, RentRelief } from '../../../../../shared/domain'
import { SmallTable } from '../../../components/SmallTable'
import { formatMoney, formatNumber } from '../../../lib/format'
import { moneyText } from '../format'

type EventRow = EnterpriseProfile['events'][number]

const reliefColumns: TableColumnsType<RentRelief> = [
  {
    title: '减免期间',
    key: 'period',
    className: 'nowrap',
    render: (_, r) => (r.periodStart || r.periodEnd ? `${r.periodStart ?? '?'} 至 ${r.periodEnd ?? '?'}` : '—'),
  },
  { title: '月数', dataIndex: 'months', width: 60, align: 'right', render: (m: number | null) => formatNumber(m) },
  {
    title: '金额(元)',
    dataIndex: 'amount',
    width: 120,
    align: 'right',
    render: (a: number) => formatMoney(a),
  },
  { title: '政策批次', dataIndex: 'batch', render: (b: string | null) => b ?? '—' },
]

/** 房租减免 the firm received, with the sum the office reports. */
export function RentReliefTable({ rows }: { rows: RentRelief[] }) {
  const total = rows.reduce((s, r) => s + r.amount, 0)
  return (
    <SmallTable
      testId="rent-reliefs"
      rows={rows}
      columns={reliefColumns}
      emptyText="无房租减免记录"
      totals={[
        { content: `合计 ${rows.length} 笔`, span: 2 },
        { content: formatMoney(total), align: 'right' },
        { content: <span className="muted">{total >= 10_000 ? `${formatMoney(total / 10_000)} 万元` : ''}</span> },
      ]}
    />
  )
}

export function reliefTotalText(rows: RentRelief[]): string {
  return rows.length ? moneyText(rows.reduce((s, r) => s + r.amount, 0)) : '无'
}

const eventColumns: TableColumnsType<EventRow> = [
  { title: '日期', dataIndex: 'heldOn', width: 100 },
  { title: '活动主题', dataIndex: 'theme' },
  { title: '类型', dataIndex: 'kind', width: 110, render: (k: string | null) => k && <Tag>{k}</Tag> },
  { title: '主办方', dataIndex: 'organiser', width: 130, render: (o: string | null) => o ?? '—' },
]

/** 参加的活动, newest first. */
export function EventTable({ rows }: { rows: EventRow[] }) {
  const sorted = [...rows].sort((a, b) => (a.heldOn < b.heldOn ? 1 : a.heldOn > b.heldOn ? -1 : 0))
  return (
    <SmallTable testId="events-attended" rows={sorted} columns={eventColumns} pageSize={8} emptyText="未参加活动" />
  )
}
