import { Card, Descriptions, Tag } from 'antd'
import { buildingLabels as L, type BuildingProfile } from '../../../../../shared/domain'
import { api } from '../../../api'
import { AuditHistory } from '../../../components/AuditHistory'
import { OptionalLink } from '../../../components/EntityLink'
import { formatCount } from '../../../lib/format'
import { DetailPage } from '../DetailPage'
import { FirmTable } from '../FirmTable'
import { moneyText } from '../format'
import { StatTiles, type Tile } from '../StatTiles'
import { show } from '../tags'
import { useProfile } from '../useProfile'
import { CoverageChart, CoverageTable } from './CoverageChart'

function tiles(p: BuildingProfile): Tile[] {
  const active = p.enterprises.filter((e) => e.status === '在营').length
  const key = p.enterprises.filter((e) => e.isKey).length
  return [
    {
      label: '在楼企业',
      value: formatCount(p.enterprises.length),
      unit: '家',
      note: `在营 ${active} · 重点 ${key}`,
      testId: 'tile-firms',
    },
    {
      label: '房租减免',
      value: formatCount(p.rentRelief.count),
      unit: '笔',
      note: p.rentRelief.count ? `合计 ${moneyText(p.rentRelief.amount)}` : '无',
      testId: 'tile-relief',
    },
    {
      label: '诉求',
      value: formatCount(p.requests.total),
      unit: '件',
      note: (
        <>
          未办结 {p.requests.open}
          {p.requests.overdue > 0 && <span className="overdue"> · 逾期 {p.requests.overdue}</span>}
        </>
      ),
      testId: 'tile-requests',
    },
  ]
}

/** 楼宇档案: the building, its 楼掌柜, its firms, reliefs, requests and visit coverage. */
export function BuildingProfilePage({ id }: { id: number }) {
  const { data: p, error, reload } = useProfile(api.building.profile, id)
  const b = p?.building
  return (
    <DetailPage
      kind="楼宇档案"
      ledger="building"
      title={b?.name}
      tags={
        b && (
          <>
            <Tag color="blue">{b.kind}</Tag>
            {b.ownership && <Tag>{b.ownership}</Tag>}
          </>
        )
      }
      subtitle={b?.address}
      error={error}
      onRetry={reload}
      testId="building-profile"
    >
      {p && b && (
        <>
          <StatTiles tiles={tiles(p)} />
          <Card size="small" title="楼宇信息" className="detail-card">
            <Descriptions
              size="small"
              bordered
              column={2}
              items={[
                { key: 'address', label: L.address, children: show(b.address) },
                { key: 'operator', label: L.operator, children: show(b.operator) },
                { key: 'ownership', label: L.ownership, children: show(b.ownership) },
                {
                  key: 'manager',
                  label: L.managerId,
                  children: <OptionalLink kind="staff" id={p.manager?.id ?? null} name={p.manager?.name ?? null} />,
                },
                { key: 'notes', label: L.notes, children: show(b.notes), span: 2 },
              ]}
            />
          </Card>
          <Card size="small" title="走访覆盖率(按走访活动)" className="detail-card">
            <CoverageChart rows={p.coverage} />
            <CoverageTable rows={p.coverage} />
          </Card>
          <Card size="small" title={`在楼企业(${formatCount(p.enterprises.length)} 家)`} className="detail-card">
            <FirmTable
              rows={p.enterprises}
              columns={['room', 'industryName', 'creditCode', 'status', 'isKey']}
              testId="building-firms"
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
