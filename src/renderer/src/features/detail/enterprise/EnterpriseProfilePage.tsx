import { Card } from 'antd'
import { CLOSED_STATUSES, type EnterpriseProfile } from '../../../../../shared/domain'
import { api } from '../../../api'
import { formatCount } from '../../../lib/format'
import { HistoryCard } from '../HistoryCard'
import { profilePage, type ProfileHeader } from '../ProfilePage'
import { requestsTile, StatTiles, type Tile } from '../StatTiles'
import { EnterpriseStatus } from '../tags'
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
    requestsTile({ total: p.requests.length, open, overdue }),
    { label: '房租减免', value: formatCount(p.rentReliefs.length), unit: '笔', note: reliefTotalText(p.rentReliefs) },
    { label: '参加活动', value: formatCount(p.events.length), unit: '场' },
    { label: '联盟 / 商会', value: formatCount(p.organisations.length), unit: '个' },
  ]
}

const header = ({ enterprise: e }: EnterpriseProfile): ProfileHeader => ({
  title: e.name,
  tags: <EnterpriseStatus status={e.status} />,
  subtitle: [e.shortName, e.creditCode].filter(Boolean).join(' · '),
})

function Cards({ profile: p }: { profile: EnterpriseProfile }) {
  return (
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
      <HistoryCard entries={p.history} />
    </>
  )
}

/** 一企一档: everything the office knows about one firm, from one call. */
export const EnterpriseProfilePage = profilePage('enterprise', '一企一档', api.enterprise.profile, header, Cards)
