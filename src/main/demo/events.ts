/**
 * Events for the firms, 2023–2026: the February 2023 exchange meeting the article describes,
 * 人才/税务/科技 policy briefings, new-year tea parties, the shared live-streaming room,
 * 金法槌 legal service sessions and the smaller brands (悦读会, 运动健康逸小时, 联合党课…).
 */
import type { Deps } from '../core/deps'
import type { Industry } from './dictionaries'
import type { Directory, Firm } from './enterprises'
import type { Rng } from './random'
import { create } from './store'

/** What this module uses of the ledger's services (src/main/core/deps.ts). */
type DemoDeps = Pick<Deps, 'ledgers'>

type EventKind = '发展交流会' | '政策宣讲会' | '茶话会' | '共享直播间' | '法律服务' | '其他'

const STREET = '四平路街道'
const CENTRE = '环同济营商服务中心'
const FLAGSHIP = '中天大厦党群服务旗舰店'
const LIVE = '环同济天爱梦想家共享直播间'
const DESIGN: readonly Industry[] = ['建筑设计', '工程咨询']
const TECH: readonly Industry[] = ['智能制造', '软件和信息服务', '科技服务']
const MAKERS: readonly Industry[] = ['文化创意', '智能制造']

/** Date, kind, theme, place, attending firms (min, max), industries favoured among them. */
type Row = readonly [string, EventKind, string, string, number, number, (readonly Industry[])?]

const EVENTS: readonly Row[] = [
  ['2023-01-12', '茶话会', '环同济企业新春茶话会', CENTRE, 20, 28],
  ['2023-03-22', '法律服务', '"金法槌"法律服务进楼宇:合同风险防范', '紫荆广场', 8, 14],
  ['2023-04-18', '政策宣讲会', '环同济人才政策宣讲会', CENTRE, 30, 45],
  ['2023-05-10', '共享直播间', `${LIVE}开播仪式`, LIVE, 5, 9, MAKERS],
  ['2023-06-13', '政策宣讲会', '税务政策宣讲会:研发费用加计扣除', CENTRE, 35, 55],
  ['2023-06-29', '法律服务', '"金法槌"法律服务:劳动用工合规', CENTRE, 10, 16],
  ['2023-07-04', '其他', '环同济联合党课', '四平路街道党建服务中心', 12, 20],
  ['2023-08-24', '共享直播间', `${LIVE}:设计师的一天`, LIVE, 3, 6, DESIGN],
  ['2023-09-19', '政策宣讲会', '科技政策宣讲会:高新技术企业认定', CENTRE, 30, 45, TECH],
  ['2023-10-26', '茶话会', '环同济设计企业茶话会', '上海国际设计一场', 18, 26, DESIGN],
  ['2023-11-15', '其他', '环同济悦读会', '四平路街道社区文化活动中心', 8, 14],
  ['2023-12-14', '法律服务', '"金法槌"法律服务:知识产权保护', '中天大厦', 8, 14, DESIGN],
  ['2024-01-18', '茶话会', '环同济企业新春茶话会', CENTRE, 22, 30],
  ['2024-03-21', '共享直播间', `${LIVE}:智能制造新品发布`, LIVE, 4, 8, ['智能制造']],
  ['2024-04-16', '政策宣讲会', '环同济人才政策宣讲会', CENTRE, 30, 50],
  ['2024-05-23', '其他', '"运动健康逸小时"白领健康活动', '同济科技园', 10, 18],
  ['2024-06-20', '法律服务', '"金法槌"法律服务:合同纠纷调解', CENTRE, 8, 12],
  ['2024-09-12', '政策宣讲会', '税务政策宣讲会:小微企业税费优惠', CENTRE, 35, 60],
  ['2024-11-07', '共享直播间', `${LIVE}:城市更新设计分享`, LIVE, 3, 6, DESIGN],
  ['2024-12-26', '其他', '新年慈善拍卖会', CENTRE, 15, 25],
  ['2025-01-16', '茶话会', '环同济企业新春茶话会', CENTRE, 22, 30],
  ['2025-03-27', '法律服务', '"金法槌"法律服务:企业合规体检', '旭辉广场', 8, 14],
  ['2025-05-20', '政策宣讲会', '科技政策宣讲会:专精特新企业培育', CENTRE, 25, 40, TECH],
  ['2025-06-12', '共享直播间', `${LIVE}:同济学子创业路演`, LIVE, 4, 8, TECH],
  ['2025-09-18', '政策宣讲会', '环同济人才政策宣讲会', CENTRE, 30, 45],
  ['2025-10-23', '法律服务', '"金法槌"法律服务:数据合规', CENTRE, 8, 14, TECH],
  ['2026-01-22', '茶话会', '环同济企业新春茶话会', FLAGSHIP, 22, 30],
  ['2026-03-19', '政策宣讲会', '税务政策宣讲会:研发费用加计扣除新政', CENTRE, 35, 55],
  ['2026-05-14', '法律服务', '"金法槌"法律服务月:律师驻点咨询', FLAGSHIP, 10, 18],
  ['2026-09-17', '政策宣讲会', '科技政策宣讲会:高新技术企业认定辅导', CENTRE, 30, 45, TECH],
]

/** The district bureau that co-hosts: briefings by subject, legal service with 区司法局. */
function organiser(kind: EventKind, theme: string): string {
  if (kind === '法律服务') return `${STREET}、区司法局`
  if (kind === '政策宣讲会') {
    if (theme.includes('人才')) return `${STREET}、区人社局`
    if (theme.includes('税务')) return `${STREET}、区税务局`
    if (theme.includes('科技')) return `${STREET}、区科委`
  }
  if (theme.includes('党课')) return `${STREET}党工委`
  if (theme.includes('慈善')) return `${STREET}、同心圆商会`
  return STREET
}

const NOTES: Partial<Record<EventKind, string>> = {
  共享直播间: '面向环同济周边青年和同济学子的低成本、便利化创新创业服务',
  法律服务: '"金法槌"律师现场答疑,法律咨询触手可及',
}

/** Attendees: firms trading on the day, biased towards the preferred industries (or key firms). */
function attendees(rng: Rng, firms: readonly Firm[], on: string, n: number, prefer?: readonly Industry[]): number[] {
  const open = firms.filter((f) => f.status === '在营' && f.settledOn <= on)
  const favoured = prefer ? open.filter((f) => prefer.includes(f.industry)) : open.filter((f) => f.isKey)
  const chosen = new Set(rng.sample(favoured, Math.round(n * 0.6)).map((f) => f.id))
  for (const f of rng.sample(open, n * 2)) {
    if (chosen.size >= n) break
    chosen.add(f.id)
  }
  return [...chosen]
}

export function loadEvents(backend: DemoDeps, rng: Rng, dir: Directory): void {
  const n = dir.notable
  // Late February 2023: the three firms that shared their experience, then 30+ more.
  const speakers = [n.lianchuang.id, n.shizheng.id, n.jili.id, n.youdian.id, n.dianxin.id]
  const others = dir.firms.filter((f) => !speakers.includes(f.id))
  create(backend, 'event', {
    heldOn: '2023-02-28',
    theme: '环同济企业发展交流会:2023年经济形势分析及应对策略',
    kind: '发展交流会',
    organiser: STREET,
    location: CENTRE,
    notes:
      '区发展改革委作《杨浦区优化营商环境建设6.0版改革方案》政策解读;' +
      '联创集团、市政设计总院、济丽集团等企业代表分享经营心得',
    attendeeIds: [...speakers, ...attendees(rng, others, '2023-02-28', rng.int(28, 34))],
  })
  for (const [heldOn, kind, theme, location, min, max, prefer] of EVENTS) {
    create(backend, 'event', {
      heldOn,
      theme,
      kind,
      organiser: organiser(kind, theme),
      location,
      notes: NOTES[kind],
      attendeeIds: attendees(rng, dir.firms, heldOn, rng.int(min, max), prefer),
    })
  }
}
