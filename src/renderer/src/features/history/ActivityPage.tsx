/**
 * 操作记录: every change to the ledger, newest first, one line per action (an edit, a bulk edit,
 * a delete with what went with it, an import, an undo); filters by kind, ledger, person and
 * date; a line opens to each record's fields old → new.
 */
import { DatePicker, Select, Tag, type TableColumnsType } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useCallback, useState } from 'react'
import {
  ACTIVITY_KIND_LABELS,
  ACTIVITY_KINDS,
  type ActivityEntry,
  type ActivityKind,
  type ActivityRecord,
} from '../../../../shared/ipc/channels/history'
import { api } from '../../api'
import { detailHref } from '../../app/useHashRoute'
import { Changes, whenWhoColumns } from '../../components/AuditHistory'
import { LoadError } from '../../components/LoadError'
import { Page } from '../../components/Page'
import { SmallTable } from '../../components/SmallTable'
import { useLoad } from '../../lib/useLoad'
import { HistoryTable, PAGE_SIZE } from './HistoryTable'
import { LedgerFilter } from './LedgerFilter'
import { DETAIL_LEDGERS } from './ledgers'
import './history.css'

const KIND_COLOR: Record<ActivityKind, string> = { change: 'blue', undo: 'orange', redo: 'cyan', restore: 'green' }
const CHANGE_TAGS: [string, string][] = [
  ['新建', 'green'],
  ['删除', 'red'],
  ['导入', 'purple'],
  ['批量修改', 'geekblue'],
]

/** A user's own change says what it was (新建, 删除, 导入 …); the others say undo, redo, restore. */
function kindTag(e: ActivityEntry): [string, string] {
  if (e.kind !== 'change') return [ACTIVITY_KIND_LABELS[e.kind], KIND_COLOR[e.kind]]
  return CHANGE_TAGS.find(([word]) => e.label.startsWith(word)) ?? ['修改', KIND_COLOR.change]
}
const ACTION_LABEL = { create: '新建', update: '修改', delete: '删除' } as const

interface Filters {
  kind?: ActivityKind
  entity?: string
  actor?: string
  range?: [Dayjs | null, Dayjs | null] | null
  page: number
}

const loadActors = () => api.history.actors()

export function ActivityPage() {
  const [f, setF] = useState<Filters>({ page: 1 })
  const load = useCallback(
    () =>
      api.history.activity({
        kind: f.kind,
        entity: f.entity,
        actor: f.actor,
        from: f.range?.[0]?.startOf('day').toISOString(),
        to: f.range?.[1]?.endOf('day').toISOString(),
        offset: (f.page - 1) * PAGE_SIZE,
        limit: PAGE_SIZE,
      }),
    [f],
  )
  const loaded = useLoad(load)
  const actors = useLoad(loadActors)
  const set = (patch: Partial<Filters>) => setF((old) => ({ ...old, ...patch, page: patch.page ?? 1 }))

  const columns: TableColumnsType<ActivityEntry> = [
    ...whenWhoColumns<ActivityEntry>(),
    {
      title: '类型',
      dataIndex: 'kind',
      width: 120,
      render: (_: ActivityKind, e) => (
        <>
          <Tag color={kindTag(e)[1]}>{kindTag(e)[0]}</Tag>
          {e.undone && <Tag>已撤销</Tag>}
        </>
      ),
    },
    { title: '内容', dataIndex: 'label', render: (l: string) => <span data-testid="activity-label">{l}</span> },
    { title: '记录数', dataIndex: 'records', width: 80, align: 'right' },
  ]

  return (
    <Page title="操作记录" subtitle={loaded.data && `共 ${loaded.data.total} 项`} scroll>
      <div className="history-filters">
        <Select
          allowClear
          placeholder="全部类型"
          style={{ width: 120 }}
          value={f.kind}
          onChange={(kind: ActivityKind | undefined) => set({ kind })}
          options={ACTIVITY_KINDS.map((k) => ({ value: k, label: ACTIVITY_KIND_LABELS[k] }))}
          aria-label="类型"
        />
        <LedgerFilter value={f.entity} onChange={(entity) => set({ entity })} />
        <Select
          allowClear
          placeholder="全部人员"
          style={{ width: 140 }}
          value={f.actor}
          onChange={(actor: string | undefined) => set({ actor })}
          options={(actors.data ?? []).map((a) => ({ value: a, label: a }))}
          aria-label="操作人"
        />
        <DatePicker.RangePicker
          value={f.range ?? null}
          onChange={(range) => set({ range })}
          disabledDate={(d) => d.isAfter(dayjs(), 'day')}
        />
      </div>
      <HistoryTable<ActivityEntry>
        loaded={loaded}
        page={f.page}
        onPage={(page) => set({ page })}
        columns={columns}
        testId="activity-table"
        emptyText="没有符合条件的操作"
        expandable={{ expandedRowRender: (e) => <BatchRecords batch={e.batch} /> }}
      />
    </Page>
  )
}

function BatchRecords({ batch }: { batch: string }) {
  const load = useCallback(() => api.history.records({ batch }), [batch])
  const { data, error, reload } = useLoad(load)
  if (error) return <LoadError message={error} onRetry={reload} />
  return (
    <SmallTable<ActivityRecord>
      testId="batch-records"
      rows={data ?? []}
      loading={!data}
      rowKey="auditId"
      pageSize={10}
      emptyText="这次操作没有改动记录"
      columns={[
        {
          title: '记录',
          width: 280,
          render: (_, r) => (
            <>
              <span className="muted">{r.label} </span>
              {r.ledger && DETAIL_LEDGERS.has(r.ledger) && r.action !== 'delete' ? (
                <a href={detailHref(r.ledger, r.entityId)}>{r.title}</a>
              ) : (
                r.title
              )}
            </>
          ),
        },
        { title: '操作', dataIndex: 'action', width: 70, render: (a: ActivityRecord['action']) => ACTION_LABEL[a] },
        {
          title: '变更内容(字段: 原值 → 新值)',
          render: (_, r) => <Changes entry={{ action: r.action, changes: r.changes }} />,
        },
      ]}
    />
  )
}
