import { Table, type TableColumnsType, type TableProps } from 'antd'
import type { ReactNode } from 'react'

export interface TotalCell {
  content: ReactNode
  /** Columns the cell spans (1 unless said). */
  span?: number
  align?: 'right'
}

export interface SmallTableProps<T> {
  /** On the wrapper, which also holds the toolbar: tests find the table and its filter by it. */
  testId: string
  rows: T[]
  columns: TableColumnsType<T>
  /** Which field keys a row: `id` unless said. */
  rowKey?: TableProps<T>['rowKey']
  /** Said in the table when there are no rows: 暂无变更记录, 不是楼掌柜 … */
  emptyText: string
  /** Paged only with more rows than this, so a short list shows no pager; never paged without it. */
  pageSize?: number
  /** The pager's count: 共 12 家. */
  totalText?: (total: number) => string
  /** A 合计 row under the rows (none when there are no rows): its cells, left to right. */
  totals?: TotalCell[]
  /** Rows still on their way: the table shows a spinner. */
  loading?: boolean
  /** Above the table, such as a filter box. */
  toolbar?: ReactNode
}

/** The small table of a record's related rows (its firms, visits, changes …) that a card holds. */
export function SmallTable<T extends object>({
  testId,
  rows,
  columns,
  rowKey = 'id',
  emptyText,
  pageSize,
  totalText,
  totals,
  loading,
  toolbar,
}: SmallTableProps<T>) {
  return (
    <div data-testid={testId}>
      {toolbar}
      <Table<T>
        size="small"
        rowKey={rowKey}
        loading={loading}
        columns={columns}
        dataSource={rows}
        pagination={
          pageSize !== undefined && rows.length > pageSize
            ? { pageSize, size: 'small', showSizeChanger: false, showTotal: totalText }
            : false
        }
        locale={{ emptyText }}
        summary={totals && rows.length > 0 ? () => <TotalRow cells={totals} /> : undefined}
      />
    </div>
  )
}

function TotalRow({ cells }: { cells: TotalCell[] }) {
  // Each cell's index is the first column it covers.
  const starts = cells.map((_, i) => cells.slice(0, i).reduce((n, c) => n + (c.span ?? 1), 0))
  return (
    <Table.Summary.Row className="table-total">
      {cells.map((c, i) => (
        <Table.Summary.Cell key={starts[i]} index={starts[i]} colSpan={c.span} align={c.align}>
          {c.content}
        </Table.Summary.Cell>
      ))}
    </Table.Summary.Row>
  )
}
