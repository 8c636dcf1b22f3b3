import { Table, type TableColumnsType, type TableProps } from 'antd'
import { LoadError } from '../../components/LoadError'
import type { Loaded } from '../../lib/useLoad'

/** Lines a page in 操作记录 and 回收站; main pages the list, so each page asks for this many. */
export const PAGE_SIZE = 30

interface Props<T extends { batch: string }> {
  loaded: Pick<Loaded<{ items: T[]; total: number }>, 'data' | 'error' | 'reload'>
  /** 1-based, as the pager counts. */
  page: number
  onPage: (page: number) => void
  columns: TableColumnsType<T>
  testId: string
  emptyText: string
  expandable?: TableProps<T>['expandable']
}

/**
 * The list of 操作记录 and of 回收站: one line a batch (what one action did), paged by main,
 * and in its place the reason with 重试 when the page could not be loaded.
 */
export function HistoryTable<T extends { batch: string }>(props: Props<T>) {
  const { loaded, page, onPage, columns, testId, emptyText, expandable } = props
  const { data, error, reload } = loaded
  if (error) return <LoadError message={error} onRetry={reload} />
  return (
    <Table<T>
      size="small"
      rowKey="batch"
      loading={!data}
      columns={columns}
      dataSource={data?.items}
      data-testid={testId}
      expandable={expandable}
      pagination={{
        current: page,
        pageSize: PAGE_SIZE,
        total: data?.total ?? 0,
        showSizeChanger: false,
        size: 'small',
        onChange: onPage,
      }}
      locale={{ emptyText }}
    />
  )
}
