/**
 * 疑似重复 (issue #20): groups of firms that are likely one, each with its reasons and score.
 * 合并… opens the records side by side; 不是重复 keeps the group apart from now on.
 */
import { App, Button, Popconfirm, Space, Table, Tag, type TableColumnsType } from 'antd'
import { useCallback, useState } from 'react'
import type { DuplicateGroup } from '../../../../shared/ipc/channels/dedupe'
import { api } from '../../api'
import { detailHref } from '../../app/useHashRoute'
import { Page } from '../../components/Page'
import { errorMessage } from '../../lib/errors'
import { useLoad } from '../../lib/useLoad'
import { MergeDialog } from './MergeDialog'
import './dedupe.css'

const load = () => api.dedupe.find()

export function DedupePage() {
  const { message } = App.useApp()
  const loaded = useLoad(load)
  const [merging, setMerging] = useState<number[] | null>(null)
  const groups = loaded.data?.groups

  const dismiss = useCallback(
    async (g: DuplicateGroup) => {
      try {
        await api.dedupe.dismiss({ ids: g.ids })
        message.success(`已标记为不是重复:${g.names.join('、')}`)
        loaded.reload()
      } catch (e) {
        message.error(errorMessage(e), 8)
      }
    },
    [loaded, message],
  )

  const columns: TableColumnsType<DuplicateGroup> = [
    {
      title: '可信度',
      dataIndex: 'score',
      width: 90,
      render: (s: number) => <Tag color={s >= 80 ? 'red' : s >= 70 ? 'orange' : 'gold'}>{s}</Tag>,
    },
    {
      title: '企业',
      key: 'firms',
      render: (_, g) => (
        <div className="dedupe-firms">
          {g.ids.map((id, i) => (
            <div key={id}>
              <a href={detailHref('enterprise', id)}>{g.names[i]}</a> <span className="muted">#{id}</span>
            </div>
          ))}
        </div>
      ),
    },
    {
      title: '理由',
      dataIndex: 'reasons',
      render: (rs: string[]) => rs.map((r) => <Tag key={r}>{r}</Tag>),
    },
    {
      title: '',
      key: 'actions',
      width: 180,
      render: (_, g) => (
        <Space size="small">
          <Button size="small" type="primary" onClick={() => setMerging(g.ids)} aria-label={`合并 ${g.names[0]}`}>
            合并…
          </Button>
          <Popconfirm
            title="不是重复?"
            description="这几家企业以后不再一起列为疑似重复。"
            okText="不是重复"
            onConfirm={() => dismiss(g)}
          >
            <Button size="small">不是重复</Button>
          </Popconfirm>
        </Space>
      ),
    },
  ]

  return (
    <Page title="疑似重复" subtitle={groups && `共 ${groups.length} 组`} scroll>
      <p className="muted">
        <a href="#/enterprise">← 企业名录</a>
      </p>
      <p className="muted">
        按规范化后的名称、曾用名、注册号、联系电话、楼宇房间与拼音找出可能是同一家的企业。合并后可按 Ctrl+Z 撤销。
      </p>
      {loaded.error && <p className="error">{loaded.error}</p>}
      <Table<DuplicateGroup>
        rowKey={(g) => g.ids.join(',')}
        dataSource={groups}
        columns={columns}
        loading={!groups && !loaded.error}
        size="small"
        pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
        locale={{ emptyText: '没有发现疑似重复的企业' }}
        data-testid="dedupe-table"
      />
      {merging && (
        <MergeDialog
          ids={merging}
          onClose={() => setMerging(null)}
          onMerged={() => {
            setMerging(null)
            loaded.reload()
          }}
        />
      )}
    </Page>
  )
}
