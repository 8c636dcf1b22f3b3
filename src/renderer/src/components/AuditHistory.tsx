import { ArrowRightOutlined, RollbackOutlined } from '@ant-design/icons'
import { App, Button, Popconfirm, Tag, type TableColumnsType } from 'antd'
import { api } from '../api'
import { errorMessage } from '../lib/errors'
import { formatDateTime } from '../lib/format'
import type { AuditChange, AuditEntry } from '../../../shared/domain/profiles'
import { SmallTable } from './SmallTable'

const ACTION: Record<AuditEntry['action'], { label: string; color: string }> = {
  create: { label: '新建', color: 'green' },
  update: { label: '修改', color: 'blue' },
  delete: { label: '删除', color: 'red' },
}

/** How a stored value reads in a change: 是/否 for flags, (空) for blank, lists joined. */
export function auditValue(v: unknown): string {
  if (v == null || v === '') return '(空)'
  if (typeof v === 'boolean') return v ? '是' : '否'
  if (Array.isArray(v)) return v.length ? v.map(auditValue).join('、') : '(空)'
  if (typeof v === 'object') return JSON.stringify(v)
  return String(v)
}

function Change({ c }: { c: AuditChange }) {
  return (
    <div className="audit-change">
      <span className="audit-field">{c.label || c.field}</span>
      <span className="audit-from">{auditValue(c.from)}</span>
      <ArrowRightOutlined className="audit-arrow" aria-label="改为" />
      <span className="audit-to">{auditValue(c.to)}</span>
    </div>
  )
}

export function Changes({ entry }: { entry: Pick<AuditEntry, 'action' | 'changes'> }) {
  // A new record's every field is "a change from blank": the log says it was created, not how.
  if (entry.action === 'create') return <span className="muted">新建记录</span>
  if (entry.action === 'delete') return <span className="muted">删除记录</span>
  if (!entry.changes.length) return <span className="muted">无字段变化</span>
  return (
    <>
      {entry.changes.map((c) => (
        <Change key={c.field} c={c} />
      ))}
    </>
  )
}

/** When and by whom: the first two columns of every list of changes (a record's, 操作记录). */
export function whenWhoColumns<T extends { at: string; actor: string }>(): TableColumnsType<T> {
  return [
    { title: '时间', dataIndex: 'at', width: 150, render: (at: string) => formatDateTime(at) },
    { title: '操作人', dataIndex: 'actor', width: 110 },
  ]
}

const columns: TableColumnsType<AuditEntry> = [
  ...whenWhoColumns<AuditEntry>(),
  {
    title: '操作',
    dataIndex: 'action',
    width: 120,
    className: 'nowrap',
    render: (a: AuditEntry['action'], e) => (
      <>
        <Tag color={ACTION[a].color}>{ACTION[a].label}</Tag>
        {e.batch && <Tag title={`批次 ${e.batch}`}>批量</Tag>}
      </>
    ),
  },
  { title: '变更内容(字段: 原值 → 新值)', key: 'changes', render: (_, e) => <Changes entry={e} /> },
]

/** Who changed what and when, newest first, from the audit log; any earlier version can be brought back. */
export function AuditHistory({ entries }: { entries: AuditEntry[] }) {
  const { message } = App.useApp()
  const restore = async (e: AuditEntry) => {
    try {
      const r = await api.history.restoreVersion({ auditId: e.id })
      message.success(`已${r.label}(可按 Ctrl+Z 撤销)`)
    } catch (err) {
      message.error(errorMessage(err), 8)
    }
  }
  const withRestore: TableColumnsType<AuditEntry> = [
    ...columns,
    {
      title: '',
      key: 'restore',
      width: 110,
      // The newest line is the record as it is; a delete's line has no version to go back to.
      render: (_, e, i) =>
        i > 0 &&
        e.action !== 'delete' && (
          <Popconfirm
            title="恢复到这个版本?"
            description="记录的各字段将改回这次变更后的内容。"
            okText="恢复"
            onConfirm={() => restore(e)}
          >
            <Button size="small" type="link" icon={<RollbackOutlined />}>
              恢复此版本
            </Button>
          </Popconfirm>
        ),
    },
  ]
  return (
    <SmallTable testId="audit-history" rows={entries} columns={withRestore} pageSize={10} emptyText="暂无变更记录" />
  )
}
