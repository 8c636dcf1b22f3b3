/** 一企一档: one firm's file for a meeting (profile, visits, requests, rent relief, events), from 'enterprise:profile'. */
import type { EnterpriseProfile } from '../../../../../shared/domain/profiles'
import type { ReportParams } from '../../../../../shared/reports/params'
import { api } from '../../../api'
import { formatMoney } from '../../../lib/format'
import type { Block, Report } from '../layout/blocks'
import { blank, count } from './format'
import { overdueText, requestNo } from './requests'
import { tableOf } from './table'

function flags(p: EnterpriseProfile): string {
  const e = p.enterprise
  const on: [boolean | null | undefined, string][] = [
    [e.isKey, '重点企业'],
    [e.isManaged, '户管企业'],
    [e.isAboveScale, '规上企业'],
    [e.isHighTech, '高新技术企业'],
    [e.isSpecialized, '专精特新'],
  ]
  return (
    on
      .filter(([v]) => v)
      .map(([, t]) => t)
      .join('、') || '—'
  )
}

function blocks(p: EnterpriseProfile): Block[] {
  const e = p.enterprise
  const place = [p.building?.name, e.room].filter(Boolean).join(' ')
  return [
    { kind: 'title', title: '一企一档', subtitle: e.name },
    { kind: 'heading', text: '一、企业概况' },
    {
      kind: 'facts',
      items: [
        { label: '企业名称', value: e.name },
        { label: '统一社会信用代码', value: blank(e.creditCode) },
        { label: '行业', value: blank(e.industryName) },
        { label: '状态', value: blank(e.status) },
        { label: '所在楼宇', value: place || '—' },
        { label: '楼掌柜', value: blank(e.managerName) || '—' },
        { label: '注册地址', value: blank(e.registeredAddress) },
        { label: '经营地址', value: blank(e.operatingAddress) },
        { label: '注册资本', value: e.registeredCapital == null ? '' : `${formatMoney(e.registeredCapital)} 万元` },
        { label: '成立日期', value: blank(e.establishedOn) },
        { label: '法定代表人', value: blank(e.legalRep) },
        { label: '联系人 / 电话', value: [e.contact, e.phone].filter(Boolean).join(' / ') },
        { label: '服务专员', value: p.specialist?.name ?? '—' },
        { label: '招商伙伴', value: p.partner?.name ?? '—' },
        { label: '落户日期', value: blank(e.settledOn) },
        { label: '企业标签', value: flags(p) },
      ],
    },
    { kind: 'heading', text: `二、走访记录(${count(p.visits.length)} 次)` },
    tableOf(p.visits, [
      { title: '走访日期', width: 13, align: 'center', cell: (v) => v.visitedOn },
      { title: '走访活动', width: 22, cell: (v) => blank(v.campaignName) },
      { title: '形式', width: 10, cell: (v) => blank(v.form) },
      { title: '走访人', width: 14, cell: (v) => blank(v.visitorNames) },
      { title: '走访情况', width: 41, cell: (v) => blank(v.summary) },
    ]),
    { kind: 'heading', text: `三、企业诉求(${count(p.requests.length)} 件)` },
    tableOf(
      p.requests,
      [
        { title: '编号', width: 7, align: 'center', cell: (r) => requestNo(r.id) },
        { title: '受理日期', width: 12, align: 'center', cell: (r) => r.receivedOn },
        { title: '类别', width: 10, cell: (r) => blank(r.categoryName) },
        { title: '诉求内容', width: 31, cell: (r) => r.content },
        { title: '承办单位', width: 14, cell: (r) => blank(r.handlingUnitName) },
        { title: '状态', width: 9, align: 'center', cell: (r) => blank(r.status) },
        { title: '办结日期 / 超期', width: 17, align: 'center', cell: (r) => r.closedOn ?? overdueText(r) },
      ],
      { alert: (r) => r.overdue },
    ),
    { kind: 'heading', text: `四、房租减免(${count(p.rentReliefs.length)} 笔)` },
    tableOf(p.rentReliefs, [
      { title: '楼宇', width: 20, cell: (r) => blank(r.buildingName) },
      {
        title: '减免期间',
        width: 30,
        align: 'center',
        cell: (r) => [r.periodStart, r.periodEnd].filter(Boolean).join(' 至 '),
      },
      { title: '月数', width: 10, align: 'right', cell: (r) => blank(r.months) },
      { title: '金额(元)', width: 18, align: 'right', cell: (r) => formatMoney(r.amount) },
      { title: '批次', width: 22, cell: (r) => blank(r.batch) },
    ]),
    { kind: 'heading', text: `五、参加活动(${count(p.events.length)} 场)` },
    tableOf(p.events, [
      { title: '日期', width: 15, align: 'center', cell: (ev) => ev.heldOn },
      { title: '活动主题', width: 45, cell: (ev) => ev.theme },
      { title: '类型', width: 18, cell: (ev) => blank(ev.kind) },
      { title: '主办方', width: 22, cell: (ev) => blank(ev.organiser) },
    ]),
  ]
}

export async function enterpriseReport(p: ReportParams<'enterprise'>): Promise<Report> {
  const profile = await api.enterprise.profile({ id: p.enterpriseId })
  return { title: '一企一档', orientation: 'portrait', blocks: blocks(profile) }
}
