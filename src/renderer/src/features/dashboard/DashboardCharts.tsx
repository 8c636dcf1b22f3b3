/**
 * 首页's charts, a chunk of their own with recharts: the key figures above them show without
 * waiting for the charting library, which loads meanwhile.
 */
import type { CoverageBar } from '../../../../shared/domain/dashboard'
import { ChartCard } from './ChartCard'
import { CampaignLine, CoverageBars, RequestStacks, ValueBars } from './charts'
import type { ChartsProps } from './DashboardPage'
import { partnerHref, reliefHref, requestsHref, unvisitedHref } from './links'

const go = (href: string) => {
  window.location.hash = href.slice(1)
}
const wan = (v: number) =>
  v >= 10_000 ? `${(v / 10_000).toLocaleString('zh-CN', { maximumFractionDigits: 1 })}万` : String(v)

export function Charts({ data: d, target, names }: ChartsProps) {
  const f = d.filter
  const period = d.period
  const noScope = d.figures.inScope === 0 ? '所选楼宇、行业下没有在营企业' : null
  const noRequests = d.figures.requests === 0 ? '所选期间和范围内没有收到诉求' : null
  type Group = Parameters<typeof unvisitedHref>[3]
  const unvisited = (label: string, filter?: Group['filter'], campaignId?: number, scope?: Group['scope']) =>
    go(unvisitedHref(f, period, names, { label, filter, campaignId, scope }))
  const set = (v: string | null) => ({ filterType: 'set' as const, values: [v] })
  // The three coverage charts differ only in their grouping and in how a bar becomes a grid filter.
  const coverage: {
    id: string
    title: string
    rows: CoverageBar[]
    nameWidth?: number
    onPick: (r: CoverageBar) => void
  }[] = [
    {
      id: 'by-building',
      title: '各楼宇走访覆盖率',
      rows: d.byBuilding,
      onPick: (r) => unvisited(r.name, { buildingName: set(r.key === null ? null : r.name) }),
    },
    {
      id: 'by-manager',
      title: '各楼掌柜走访覆盖率',
      rows: d.byManager,
      nameWidth: 80,
      onPick: (r) =>
        r.key === null
          ? unvisited('无楼掌柜', { managerName: { filterType: 'text', type: 'blank' } })
          : unvisited(`楼掌柜${r.name}`, undefined, undefined, { managedBy: r.key }),
    },
    {
      id: 'by-industry',
      title: '各行业走访覆盖率',
      rows: d.byIndustry,
      onPick: (r) => unvisited(r.name, { industryName: set(r.key === null ? null : r.name) }),
    },
  ]
  return (
    <div className="dash-grid">
      {coverage.map(({ id, title, rows, nameWidth, onPick }) => (
        <ChartCard
          key={id}
          id={id}
          title={title}
          unit="单位:%(已走访/应走访 家)"
          empty={noScope}
          hint="点击柱条,查看该组尚未走访的企业"
        >
          <CoverageBars rows={rows} target={target} nameWidth={nameWidth} onPick={onPick} />
        </ChartCard>
      ))}
      <ChartCard
        id="across-campaigns"
        title="历次走访活动覆盖率"
        unit="单位:%"
        empty={d.acrossCampaigns.length === 0 ? '还没有走访活动:在“走访计划”中新建' : null}
        hint="点击数据点,查看该次活动尚未走访的企业"
      >
        <CampaignLine rows={d.acrossCampaigns} target={target} onPick={(r) => unvisited('', undefined, r.key!)} />
      </ChartCard>
      <ChartCard
        id="requests"
        title="诉求分类与办理状态"
        unit="单位:件"
        empty={noRequests}
        hint="点击色块,查看该类别该状态的诉求"
      >
        <RequestStacks
          rows={d.requestsByCategory}
          onPick={(category, status) =>
            go(
              requestsHref(f, period, names, {
                label: `${category}·${status}`,
                category: category === '未分类' ? null : category,
                status,
              }),
            )
          }
        />
      </ChartCard>
      <ValueCard
        card={{ id: 'days-to-close', title: '诉求办结用时分布', unit: '单位:件', shows: '该用时段办结的诉求' }}
        empty={d.figures.closed === 0 ? '所选期间和范围内没有已办结的诉求' : null}
        bars={{ orientation: 'vertical', rows: d.daysToClose, nameKey: 'bin', valueKey: 'count' }}
        measure={{ name: '诉求', unit: '件', colour: '#52c41a' }}
        onPick={(r) => {
          const m = /^(\d+)(?:–(\d+))?/.exec(r.bin)!
          const range = m[2] ? `${m[1]}..${m[2]}` : `${Number(m[1]) + 1}..`
          go(requestsHref(f, period, names, { label: `办结用时${r.bin}`, daysToClose: range }))
        }}
      />
      <ValueCard
        card={{
          id: 'rent-relief',
          title: '各楼宇房租减免金额',
          unit: '单位:元(万元取整显示)',
          shows: '该楼宇的减免明细',
        }}
        empty={d.rentReliefByBuilding.length === 0 ? '所选期间和范围内没有房租减免记录' : null}
        bars={{ orientation: 'horizontal', rows: d.rentReliefByBuilding, nameKey: 'building', valueKey: 'amount' }}
        measure={{ name: '减免金额', unit: '元', colour: '#fa8c16', format: wan }}
        onPick={(r) => go(reliefHref(period, r.building))}
      />
      <ValueCard
        card={{ id: 'partners', title: '招商伙伴引进企业数', unit: '单位:家', shows: '该伙伴引进的企业' }}
        empty={d.firmsPerPartner.length === 0 ? '还没有登记招商合作伙伴' : null}
        bars={{ orientation: 'horizontal', rows: d.firmsPerPartner, nameKey: 'partner', valueKey: 'count' }}
        measure={{ name: '引进企业', unit: '家', colour: '#722ed1', nameWidth: 270 }}
        onPick={(r) => go(partnerHref(f, names, r.partner))}
      />
    </div>
  )
}

type BarsProps<T extends object> = Parameters<typeof ValueBars<T>>[0]

/**
 * A card of one value per name (办结用时, 房租减免, 招商伙伴): its texts, why it may be empty,
 * the rows and how they are drawn, the measure's name, unit and colour, and what a bar opens.
 */
function ValueCard<T extends object>(props: {
  card: { id: string; title: string; unit: string; shows: string }
  empty: string | null
  bars: Pick<BarsProps<T>, 'orientation' | 'rows' | 'nameKey' | 'valueKey'>
  measure: Pick<BarsProps<T>, 'name' | 'unit' | 'colour' | 'format' | 'nameWidth'>
  onPick: (row: T) => void
}) {
  const { id, title, unit, shows } = props.card
  return (
    <ChartCard id={id} title={title} unit={unit} empty={props.empty} hint={`点击柱条,查看${shows}`}>
      <ValueBars {...props.bars} {...props.measure} onPick={props.onPick} />
    </ChartCard>
  )
}
