/**
 * 楼宇情况表: one building (its 楼掌柜, firms, coverage per campaign, requests, rent relief),
 * or every building on one landscape table. All from 'building:profile', the figures the
 * building's own page shows.
 */
import { buildingLabels } from '../../../../../shared/domain/building'
import type { BuildingProfile } from '../../../../../shared/domain/profiles'
import type { ReportParams } from '../../../../../shared/reports/params'
import { api } from '../../../api'
import { facts, fieldFacts, table, type Block, type Report } from '../layout/blocks'
import { blank, count, pct, wan } from './format'

const share = (visited: number, inScope: number) => (inScope ? pct(visited / inScope) : '—')

function manager(p: BuildingProfile): string {
  return p.manager ? `${p.manager.name}${p.manager.phone ? `(${p.manager.phone})` : ''}` : '未指定'
}

/** The building's latest campaign: the coverage a leader asks about first. */
function latest(p: BuildingProfile) {
  return [...p.coverage].sort((a, b) => b.startOn.localeCompare(a.startOn))[0] ?? null
}

function oneBuilding(p: BuildingProfile): Block[] {
  const b = p.building
  const active = p.enterprises.filter((e) => e.status === '在营')
  return [
    { kind: 'title', title: '楼宇情况表', subtitle: b.name },
    { kind: 'heading', text: '一、基本情况' },
    facts([
      ...fieldFacts(b, buildingLabels, ['name', 'kind', 'address', 'operator', 'ownership']),
      ['楼掌柜', manager(p)],
      ['在营企业', count(active.length, '家')],
      ['重点企业', count(active.filter((e) => e.isKey).length, '家')],
      ['诉求总数', count(p.requests.total, '件')],
      ['在办 / 超期', `${count(p.requests.open)} / ${count(p.requests.overdue)} 件`],
      ['房租减免户数', count(p.rentRelief.count, '户')],
      ['房租减免金额', wan(p.rentRelief.amount)],
    ]),
    { kind: 'heading', text: '二、走访覆盖' },
    table(
      '走访活动 46 | 开始日期 16c | 应走访(家) 13r | 已走访(家) 13r | 覆盖率 12r',
      [...p.coverage]
        .sort((x, y) => x.startOn.localeCompare(y.startOn))
        .map((c) => ({
          cells: [c.campaignName, c.startOn, count(c.inScope), count(c.visited), share(c.visited, c.inScope)],
        })),
      '表1 历次走访活动覆盖情况',
    ),
    { kind: 'heading', text: '三、入驻企业' },
    table(
      '序号 6c | 企业名称 36 | 统一社会信用代码 23 | 房间 9 | 行业 14 | 状态 7c | 重点 6c',
      p.enterprises.map((e, i) => ({
        cells: [
          String(i + 1),
          e.name,
          blank(e.creditCode),
          blank(e.room),
          blank(e.industryName),
          blank(e.status),
          e.isKey ? '是' : '',
        ],
      })),
      `表2 入驻企业名单(共 ${count(p.enterprises.length)} 家)`,
    ),
  ]
}

function allBuildings(profiles: BuildingProfile[]): Block[] {
  const sum = (f: (p: BuildingProfile) => number) => profiles.reduce((s, p) => s + f(p), 0)
  const active = (p: BuildingProfile) => p.enterprises.filter((e) => e.status === '在营')
  return [
    { kind: 'title', title: '楼宇情况表', subtitle: `全部楼宇(共 ${profiles.length} 座)` },
    table(
      '序号 5c | 楼宇 14 | 运营方 18 | 楼掌柜 13 | 在营企业(家) 8r | 重点企业(家) 8r | 最近走访活动 17 | 覆盖率 7r | 诉求(件) 6r | 在办(件) 6r | 超期(件) 6r | 减免(户) 6r | 减免金额(万元) 10r',
      [
        ...profiles.map((p, i) => {
          const c = latest(p)
          return {
            alert: p.requests.overdue > 0,
            cells: [
              String(i + 1),
              p.building.name,
              blank(p.building.operator),
              p.manager?.name ?? '未指定',
              count(active(p).length),
              count(active(p).filter((e) => e.isKey).length),
              c?.campaignName ?? '—',
              c ? share(c.visited, c.inScope) : '—',
              count(p.requests.total),
              count(p.requests.open),
              count(p.requests.overdue),
              count(p.rentRelief.count),
              wan(p.rentRelief.amount).replace(' 万元', ''),
            ],
          }
        }),
        {
          cells: [
            '',
            '合计',
            '',
            '',
            count(sum((p) => active(p).length)),
            count(sum((p) => active(p).filter((e) => e.isKey).length)),
            '',
            '',
            count(sum((p) => p.requests.total)),
            count(sum((p) => p.requests.open)),
            count(sum((p) => p.requests.overdue)),
            count(sum((p) => p.rentRelief.count)),
            wan(sum((p) => p.rentRelief.amount)).replace(' 万元', ''),
          ],
        },
      ],
      '各楼宇情况一览(红色为有超期诉求的楼宇)',
    ),
  ]
}

export async function buildingReport(p: ReportParams<'building'>): Promise<Report> {
  if (p.buildingId) {
    const profile = await api.building.profile({ id: p.buildingId })
    return { title: '楼宇情况表', orientation: 'portrait', blocks: oneBuilding(profile) }
  }
  const buildings = await api.building.list()
  const profiles = await Promise.all(buildings.map((b) => api.building.profile({ id: b.id })))
  profiles.sort((a, b) => b.enterprises.length - a.enterprises.length)
  return { title: '楼宇情况表', orientation: 'landscape', blocks: allBuildings(profiles) }
}
