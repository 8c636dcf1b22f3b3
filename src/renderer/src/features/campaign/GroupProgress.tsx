import { Progress, Table, type TableColumnsType } from 'antd'
import type { PlanGroup } from '../../../../shared/domain'
import { progressPercent } from './plan'

/** Progress of each building (or 楼掌柜): least covered first, as main orders them. */
export function GroupProgress({ groups, nameTitle }: { groups: PlanGroup[]; nameTitle: string }) {
  const columns: TableColumnsType<PlanGroup> = [
    { title: nameTitle, dataIndex: 'name', ellipsis: true },
    {
      title: '已走访/应走访',
      key: 'count',
      width: 120,
      align: 'right',
      render: (_, g) => `${g.visited} / ${g.inScope} 家`,
    },
    {
      title: '覆盖率',
      key: 'rate',
      width: 170,
      render: (_, g) => <Progress size="small" percent={progressPercent(g.visited, g.inScope)} />,
    },
  ]
  return (
    <Table<PlanGroup>
      size="small"
      rowKey={(g) => String(g.key ?? 'none')}
      columns={columns}
      dataSource={groups}
      pagination={false}
      scroll={{ y: 300 }}
      locale={{ emptyText: '范围内没有企业' }}
    />
  )
}
