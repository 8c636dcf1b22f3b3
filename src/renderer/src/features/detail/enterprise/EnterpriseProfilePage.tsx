import { Card } from 'antd'
import { CLOSED_STATUSES, type EnterpriseProfile } from '../../../../../shared/domain'
import { api } from '../../../api'
import { AuditHistory } from '../../../components/AuditHistory'
import { formatCount } from '../../../lib/format'
import { DetailPage } from '../DetailPage'
import { StatTiles, type Tile } from '../StatTiles'
import { EnterpriseStatus } from '../tags'
import { useProfile } from '../useProfile'
import { ActivityTimeline } from './ActivityTimeline'
import { EnterpriseFacts } from './EnterpriseFacts'
import { EventTable, reliefTotalText, RentReliefTable } from './RelatedTables'

function tiles(p: EnterpriseProfile): Tile[] {
  const open = p.requests.filter((r) => !CLOSED_STATUSES.includes(r.status ?? '')).length
  const overdue = p.requests.filter((r) => r.overdue).length
  const lastVisit = p.visits.reduce<string | null>((m, v) => (m == null || v.visitedOn > m ? v.visitedOn : m), null)
  return [
    {
      label: '走访',
      value: formatCount(p.visits.length),
      unit: '次',
      note: lastVisit ? `最近 ${lastVisit}` : '尚未走访',
      testId: 'tile-visits',
    },
    {
      label: '诉求',
      value: formatCount(p.requests.length),
      unit: '件',
      note: (
        <>
          未办结 {open}
          {overdue > 0 && <span className="overdue"> · 逾期 {overdue}</span>}
        </>
      ),
      testId: 'tile-requests',
    },
    { label: '房租减免', value: formatCount(p.rentReliefs.length), unit: '笔', note: reliefTotalText(p.rentReliefs) },
    { label: '参加活动', value: formatCount(p.events.length), unit: '场' },
    { label: '联盟 / 商会', value: formatCount(p.organisations.length), unit: '个' },
  ]
}

/** 一企一档: everything the office knows about one firm, from one call. */
export function EnterpriseProfilePage({ id }: { id: number }) {
  const { data: p, error, reload } = useProfile(api.enterprise.profile, id)
  const e = p?.enterprise
  return (
    <DetailPage
      kind="一企一档"
      ledger="enterprise"
      title={e?.name}
      tags={e && <EnterpriseStatus status={e.status} />}
      subtitle={e && [e.shortName, e.creditCode].filter(Boolean).join(' · ')}
      error={error}
      onRetry={reload}
      testId="enterprise-profile"
    >
      {p && (
        <>
          <StatTiles tiles={tiles(p)} />
          <EnterpriseFacts profile={p} />
          <div className="detail-grid">
            <div className="detail-col">
              <Card size="small" title="走访与诉求">
                <ActivityTimeline visits={p.visits} requests={p.requests} />
              </Card>
            </div>
            <div className="detail-col">
              <Card size="small" title="房租减免">
                <RentReliefTable rows={p.rentReliefs} />
              </Card>
              <Card size="small" title="参加活动">
                <EventTable rows={p.events} />
              </Card>
            </div>
          </div>
          <Card size="small" title="变更记录" className="detail-card">
            <AuditHistory entries={p.history} />
          </Card>
        </>
      )}
    </DetailPage>
  )
}
