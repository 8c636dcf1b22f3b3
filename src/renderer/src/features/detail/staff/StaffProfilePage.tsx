import { Card, Descriptions, Tag, type TableColumnsType } from 'antd'
import { staffLabels as L, type StaffProfile, type Visit } from '../../../../../shared/domain'
import { api } from '../../../api'
import { AuditHistory } from '../../../components/AuditHistory'
import { EntityLink } from '../../../components/EntityLink'
import { SmallTable } from '../../../components/SmallTable'
import { formatCount } from '../../../lib/format'
import { DetailPage } from '../DetailPage'
import { FirmTable } from '../FirmTable'
import { StatTiles } from '../StatTiles'
import { show } from '../tags'
import { useProfile } from '../useProfile'

type BuildingRow = StaffProfile['buildings'][number]

const buildingColumns: TableColumnsType<BuildingRow> = [
  {
    title: '楼宇',
    dataIndex: 'name',
    render: (n: string, b) => (
      <EntityLink kind="building" id={b.id}>
        {n}
      </EntityLink>
    ),
  },
  { title: '在楼企业(家)', dataIndex: 'enterpriseCount', width: 120, align: 'right' },
]

const visitColumns: TableColumnsType<Visit> = [
  { title: '走访日期', dataIndex: 'visitedOn', width: 100 },
  {
    title: '企业',
    dataIndex: 'enterpriseName',
    width: 260,
    render: (n: string, v) => (
      <EntityLink kind="enterprise" id={v.enterpriseId}>
        {n}
      </EntityLink>
    ),
  },
  { title: '形式', dataIndex: 'form', width: 100, render: (f: string | null) => f && <Tag>{f}</Tag> },
  { title: '走访活动', dataIndex: 'campaignName', width: 250 },
  { title: '走访情况', dataIndex: 'summary', ellipsis: true },
]

/** 人员档案: the buildings a cadre is 楼掌柜 of, the firms they serve and the visits they made. */
export function StaffProfilePage({ id }: { id: number }) {
  const { data: p, error, reload } = useProfile(api.staff.profile, id)
  const s = p?.staff
  return (
    <DetailPage
      kind="人员档案"
      ledger="staff"
      title={s?.name}
      tags={s?.roles?.map((r) => (
        <Tag key={r} color="blue">
          {r}
        </Tag>
      ))}
      subtitle={s && [s.departmentName, s.position].filter(Boolean).join(' · ')}
      error={error}
      onRetry={reload}
      testId="staff-profile"
    >
      {p && s && (
        <>
          <StatTiles
            tiles={[
              { label: '楼掌柜', value: formatCount(p.buildings.length), unit: '座楼宇', testId: 'tile-buildings' },
              { label: '服务专员', value: formatCount(p.enterprises.length), unit: '家企业', testId: 'tile-firms' },
              { label: '参与走访', value: formatCount(p.visitCount), unit: '次', testId: 'tile-visits' },
            ]}
          />
          <Card size="small" title="基本信息" className="detail-card">
            <Descriptions
              size="small"
              bordered
              column={3}
              items={[
                { key: 'department', label: L.departmentId, children: show(s.departmentName) },
                { key: 'position', label: L.position, children: show(s.position) },
                { key: 'phone', label: L.phone, children: show(s.phone) },
                { key: 'notes', label: L.notes, children: show(s.notes), span: 3 },
              ]}
            />
          </Card>
          <div className="detail-grid">
            <div className="detail-col">
              <Card size="small" title={`服务企业(服务专员,${formatCount(p.enterprises.length)} 家)`}>
                <FirmTable
                  rows={p.enterprises}
                  columns={['buildingName', 'creditCode', 'isKey']}
                  testId="staff-firms"
                />
              </Card>
            </div>
            <div className="detail-col">
              <Card size="small" title="楼掌柜楼宇">
                <SmallTable
                  testId="staff-buildings"
                  rows={p.buildings}
                  columns={buildingColumns}
                  rowKey="id"
                  emptyText="不是楼掌柜"
                />
              </Card>
            </div>
          </div>
          <Card size="small" title={`最近走访(共 ${formatCount(p.visitCount)} 次)`} className="detail-card">
            <SmallTable
              testId="staff-visits"
              rows={p.recentVisits}
              columns={visitColumns}
              rowKey="id"
              pageSize={10}
              emptyText="暂无走访记录"
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
