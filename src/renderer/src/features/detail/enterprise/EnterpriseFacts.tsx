import { Card, Tag } from 'antd'
import { enterpriseLabels as L, type EnterpriseProfile } from '../../../../../shared/domain'
import { OptionalLink } from '../../../components/EntityLink'
import { formatCapital } from '../../../lib/format'
import { FactsCard, type FactItems } from '../FactsCard'
import { EnterpriseStatus, FlagTags, show } from '../tags'

function basic({ enterprise: e }: EnterpriseProfile): FactItems {
  return [
    { key: 'name', label: L.name, children: e.name, span: 2 },
    { key: 'shortName', label: L.shortName, children: show(e.shortName) },
    { key: 'formerNames', label: L.formerNames, children: show(e.formerNames) },
    { key: 'industry', label: L.industryId, children: show(e.industryName) },
    { key: 'status', label: L.status, children: <EnterpriseStatus status={e.status} /> },
    { key: 'legalRep', label: L.legalRep, children: show(e.legalRep) },
    { key: 'contact', label: L.contact, children: show(e.contact) },
    { key: 'phone', label: L.phone, children: show(e.phone) },
    { key: 'establishedOn', label: L.establishedOn, children: show(e.establishedOn) },
    { key: 'notes', label: L.notes, children: show(e.notes), span: 2 },
  ]
}

function registration({ enterprise: e }: EnterpriseProfile): FactItems {
  return [
    {
      key: 'creditCode',
      label: L.creditCode,
      children: show(e.creditCode && <span className="credit-code">{e.creditCode}</span>),
    },
    {
      key: 'registrationNo',
      label: L.registrationNo,
      children: show(e.registrationNo && <span className="credit-code">{e.registrationNo}</span>),
    },
    // 注册资本 in its own currency: 1,000 万元, 100 万美元.
    { key: 'capital', label: '注册资本', children: show(formatCapital(e.registeredCapital, e.capitalCurrency)) },
    { key: 'companyType', label: L.companyType, children: show(e.companyType) },
    { key: 'registrationStatus', label: L.registrationStatus, children: show(e.registrationStatus) },
    { key: 'registrationAuthority', label: L.registrationAuthority, children: show(e.registrationAuthority), span: 2 },
    { key: 'registeredAddress', label: L.registeredAddress, children: show(e.registeredAddress), span: 2 },
    { key: 'operatingAddress', label: L.operatingAddress, children: show(e.operatingAddress), span: 2 },
    { key: 'businessScope', label: L.businessScope, children: show(e.businessScope), span: 2 },
  ]
}

function service({ enterprise: e, building, specialist, partner }: EnterpriseProfile): FactItems {
  return [
    {
      key: 'building',
      label: L.buildingId,
      children: (
        <>
          <OptionalLink kind="building" id={building?.id ?? null} name={building?.name ?? e.buildingName} />
          {e.room && <span className="detail-room">{e.room}</span>}
        </>
      ),
    },
    {
      key: 'manager',
      label: '楼掌柜',
      children: <OptionalLink kind="staff" id={building?.managerId ?? null} name={building?.managerName ?? null} />,
    },
    {
      key: 'specialist',
      label: L.specialistId,
      children: <OptionalLink kind="staff" id={specialist?.id ?? null} name={specialist?.name ?? null} />,
    },
    {
      key: 'partner',
      label: L.partnerId,
      children: <OptionalLink kind="partner" id={partner?.id ?? null} name={partner?.name ?? null} />,
    },
    { key: 'settledOn', label: L.settledOn, children: show(e.settledOn) },
  ]
}

/** Every field of the firm, in the four groups the office thinks in. */
export function EnterpriseFacts({ profile }: { profile: EnterpriseProfile }) {
  return (
    <div className="detail-grid">
      <div className="detail-col">
        <FactsCard title="基本信息" column={2} items={basic(profile)} />
        <FactsCard title="注册信息" column={2} items={registration(profile)} />
      </div>
      <div className="detail-col">
        <FactsCard title="服务" column={1} items={service(profile)} />
        <Card size="small" title="标识">
          <div data-testid="enterprise-flags">
            <FlagTags firm={profile.enterprise} />
          </div>
        </Card>
        <Card size="small" title="联盟 / 商会">
          {profile.organisations.length ? (
            profile.organisations.map((o) => (
              <Tag key={o.id} color={o.kind === '商会' ? 'magenta' : 'geekblue'}>
                {o.name}
              </Tag>
            ))
          ) : (
            <span className="muted">未加入</span>
          )}
        </Card>
      </div>
    </div>
  )
}
