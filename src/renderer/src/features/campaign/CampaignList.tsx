/** 走访计划 without a campaign chosen: every campaign, newest first, and 新建走访活动. */
import { PlusOutlined } from '@ant-design/icons'
import { Button, Spin, Table, Tag, type TableColumnsType } from 'antd'
import { useCallback, useState } from 'react'
import { CAMPAIGN_SCOPE_LABELS, localToday, type Campaign, type CampaignScope } from '../../../../shared/domain'
import { api } from '../../api'
import { navigate } from '../../app/useHashRoute'
import { LoadError } from '../../components/LoadError'
import { Page } from '../../components/Page'
import type { References } from '../../components/ledger/references'
import { useReferences } from '../../components/ledger/useReferences'
import { formatCount } from '../../lib/format'
import { useLoad } from '../../lib/useLoad'
import { CampaignForm } from './CampaignForm'
import { PLAN_PATH, planHref } from './links'
import { campaignState } from './plan'
import './campaign.css'

const SOURCES = ['building', 'industry'] as const

const loadCampaigns = () =>
  api.campaign.list().then((list) => [...list].sort((a, b) => (a.startOn < b.startOn ? 1 : -1)))

/** 全部在营企业 / 指定楼宇:紫荆广场、旭辉广场. */
export function describeScope(scope: CampaignScope | null | undefined, refs: References): string {
  const s = scope ?? { kind: 'all' }
  const label = CAMPAIGN_SCOPE_LABELS[s.kind]
  if (s.kind !== 'buildings' && s.kind !== 'industries') return label
  const source = s.kind === 'buildings' ? 'building' : 'industry'
  const names = s.ids.map((id) => refs.label(source, id) ?? `编号 ${id}`)
  return `${label}:${names.slice(0, 4).join('、')}${names.length > 4 ? ` 等 ${names.length} 个` : ''}`
}

const STATE_COLORS = { 未开始: 'default', 进行中: 'green', 已结束: 'default' } as const

export function CampaignList() {
  const { data, error, reload } = useLoad(loadCampaigns)
  const refs = useReferences(SOURCES)
  const [creating, setCreating] = useState(false)
  const today = localToday()
  const open = useCallback((c: Campaign) => navigate(`${PLAN_PATH}/${c.id}`), [])

  const columns: TableColumnsType<Campaign> = [
    {
      title: '活动名称',
      dataIndex: 'name',
      render: (name: string, c) => <a href={planHref(c.id)}>{name}</a>,
    },
    { title: '类型', dataIndex: 'kind', width: 110 },
    { title: '开始日期', dataIndex: 'startOn', width: 110 },
    { title: '结束日期', dataIndex: 'endOn', width: 110 },
    {
      title: '状态',
      key: 'state',
      width: 90,
      render: (_, c) => {
        const s = campaignState(c, today)
        return <Tag color={STATE_COLORS[s]}>{s}</Tag>
      },
    },
    {
      title: '走访范围',
      dataIndex: 'scope',
      width: 260,
      ellipsis: true,
      render: (scope: CampaignScope | null) => describeScope(scope, refs.refs),
    },
    {
      title: '走访记录',
      dataIndex: 'visitCount',
      width: 100,
      align: 'right',
      render: (n: number) => `${formatCount(n)} 条`,
    },
    {
      title: '',
      key: 'open',
      width: 96,
      render: (_, c) => (
        <Button size="small" type="link" onClick={() => open(c)}>
          查看计划
        </Button>
      ),
    },
  ]

  return (
    <Page title="走访计划" subtitle="冬令/夏令大走访、营商服务主题月:计划、进度与分配" scroll>
      <div className="campaign-list-toolbar">
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-campaign">
          新建走访活动
        </Button>
        {data && <span className="row-count">共 {formatCount(data.length)} 个</span>}
      </div>
      {error ? (
        <LoadError message={error} onRetry={reload} />
      ) : !refs.ready ? (
        <Spin className="page-spin" />
      ) : (
        <Table<Campaign>
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={data}
          loading={!data}
          pagination={false}
          locale={{ emptyText: '还没有走访活动' }}
          onRow={(c) => ({ onDoubleClick: () => open(c) })}
          data-testid="campaign-list"
        />
      )}
      {creating && refs.ready && (
        <CampaignForm refs={refs.refs} onClose={() => setCreating(false)} onCreated={(c) => open(c)} />
      )}
    </Page>
  )
}
