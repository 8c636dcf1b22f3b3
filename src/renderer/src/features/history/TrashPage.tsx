/**
 * 回收站: records deleted by hand, newest first, each with what was deleted along with it;
 * 恢复 brings them back as they were (refused, with the reason, when that would overwrite a
 * later change); 彻底删除 takes one out of the bin.
 */
import { DangerConfirm } from '../../components/DangerConfirm'
import { App, Button, Space, type TableColumnsType } from 'antd'
import { useCallback, useState } from 'react'
import type { TrashItem } from '../../../../shared/ipc/channels/history'
import { api } from '../../api'
import { detailHref } from '../../app/useHashRoute'
import { Page } from '../../components/Page'
import { errorMessage } from '../../lib/errors'
import { formatDateTime } from '../../lib/format'
import { useLoad } from '../../lib/useLoad'
import { HistoryTable, PAGE_SIZE } from './HistoryTable'
import { LedgerFilter } from './LedgerFilter'
import { DETAIL_LEDGERS } from './ledgers'
import './history.css'

export function TrashPage() {
  const { message } = App.useApp()
  const [entity, setEntity] = useState<string>()
  const [page, setPage] = useState(1)
  const load = useCallback(
    () => api.history.trash({ entity, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE }),
    [entity, page],
  )
  const loaded = useLoad(load)

  const restore = async (t: TrashItem) => {
    try {
      const r = await api.history.restore({ batch: t.batch })
      message.success(`已恢复${r.label}`)
      if (DETAIL_LEDGERS.has(t.entity)) {
        const href = detailHref(t.entity, t.entityId)
        message.info(<a href={href}>打开“{t.title}”</a>)
      }
    } catch (e) {
      message.error(errorMessage(e), 8)
    }
  }
  const purge = async (t: TrashItem) => {
    try {
      await api.history.purge({ batch: t.batch })
      message.success(`已彻底删除“${t.title}”`)
    } catch (e) {
      message.error(errorMessage(e), 8)
    }
  }

  const columns: TableColumnsType<TrashItem> = [
    { title: '删除时间', dataIndex: 'at', width: 150, render: (at: string) => formatDateTime(at) },
    { title: '操作人', dataIndex: 'actor', width: 110 },
    { title: '类型', dataIndex: 'label', width: 120 },
    { title: '名称', dataIndex: 'title', render: (t: string) => <span data-testid="trash-title">{t}</span> },
    {
      title: '一并删除',
      dataIndex: 'along',
      width: 110,
      render: (n: number) => (n ? `相关记录 ${n} 条` : <span className="muted">无</span>),
    },
    {
      title: '',
      key: 'actions',
      width: 190,
      render: (_, t) => (
        <Space size="small">
          <Button size="small" type="primary" onClick={() => void restore(t)} aria-label={`恢复 ${t.title}`}>
            恢复
          </Button>
          <DangerConfirm
            title="彻底删除?"
            content="彻底删除后不能再从回收站恢复(操作记录中仍保留它的历史)。"
            okText="彻底删除"
            onConfirm={() => purge(t)}
          >
            <Button size="small" danger>
              彻底删除
            </Button>
          </DangerConfirm>
        </Space>
      ),
    },
  ]

  return (
    <Page title="回收站" subtitle={loaded.data && `共 ${loaded.data.total} 项`} scroll>
      <div className="history-filters">
        <LedgerFilter
          value={entity}
          onChange={(v) => {
            setEntity(v)
            setPage(1)
          }}
        />
        <span className="muted">被删除的记录在这里保留,可随时恢复;Ctrl+Z 也能撤销刚才的删除。</span>
      </div>
      <HistoryTable<TrashItem>
        loaded={loaded}
        page={page}
        onPage={setPage}
        columns={columns}
        testId="trash-table"
        emptyText="回收站是空的"
      />
    </Page>
  )
}
