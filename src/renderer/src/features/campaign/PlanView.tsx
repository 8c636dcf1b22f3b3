/**
 * One campaign's plan: how far it has come (visited / in scope), by building and by 楼掌柜, and
 * the firms still to visit, grouped by building, to be shared out among the visitors.
 */
import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons'
import { Button, Card, Progress, Spin, Tag } from 'antd'
import { useCallback, useEffect } from 'react'
import { localToday, type CampaignPlan, type CampaignScope } from '../../../../shared/domain'
import { api, onDataChanged } from '../../api'
import { navigate } from '../../app/useHashRoute'
import { LoadError } from '../../components/LoadError'
import { Page } from '../../components/Page'
import { useReferences } from '../../components/ledger/useReferences'
import { formatCount } from '../../lib/format'
import { useLoad } from '../../lib/useLoad'
import { describeScope } from './CampaignList'
import { FieldBooksCard } from '../fieldbooks/FieldBooksCard'
import { GroupProgress } from './GroupProgress'
import { PLAN_PATH, visitEntryHref } from './links'
import { PendingFirms } from './PendingFirms'
import { campaignState, progressPercent } from './plan'
import './campaign.css'

const SOURCES = ['building', 'industry', 'staff'] as const

export function PlanView({ id }: { id: number }) {
  const load = useCallback(() => api.campaign.plan({ id }), [id])
  const { data: plan, error, reload } = useLoad<CampaignPlan>(load)
  const refs = useReferences(SOURCES)

  // Visits recorded anywhere (录入走访, the visit grid, an import) move the plan on.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const off = onDataChanged((channel) => {
      if (!/^(visit|campaign|enterprise|building):/.test(channel)) return
      clearTimeout(timer)
      timer = setTimeout(reload, 200)
    })
    return () => {
      clearTimeout(timer)
      off()
    }
  }, [reload])

  const title = plan ? plan.campaign.name : '走访计划'
  return (
    <Page title={title} subtitle={plan && <PlanSubtitle plan={plan} />} scroll>
      {error && <LoadError message={error} onRetry={reload} />}
      {!error && (!plan || !refs.ready) && <Spin className="page-spin" />}
      {plan && refs.ready && (
        <div className="plan" data-testid="campaign-plan">
          <div className="plan-top">
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(PLAN_PATH)}>
              全部走访活动
            </Button>
            <span className="plan-scope">
              走访范围:{describeScope(plan.campaign.scope as CampaignScope, refs.refs)}
            </span>
            <span className="toolbar-spacer" />
            <Button type="primary" icon={<EditOutlined />} href={visitEntryHref({ campaign: plan.campaign.id })}>
              录入走访
            </Button>
          </div>
          <PlanSummary plan={plan} />
          <div className="plan-groups">
            <Card size="small" title="按楼宇" data-testid="progress-by-building">
              <GroupProgress groups={plan.byBuilding} nameTitle="楼宇" />
            </Card>
            <Card size="small" title="按楼掌柜" data-testid="progress-by-manager">
              <GroupProgress groups={plan.byManager} nameTitle="楼掌柜" />
            </Card>
          </div>
          <FieldBooksCard
            kind="visit-tasks"
            campaignId={plan.campaign.id}
            names={{ manager: named(plan.byManager), building: named(plan.byBuilding) }}
          />
          <PendingFirms plan={plan} refs={refs.refs} onChanged={reload} />
        </div>
      )}
    </Page>
  )
}

/** The groups that are someone (or some building): not the (无楼掌柜) catch-all. */
function named(groups: CampaignPlan['byManager']): string[] {
  return groups.filter((g) => g.key !== null).map((g) => g.name)
}

function PlanSubtitle({ plan }: { plan: CampaignPlan }) {
  const c = plan.campaign
  return (
    <span>
      <Tag>{c.kind}</Tag>
      {c.startOn} 至 {c.endOn}
      <Tag className="plan-state" color={campaignState(c, localToday()) === '进行中' ? 'green' : undefined}>
        {campaignState(c, localToday())}
      </Tag>
    </span>
  )
}

function PlanSummary({ plan }: { plan: CampaignPlan }) {
  const assigned = plan.pending.filter((f) => f.assigneeId != null).length
  const left = plan.inScope - plan.visited
  return (
    <Card size="small" className="plan-summary" data-testid="plan-summary">
      <div className="plan-summary-progress">
        <div className="plan-summary-label">走访覆盖率</div>
        <Progress
          percent={progressPercent(plan.visited, plan.inScope)}
          format={(p) => `${p}%`}
          strokeWidth={14}
          data-testid="plan-progress"
        />
      </div>
      <div className="plan-figures">
        <Figure label="应走访" value={plan.inScope} testId="plan-in-scope" />
        <Figure label="已走访" value={plan.visited} testId="plan-visited" strong />
        <Figure label="未走访" value={left} testId="plan-left" />
        <Figure label="未走访中已分配" value={assigned} testId="plan-assigned" />
      </div>
    </Card>
  )
}

function Figure({ label, value, testId, strong }: { label: string; value: number; testId: string; strong?: boolean }) {
  return (
    <div className="plan-figure" data-testid={testId}>
      <div className="plan-figure-label">{label}</div>
      <div className={strong ? 'plan-figure-value strong' : 'plan-figure-value'}>
        {formatCount(value)}
        <span className="plan-figure-unit">家</span>
      </div>
    </div>
  )
}
