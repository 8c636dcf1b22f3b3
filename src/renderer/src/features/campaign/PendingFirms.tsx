/**
 * The firms in scope not yet visited, grouped by building. Tick firms (or a whole building),
 * choose a visitor, 分配给…: main refuses a firm that moved out, and says so in Chinese.
 */
import { Alert, App, Button, Card, Checkbox, Input, Select, Table, Tag, type TableColumnsType } from 'antd'
import { useMemo, useState, type Key } from 'react'
import type { CampaignPlan, PlanFirm } from '../../../../shared/domain'
import { api } from '../../api'
import { RefSelect } from '../../components/ledger/pickers'
import type { References } from '../../components/ledger/references'
import { errorMessage } from '../../lib/errors'
import { formatCount } from '../../lib/format'
import { visitEntryHref } from './links'
import { filterPending, firmIds, groupByBuilding, type PendingFilter } from './plan'

interface PendingRow {
  key: string | number
  name: string
  firm?: PlanFirm
  /** Group rows: how many of the building's firms are listed and how many have a visitor. */
  count?: number
  assigned?: number
  children?: PendingRow[]
}

/** Above this many firms the buildings start folded. */
const UNFOLD_UP_TO = 120

export function PendingFirms({
  plan,
  refs,
  onChanged,
}: {
  plan: CampaignPlan
  refs: References
  onChanged: () => void
}) {
  const { message } = App.useApp()
  const [filter, setFilter] = useState<PendingFilter>({ assignee: 'all' })
  const [selected, setSelected] = useState<Key[]>([])
  const [staffId, setStaffId] = useState<number | null>(null)
  const [busy, setBusy] = useState(false)
  const [refusal, setRefusal] = useState<string | null>(null)

  const shown = useMemo(() => filterPending(plan.pending, filter), [plan.pending, filter])
  const rows = useMemo<PendingRow[]>(
    () =>
      groupByBuilding(shown).map((g) => ({
        key: g.key,
        name: g.buildingName,
        count: g.firms.length,
        assigned: g.assigned,
        children: g.firms.map((f) => ({ key: f.id, name: f.name, firm: f })),
      })),
    [shown],
  )
  const searching = !!filter.text?.trim()
  const [expanded, setExpanded] = useState<Key[] | null>(null)
  const allKeys = rows.map((r) => r.key)
  const expandedKeys = searching ? allKeys : (expanded ?? (shown.length <= UNFOLD_UP_TO ? allKeys : []))

  // Who has firms of this campaign already: the 走访人 filter's choices.
  const assignees = useMemo(() => {
    const m = new Map<number, string>()
    for (const f of plan.pending)
      if (f.assigneeId != null) m.set(f.assigneeId, f.assigneeName ?? `编号 ${f.assigneeId}`)
    return [...m.entries()].map(([value, label]) => ({ value, label }))
  }, [plan.pending])

  const ids = firmIds(selected)

  const assign = async (to: number | null) => {
    setBusy(true)
    setRefusal(null)
    try {
      const r = await api.campaign.assign({ campaignId: plan.campaign.id, enterpriseIds: ids, staffId: to })
      const who = to == null ? null : (refs.label('staff', to) ?? '所选人员')
      void message.success(
        who ? `已将 ${formatCount(r.assigned)} 家企业分配给${who}` : `已取消 ${formatCount(r.assigned)} 家企业的分配`,
      )
      setSelected([])
      onChanged()
    } catch (e) {
      const text = errorMessage(e)
      setRefusal(text)
      void message.error(text)
    } finally {
      setBusy(false)
    }
  }

  const columns: TableColumnsType<PendingRow> = [
    {
      title: '企业',
      dataIndex: 'name',
      render: (name: string, r) =>
        r.firm ? (
          <span>
            {name}
            {r.firm.isKey && (
              <Tag color="gold" className="key-tag">
                重点
              </Tag>
            )}
          </span>
        ) : (
          <span className="pending-group" data-testid="pending-group">
            <b>{name}</b>
            <span className="muted">
              {' '}
              未走访 {r.count} 家{r.assigned ? ` · 已分配 ${r.assigned}` : ''}
            </span>
          </span>
        ),
    },
    { title: '楼掌柜', key: 'manager', width: 110, render: (_, r) => r.firm?.managerName ?? '' },
    {
      title: '走访人',
      key: 'assignee',
      width: 120,
      render: (_, r) => (r.firm ? (r.firm.assigneeName ?? <span className="muted">未分配</span>) : null),
    },
    {
      title: '',
      key: 'record',
      width: 90,
      render: (_, r) =>
        r.firm && (
          <a href={visitEntryHref({ firm: r.firm.id, campaign: plan.campaign.id })} className="detail-link">
            录入走访
          </a>
        ),
    },
  ]

  return (
    <Card
      size="small"
      title={`未走访企业 ${formatCount(plan.pending.length)} 家`}
      className="pending-card"
      data-testid="pending-firms"
    >
      <div className="pending-toolbar">
        <Input.Search
          allowClear
          placeholder="筛选企业名称"
          style={{ width: 200 }}
          onSearch={(text) => setFilter((f) => ({ ...f, text }))}
          onChange={(e) => !e.target.value && setFilter((f) => ({ ...f, text: '' }))}
          data-testid="pending-search"
        />
        <Select
          style={{ width: 150 }}
          value={filter.assignee}
          onChange={(assignee) => setFilter((f) => ({ ...f, assignee }))}
          options={[{ value: 'all', label: '全部走访人' }, { value: 'none', label: '未分配' }, ...assignees]}
        />
        <Checkbox checked={!!filter.keyOnly} onChange={(e) => setFilter((f) => ({ ...f, keyOnly: e.target.checked }))}>
          仅重点企业
        </Checkbox>
        <span className="toolbar-spacer" />
        <span className="row-count" data-testid="pending-selected">
          已选 {formatCount(ids.length)} 家
        </span>
        <RefSelect
          source="staff"
          refs={refs}
          style={{ width: 160 }}
          placeholder="选择走访人"
          value={staffId ?? undefined}
          onChange={(v) => setStaffId((v as number | undefined) ?? null)}
          data-testid="assign-staff"
        />
        <Button
          type="primary"
          disabled={!ids.length || staffId == null}
          loading={busy}
          onClick={() => void assign(staffId)}
          data-testid="assign-button"
        >
          分配给…
        </Button>
        <Button disabled={!ids.length || busy} onClick={() => void assign(null)}>
          取消分配
        </Button>
      </div>
      {refusal && (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setRefusal(null) }}
          title={refusal}
          className="pending-refusal"
          data-testid="assign-refusal"
        />
      )}
      <Table<PendingRow>
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ y: 520 }}
        rowSelection={{ selectedRowKeys: selected, onChange: setSelected }}
        expandable={{
          expandedRowKeys: expandedKeys,
          onExpandedRowsChange: (keys) => setExpanded([...keys]),
        }}
        locale={{ emptyText: plan.pending.length ? '没有符合筛选条件的企业' : '范围内的企业都已走访' }}
      />
    </Card>
  )
}
