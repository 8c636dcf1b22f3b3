import { Card, Tag, type TableColumnsType } from 'antd'
import { staffLabels as L, type StaffProfile, type Visit } from '../../../../../shared/domain'
import { api } from '../../../api'
import { linkColumn } from '../../../components/EntityLink'
import { SmallTable } from '../../../components/SmallTable'
import { formatCount } from '../../../lib/format'
import { FactsCard, type FactItems } from '../FactsCard'
import { FirmTable } from '../FirmTable'
import { HistoryCard } from '../HistoryCard'
import { profilePage, type ProfileHeader } from '../ProfilePage'
import { StatTiles } from '../StatTiles'
import { show } from '../tags'

type BuildingRow = StaffProfile['buildings'][number]

const buildingColumns: TableColumnsType<BuildingRow> = [
  linkColumn('楼宇', 'name', 'building', (b) => b.id),
  { title: '在楼企业(家)', dataIndex: 'enterpriseCount', width: 120, align: 'right' },
]

const visitColumns: TableColumnsType<Visit> = [
  { title: '走访日期', dataIndex: 'visitedOn', width: 100 },
  linkColumn('企业', 'enterpriseName', 'enterprise', (v) => v.enterpriseId, { width: 260 }),
  { title: '形式', dataIndex: 'form', width: 100, render: (f: string | null) => f && <Tag>{f}</Tag> },
  { title: '走访活动', dataIndex: 'campaignName', width: 250 },
  { title: '走访情况', dataIndex: 'summary', ellipsis: true },
]

function facts({ staff: s }: StaffProfile): FactItems {
  return [
    { key: 'department', label: L.departmentId, children: show(s.departmentName) },
    { key: 'position', label: L.position, children: show(s.position) },
    { key: 'phone', label: L.phone, children: show(s.phone) },
    { key: 'notes', label: L.notes, children: show(s.notes), span: 3 },
  ]
}

const header = ({ staff: s }: StaffProfile): ProfileHeader => ({
  title: s.name,
  tags: s.roles?.map((r) => (
    <Tag key={r} color="blue">
      {r}
    </Tag>
  )),
  subtitle: [s.departmentName, s.position].filter(Boolean).join(' · '),
})

function Cards({ profile: p }: { profile: StaffProfile }) {
  return (
    <>
      <StatTiles
        tiles={[
          { label: '楼掌柜', value: formatCount(p.buildings.length), unit: '座楼宇', testId: 'tile-buildings' },
          { label: '服务专员', value: formatCount(p.enterprises.length), unit: '家企业', testId: 'tile-firms' },
          { label: '参与走访', value: formatCount(p.visitCount), unit: '次', testId: 'tile-visits' },
        ]}
      />
      <FactsCard title="基本信息" column={3} items={facts(p)} className="detail-card" />
      <div className="detail-grid">
        <div className="detail-col">
          <Card size="small" title={`服务企业(服务专员,${formatCount(p.enterprises.length)} 家)`}>
            <FirmTable rows={p.enterprises} columns={['buildingName', 'creditCode', 'isKey']} testId="staff-firms" />
          </Card>
        </div>
        <div className="detail-col">
          <Card size="small" title="楼掌柜楼宇">
            <SmallTable testId="staff-buildings" rows={p.buildings} columns={buildingColumns} emptyText="不是楼掌柜" />
          </Card>
        </div>
      </div>
      <Card size="small" title={`最近走访(共 ${formatCount(p.visitCount)} 次)`} className="detail-card">
        <SmallTable
          testId="staff-visits"
          rows={p.recentVisits}
          columns={visitColumns}
          pageSize={10}
          emptyText="暂无走访记录"
        />
      </Card>
      <HistoryCard entries={p.history} />
    </>
  )
}

/** 人员档案: the buildings a cadre is 楼掌柜 of, the firms they serve and the visits they made. */
export const StaffProfilePage = profilePage('staff', '人员档案', api.staff.profile, header, Cards)
