/**
 * 楼宇情况表: one building (its 楼掌柜, firms, coverage per campaign, requests, rent relief),
 * or every building on one landscape table. All from 'building:profile', the figures the
 * building's own page shows.
 */
import type { BuildingProfile } from '../../../../../shared/domain/profiles'
import type { ReportParams } from '../../../../../shared/reports/params'
import { api } from '../../../api'
import type { Block, Report } from '../layout/blocks'
import { blank, count, pct, wan } from './format'
import { tableOf, type Col } from './table'

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
    {
      kind: 'facts',
      items: [
        { label: '楼宇名称', value: b.name },
        { label: '类型', value: blank(b.kind) },
        { label: '地址', value: blank(b.address) },
        { label: '运营方', value: blank(b.operator) },
        { label: '权属', value: blank(b.ownership) },
        { label: '楼掌柜', value: manager(p) },
        { label: '在营企业', value: count(active.length, '家') },
        { label: '重点企业', value: count(active.filter((e) => e.isKey).length, '家') },
        { label: '诉求总数', value: count(p.requests.total, '件') },
        { label: '在办 / 超期', value: `${count(p.requests.open)} / ${count(p.requests.overdue)} 件` },
        { label: '房租减免户数', value: count(p.rentRelief.count, '户') },
        { label: '房租减免金额', value: wan(p.rentRelief.amount) },
      ],
    },
    { kind: 'heading', text: '二、走访覆盖' },
    tableOf(
      [...p.coverage].sort((x, y) => x.startOn.localeCompare(y.startOn)),
      [
        { title: '走访活动', width: 46, cell: (c) => c.campaignName },
        { title: '开始日期', width: 16, align: 'center', cell: (c) => c.startOn },
        { title: '应走访(家)', width: 13, align: 'right', cell: (c) => count(c.inScope) },
        { title: '已走访(家)', width: 13, align: 'right', cell: (c) => count(c.visited) },
        { title: '覆盖率', width: 12, align: 'right', cell: (c) => share(c.visited, c.inScope) },
      ],
      { caption: '表1 历次走访活动覆盖情况' },
    ),
    { kind: 'heading', text: '三、入驻企业' },
    tableOf(
      p.enterprises,
      [
        { title: '序号', width: 6, align: 'center', cell: (_, i) => String(i + 1) },
        { title: '企业名称', width: 36, cell: (e) => e.name },
        { title: '统一社会信用代码', width: 23, cell: (e) => blank(e.creditCode) },
        { title: '房间', width: 9, cell: (e) => blank(e.room) },
        { title: '行业', width: 14, cell: (e) => blank(e.industryName) },
        { title: '状态', width: 7, align: 'center', cell: (e) => blank(e.status) },
        { title: '重点', width: 6, align: 'center', cell: (e) => (e.isKey ? '是' : '') },
      ],
      { caption: `表2 入驻企业名单(共 ${count(p.enterprises.length)} 家)` },
    ),
  ]
}

function allBuildings(profiles: BuildingProfile[]): Block[] {
  const active = (p: BuildingProfile) => p.enterprises.filter((e) => e.status === '在营')
  /** A count column: each building's, and their sum in the 合计 row. */
  const counted = (title: string, width: number, n: (p: BuildingProfile) => number): Col<BuildingProfile> => ({
    title,
    width,
    align: 'right',
    cell: (p) => count(n(p)),
    total: (all) => count(all.reduce((s, p) => s + n(p), 0)),
  })
  const wanOnly = (yuan: number) => wan(yuan).replace(' 万元', '')
  return [
    { kind: 'title', title: '楼宇情况表', subtitle: `全部楼宇(共 ${profiles.length} 座)` },
    tableOf(
      profiles,
      [
        { title: '序号', width: 5, align: 'center', cell: (_, i) => String(i + 1) },
        { title: '楼宇', width: 14, cell: (p) => p.building.name, total: () => '合计' },
        { title: '运营方', width: 18, cell: (p) => blank(p.building.operator) },
        { title: '楼掌柜', width: 13, cell: (p) => p.manager?.name ?? '未指定' },
        counted('在营企业(家)', 8, (p) => active(p).length),
        counted('重点企业(家)', 8, (p) => active(p).filter((e) => e.isKey).length),
        { title: '最近走访活动', width: 17, cell: (p) => latest(p)?.campaignName ?? '—' },
        {
          title: '覆盖率',
          width: 7,
          align: 'right',
          cell: (p) => {
            const c = latest(p)
            return c ? share(c.visited, c.inScope) : '—'
          },
        },
        counted('诉求(件)', 6, (p) => p.requests.total),
        counted('在办(件)', 6, (p) => p.requests.open),
        counted('超期(件)', 6, (p) => p.requests.overdue),
        counted('减免(户)', 6, (p) => p.rentRelief.count),
        {
          title: '减免金额(万元)',
          width: 10,
          align: 'right',
          cell: (p) => wanOnly(p.rentRelief.amount),
          total: (all) => wanOnly(all.reduce((s, p) => s + p.rentRelief.amount, 0)),
        },
      ],
      { caption: '各楼宇情况一览(红色为有超期诉求的楼宇)', alert: (p) => p.requests.overdue > 0 },
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
