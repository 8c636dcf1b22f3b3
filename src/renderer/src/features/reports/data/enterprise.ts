/** 一企一档: one firm's file for a meeting (profile, visits, requests, rent relief, events), from 'enterprise:profile'. */
import { enterpriseLabels } from '../../../../../shared/domain/enterprise'
import type { EnterpriseProfile } from '../../../../../shared/domain/profiles'
import type { ReportParams } from '../../../../../shared/reports/params'
import { api } from '../../../api'
import { formatCapital, formatMoney } from '../../../lib/format'
import { facts, fieldFacts, table, type Block, type Report } from '../layout/blocks'
import { blank, count } from './format'
import { overdueText, requestNo } from './requests'

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
    facts([
      ...fieldFacts(e, enterpriseLabels, ['name', 'creditCode']),
      ['行业', e.industryName],
      ['状态', e.status],
      ['所在楼宇', place || '—'],
      ['楼掌柜', e.managerName || '—'],
      ...fieldFacts(e, enterpriseLabels, ['registeredAddress', 'operatingAddress']),
      ['注册资本', formatCapital(e.registeredCapital, e.capitalCurrency)],
      ...fieldFacts(e, enterpriseLabels, [
        'registrationNo',
        'companyType',
        'registrationAuthority',
        'registrationStatus',
        'establishedOn',
        'legalRep',
      ]),
      ['联系人 / 电话', [e.contact, e.phone].filter(Boolean).join(' / ')],
      ['服务专员', p.specialist?.name ?? '—'],
      ['招商伙伴', p.partner?.name ?? '—'],
      ['落户日期', e.settledOn],
      ['企业标签', flags(p)],
    ]),
    { kind: 'heading', text: `二、走访记录(${count(p.visits.length)} 次)` },
    table(
      '走访日期 13c | 走访活动 22 | 形式 10 | 走访人 14 | 走访情况 41',
      p.visits.map((v) => ({
        cells: [v.visitedOn, blank(v.campaignName), blank(v.form), blank(v.visitorNames), blank(v.summary)],
      })),
    ),
    { kind: 'heading', text: `三、企业诉求(${count(p.requests.length)} 件)` },
    table(
      '编号 7c | 受理日期 12c | 类别 10 | 诉求内容 31 | 承办单位 14 | 状态 9c | 办结日期 / 超期 17c',
      p.requests.map((r) => ({
        alert: r.overdue,
        cells: [
          requestNo(r.id),
          r.receivedOn,
          blank(r.categoryName),
          r.content,
          blank(r.handlingUnitName),
          blank(r.status),
          r.closedOn ?? overdueText(r),
        ],
      })),
    ),
    { kind: 'heading', text: `四、房租减免(${count(p.rentReliefs.length)} 笔)` },
    table(
      '楼宇 20 | 减免期间 30c | 月数 10r | 金额(元) 18r | 批次 22',
      p.rentReliefs.map((r) => ({
        cells: [
          blank(r.buildingName),
          [r.periodStart, r.periodEnd].filter(Boolean).join(' 至 '),
          blank(r.months),
          formatMoney(r.amount),
          blank(r.batch),
        ],
      })),
    ),
    { kind: 'heading', text: `五、参加活动(${count(p.events.length)} 场)` },
    table(
      '日期 15c | 活动主题 45 | 类型 18 | 主办方 22',
      p.events.map((ev) => ({ cells: [ev.heldOn, ev.theme, blank(ev.kind), blank(ev.organiser)] })),
    ),
  ]
}

export async function enterpriseReport(p: ReportParams<'enterprise'>): Promise<Report> {
  const profile = await api.enterprise.profile({ id: p.enterpriseId })
  return { title: '一企一档', orientation: 'portrait', blocks: blocks(profile) }
}
