import { Card, Descriptions, Tag } from 'antd'
import { partnerLabels as L } from '../../../../../shared/domain'
import { api } from '../../../api'
import { AuditHistory } from '../../../components/AuditHistory'
import { formatCount } from '../../../lib/format'
import { DetailPage } from '../DetailPage'
import { FirmTable } from '../FirmTable'
import { show } from '../tags'
import { useProfile } from '../useProfile'
import { ByYearChart, ByYearTable } from './ByYearChart'

/** 招商伙伴档案: who the partner is and the firms it brought in, year by year. */
export function PartnerProfilePage({ id }: { id: number }) {
  const { data: p, error, reload } = useProfile(api.partner.profile, id)
  const partner = p?.partner
  return (
    <DetailPage
      kind="招商伙伴"
      ledger="partner"
      title={partner?.name}
      tags={partner?.type && <Tag color="blue">{partner.type}</Tag>}
      subtitle={p && `引进企业 ${formatCount(p.enterprises.length)} 家`}
      error={error}
      onRetry={reload}
      testId="partner-profile"
    >
      {p && partner && (
        <>
          <Card size="small" title="基本信息" className="detail-card">
            <Descriptions
              size="small"
              bordered
              column={3}
              items={[
                { key: 'type', label: L.type, children: show(partner.type) },
                { key: 'licensedOn', label: L.licensedOn, children: show(partner.licensedOn) },
                { key: 'count', label: '引进企业', children: `${formatCount(p.enterprises.length)} 家` },
                { key: 'contact', label: L.contact, children: show(partner.contact) },
                { key: 'phone', label: L.phone, children: show(partner.phone), span: 2 },
                { key: 'notes', label: L.notes, children: show(partner.notes), span: 3 },
              ]}
            />
          </Card>
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
          <Card size="small" title="变更记录" className="detail-card">
            <AuditHistory entries={p.history} />
          </Card>
        </>
      )}
    </DetailPage>
  )
}
