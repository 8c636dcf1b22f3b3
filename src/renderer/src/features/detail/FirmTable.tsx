import { Input, Tag, type TableColumnsType } from 'antd'
import { useDeferredValue, useMemo, useState } from 'react'
import type { Enterprise } from '../../../../shared/domain'
import { linkColumn } from '../../components/EntityLink'
import { SmallTable } from '../../components/SmallTable'
import { EnterpriseStatus } from './tags'

/** Whatever subset of a firm's fields a record page lists. */
export type FirmRow = Pick<Enterprise, 'id' | 'name'> & Partial<Enterprise>

type Col = 'creditCode' | 'room' | 'industryName' | 'buildingName' | 'settledOn' | 'status' | 'isKey'

const ALL: Record<Col, TableColumnsType<FirmRow>[number]> = {
  creditCode: {
    title: '统一社会信用代码',
    dataIndex: 'creditCode',
    width: 190,
    render: (c: string | null) => (c ? <span className="credit-code">{c}</span> : <span className="muted">—</span>),
  },
  room: { title: '房间号', dataIndex: 'room', width: 80 },
  industryName: { title: '行业', dataIndex: 'industryName', width: 120 },
  buildingName: { title: '所在楼宇', dataIndex: 'buildingName', width: 120 },
  settledOn: {
    title: '落户日期',
    dataIndex: 'settledOn',
    width: 110,
    sorter: (a, b) => (a.settledOn ?? '').localeCompare(b.settledOn ?? ''),
  },
  status: {
    title: '状态',
    dataIndex: 'status',
    width: 70,
    render: (s: string | null) => <EnterpriseStatus status={s} />,
  },
  isKey: {
    title: '重点',
    dataIndex: 'isKey',
    width: 60,
    render: (k: boolean | undefined) => (k ? <Tag color="red">重点</Tag> : null),
  },
}

export interface FirmTableProps {
  rows: FirmRow[]
  columns: Col[]
  pageSize?: number
  testId: string
}

/** A small table of firms, each name opening its 一企一档, filterable when it is long. */
export function FirmTable({ rows, columns, pageSize = 10, testId }: FirmTableProps) {
  const [term, setTerm] = useState('')
  const q = useDeferredValue(term.trim())
  const shown = useMemo(
    () => (q ? rows.filter((r) => r.name.includes(q) || (r.creditCode ?? '').includes(q.toUpperCase())) : rows),
    [rows, q],
  )
  const cols: TableColumnsType<FirmRow> = [
    linkColumn('企业名称', 'name', 'enterprise', (r) => r.id),
    ...columns.map((c) => ALL[c]),
  ]
  return (
    <SmallTable
      testId={testId}
      rows={shown}
      columns={cols}
      pageSize={pageSize}
      totalText={(n) => `共 ${n} 家`}
      emptyText="暂无企业"
      toolbar={
        // On the whole list, not the filtered one: the box stays while the user types.
        rows.length > pageSize && (
          <Input.Search
            allowClear
            size="small"
            placeholder="按名称或信用代码筛选"
            value={term}
            onChange={(e) => setTerm(e.target.value)}
            className="firm-filter"
            aria-label="筛选企业"
          />
        )
      }
    />
  )
}
