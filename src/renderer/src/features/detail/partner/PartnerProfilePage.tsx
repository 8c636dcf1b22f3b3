import { Card, Tag } from 'antd'
import { partnerLabels as L, type PartnerProfile } from '../../../../../shared/domain'
import { api } from '../../../api'
import { formatCount } from '../../../lib/format'
import { FactsCard, type FactItems } from '../FactsCard'
import { FirmTable } from '../FirmTable'
import { HistoryCard } from '../HistoryCard'
import { profilePage, type ProfileHeader } from '../ProfilePage'
import { show } from '../tags'
import { ByYearChart, ByYearTable } from './ByYearChart'

function facts({ partner, enterprises }: PartnerProfile): FactItems {
  return [
    { key: 'type', label: L.type, children: show(partner.type) },
    { key: 'licensedOn', label: L.licensedOn, children: show(partner.licensedOn) },
    { key: 'count', label: '引进企业', children: `${formatCount(enterprises.length)} 家` },
    { key: 'contact', label: L.contact, children: show(partner.contact) },
    { key: 'phone', label: L.phone, children: show(partner.phone), span: 2 },
    { key: 'notes', label: L.notes, children: show(partner.notes), span: 3 },
  ]
}

const header = ({ partner, enterprises }: PartnerProfile): ProfileHeader => ({
  title: partner.name,
  tags: partner.type && <Tag color="blue">{partner.type}</Tag>,
  subtitle: `引进企业 ${formatCount(enterprises.length)} 家`,
})

function Cards({ profile: p }: { profile: PartnerProfile }) {
  return (
    <>
      <FactsCard title="基本信息" column={3} items={facts(p)} className="detail-card" />
      <Card size="small" title="引进企业(按落户年份)" className="detail-card">
        <div className="detail-grid">
          <div className="detail-col">
            <ByYearChart rows={p.byYear} />
          </div>
          <div className="detail-col">
            <ByYearTable rows={p.byYear} />
          </div>
        </div>
      </Card>
      <Card size="small" title={`引进企业名单(${formatCount(p.enterprises.length)} 家)`} className="detail-card">
        <FirmTable
          rows={p.enterprises}
          columns={['industryName', 'settledOn', 'creditCode', 'status']}
          testId="partner-firms"
        />
      </Card>
      <HistoryCard entries={p.history} />
    </>
  )
}

/** 招商伙伴档案: who the partner is and the firms it brought in, year by year. */
export const PartnerProfilePage = profilePage('partner', '招商伙伴', api.partner.profile, header, Cards)
