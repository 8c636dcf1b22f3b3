/**
 * Field workbooks on a page (issue #17): 生成 the 走访任务表 (plan page) or 诉求派单表 (督办), each
 * saved as a file for the person or unit it goes to, and who has answered: sent on X, returned
 * on Y, N of M done. The filled workbooks come back through 导入 (drop them on the window).
 */
import { FileExcelOutlined } from '@ant-design/icons'
import { App, Button, Card, Progress, Select, Space, Table, Tag, type TableColumnsType } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import {
  FIELD_BOOK_LABELS,
  TASK_GROUPINGS,
  type FieldBookKind,
  type FieldBookStatus,
  type TaskGrouping,
} from '../../../../shared/domain/field-workbooks'
import type { FieldBookFiles } from '../../../../shared/ipc/channels/fieldbooks'
import { api, onDataChanged } from '../../api'
import { errorMessage } from '../../lib/errors'
import { saveBase64 } from '../../lib/download'
import { inShell, saveInShell } from '../../lib/shell'
import { useLoad } from '../../lib/useLoad'
import { progressPercent } from '../campaign/plan'

interface Props {
  kind: FieldBookKind
  /** The plan's campaign (task sheets); none for dispatch sheets. */
  campaignId?: number
  /** Whom a workbook can go to, by grouping: the names the page already shows. */
  names?: Partial<Record<TaskGrouping | 'unit', string[]>>
}

const day = (at: string | null) => (at ? at.slice(0, 10) : null)

export function FieldBooksCard({ kind, campaignId, names = {} }: Props) {
  const { message } = App.useApp()
  const label = FIELD_BOOK_LABELS[kind]
  const [by, setBy] = useState<TaskGrouping>('manager')
  const [only, setOnly] = useState<string[]>([])
  const [busy, setBusy] = useState(false)
  const load = useCallback(() => api.fieldbook.status({ kind, campaignId: campaignId ?? null }), [kind, campaignId])
  const { data: status, reload } = useLoad<FieldBookStatus[]>(load)

  // A returned workbook is an import; a visit or a request moved anywhere moves "done".
  useEffect(
    () =>
      onDataChanged((channel) => {
        if (/^(import|visit|request|history|fieldbook):/.test(channel)) reload()
      }),
    [reload],
  )

  const choices = kind === 'dispatch' ? names.unit : names[by]
  async function send() {
    setBusy(true)
    try {
      const picked = only.length ? only : undefined
      const tasks = { campaignId: campaignId!, by, only: picked }
      let files: string[]
      if (inShell()) {
        // The desktop app: main asks for a folder and writes every file there itself.
        const answer = await saveInShell(
          kind === 'dispatch'
            ? { what: 'fieldbook:dispatch', input: { only: picked } }
            : { what: 'fieldbook:tasks', input: tasks },
        )
        if (!answer.saved) return
        files = answer.files ?? []
      } else {
        const result: FieldBookFiles =
          kind === 'dispatch'
            ? await api.fieldbook.sendDispatch({ only: picked })
            : await api.fieldbook.sendTasks(tasks)
        for (const f of result.files) saveBase64(f)
        files = result.files.map((f) => f.fileName)
      }
      void message.success(`已生成${label} ${files.length} 个文件:${files.join('、')}`)
      reload()
    } catch (e) {
      void message.error(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  const columns: TableColumnsType<FieldBookStatus> = [
    { title: '发给', dataIndex: 'name', ellipsis: true, render: (n: string, s) => <span title={s.file}>{n}</span> },
    { title: '发出', dataIndex: 'sentAt', width: 110, render: day },
    {
      title: '交回',
      dataIndex: 'returnedAt',
      width: 110,
      render: (at: string | null) => (at ? day(at) : <Tag>未交回</Tag>),
    },
    {
      title: kind === 'dispatch' ? '已办结' : '已走访',
      key: 'done',
      width: 200,
      render: (_, s) => (
        <Space size={8}>
          <span className="fieldbook-count">
            {s.done} / {s.total}
          </span>
          <Progress size="small" style={{ width: 100 }} percent={progressPercent(s.done, s.total)} />
        </Space>
      ),
    },
  ]

  return (
    <Card
      size="small"
      title={`${label}:谁已交回`}
      data-testid={`fieldbooks-${kind}`}
      extra={
        <Space wrap>
          {kind === 'visit-tasks' && (
            <Select<TaskGrouping>
              aria-label="按谁生成"
              value={by}
              style={{ width: 120 }}
              onChange={(v) => {
                setBy(v)
                setOnly([])
              }}
              options={Object.entries(TASK_GROUPINGS).map(([value, l]) => ({
                value: value as TaskGrouping,
                label: `按${l}`,
              }))}
            />
          )}
          {choices && (
            <Select
              aria-label="只发给"
              mode="multiple"
              allowClear
              placeholder="全部"
              value={only}
              onChange={setOnly}
              style={{ minWidth: 160, maxWidth: 320 }}
              options={choices.map((n) => ({ value: n, label: n }))}
            />
          )}
          <Button icon={<FileExcelOutlined />} loading={busy} onClick={() => void send()}>
            生成{label}
          </Button>
        </Space>
      }
    >
      <Table<FieldBookStatus>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={status ?? []}
        loading={!status}
        pagination={false}
        locale={{ emptyText: `尚未生成${label}` }}
      />
    </Card>
  )
}
