import { Card, Tag } from 'antd'
import { buildingLabels as L, type BuildingProfile } from '../../../../../shared/domain'
import { api } from '../../../api'
import { OptionalLink } from '../../../components/EntityLink'
import { formatCount } from '../../../lib/format'
import { FactsCard, type FactItems } from '../FactsCard'
import { FirmTable } from '../FirmTable'
import { moneyText } from '../format'
import { HistoryCard } from '../HistoryCard'
import { profilePage, type ProfileHeader } from '../ProfilePage'
import { requestsTile, StatTiles, type Tile } from '../StatTiles'
import { show } from '../tags'
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
    requestsTile(p.requests),
  ]
}

function facts({ building: b, manager }: BuildingProfile): FactItems {
  return [
    { key: 'address', label: L.address, children: show(b.address) },
    { key: 'operator', label: L.operator, children: show(b.operator) },
    { key: 'ownership', label: L.ownership, children: show(b.ownership) },
    {
      key: 'manager',
      label: L.managerId,
      children: <OptionalLink kind="staff" id={manager?.id ?? null} name={manager?.name ?? null} />,
    },
    { key: 'notes', label: L.notes, children: show(b.notes), span: 2 },
  ]
}

const header = ({ building: b }: BuildingProfile): ProfileHeader => ({
  title: b.name,
  tags: (
    <>
      <Tag color="blue">{b.kind}</Tag>
      {b.ownership && <Tag>{b.ownership}</Tag>}
    </>
  ),
  subtitle: b.address,
})

function Cards({ profile: p }: { profile: BuildingProfile }) {
  return (
    <>
      <StatTiles tiles={tiles(p)} />
      <FactsCard title="楼宇信息" column={2} items={facts(p)} className="detail-card" />
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
      <HistoryCard entries={p.history} />
    </>
  )
}

/** 楼宇档案: the building, its 楼掌柜, its firms, reliefs, requests and visit coverage. */
export const BuildingProfilePage = profilePage('building', '楼宇档案', api.building.profile, header, Cards)
