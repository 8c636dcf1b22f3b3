import { Table, type TableColumnsType, type TableProps } from 'antd'
import type { ReactNode } from 'react'

export interface SmallTableProps<T> {
  /** On the wrapper, which also holds the toolbar: tests find the table and its filter by it. */
  testId: string
  rows: T[]
  columns: TableColumnsType<T>
  rowKey: TableProps<T>['rowKey']
  /** Said in the table when there are no rows: 暂无变更记录, 不是楼掌柜 … */
  emptyText: string
  /** Paged only with more rows than this, so a short list shows no pager; never paged without it. */
  pageSize?: number
  /** The pager's count: 共 12 家. */
  totalText?: (total: number) => string
  summary?: TableProps<T>['summary']
  /** Above the table, such as a filter box. */
  toolbar?: ReactNode
}

/** The small table of a record's related rows (its firms, visits, changes …) that a card holds. */
export function SmallTable<T extends object>({
  testId,
  rows,
  columns,
  rowKey,
  emptyText,
  pageSize,
  totalText,
  summary,
  toolbar,
}: SmallTableProps<T>) {
  return (
    <div data-testid={testId}>
      {toolbar}
      <Table<T>
        size="small"
        rowKey={rowKey}
        columns={columns}
        dataSource={rows}
        pagination={
          pageSize !== undefined && rows.length > pageSize
            ? { pageSize, size: 'small', showSizeChanger: false, showTotal: totalText }
            : false
        }
        locale={{ emptyText }}
        summary={summary}
      />
    </div>
  )
}
