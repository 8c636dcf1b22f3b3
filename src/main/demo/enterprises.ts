/**
 * The enterprise directory: the article's firms plus ~3,100 generated ones, mostly 建筑设计 and
 * 智能制造, spread over the buildings by size. Every firm is planned in memory first, so that the
 * partner assignment can move a firm's settling date after its partner's 授牌 before the
 * credit code (which depends on the founding date) is issued and the record is written.
 */
import type { Deps } from '../core/deps'
import { BUILDINGS, byName, roomIn, type BuildingRef } from './buildings'
import { CreditCodes } from './codes'
import { addDays, DEMO_TODAY, maxDate, randomDate } from './dates'
import type { Dictionaries, Industry } from './dictionaries'
import { FirmNames } from './firm-names'
import { personName, phone } from './names'
import { NOTABLE, type NotableKey } from './notable'
import type { PartnerRef } from './partners'
import type { Rng } from './random'
import type { Roster } from './staff'
import { create } from './store'

/** What this module uses of the ledger's services (src/main/core/deps.ts). */
type DemoDeps = Pick<Deps, 'ledgers'>

/** Generated firms on top of the article's; with them the directory holds ~3,100. */
const GENERATED = 3093

const INDUSTRY_WEIGHTS: readonly (readonly [Industry, number])[] = [
  ['建筑设计', 40],
  ['智能制造', 24],
  ['工程咨询', 8],
  ['软件和信息服务', 6],
  ['科技服务', 6],
  ['文化创意', 4],
  ['商务服务', 4],
  ['批发零售', 3],
  ['餐饮服务', 1.5],
  ['金融服务', 1.5],
  ['教育培训', 1],
  ['其他', 1],
]

/** Founding years lean recent: the circle grew fast after 2015. */
const YEAR_WEIGHTS: readonly (readonly [number, number])[] = Array.from({ length: 31 }, (_, i) => {
  const year = 1995 + i
  const w = year < 2005 ? 1 : year < 2010 ? 2.5 : year < 2015 ? 4 : year <= 2023 ? 6 : 3
  return [year, w] as const
})

/** Streets of the subdistrict, with house-number ranges, for firms outside the listed buildings. */
const STREETS: readonly (readonly [string, number, number])[] = [
  ['四平路', 1001, 1500],
  ['国康路', 1, 120],
  ['赤峰路', 1, 120],
  ['密云路', 400, 1100],
  ['彰武路', 1, 120],
  ['鞍山路', 1, 100],
  ['中山北二路', 1000, 1200],
  ['阜新路', 1, 300],
  ['苏家屯路', 1, 150],
]

const MOVED_TO = [
  ...['闵行区', '嘉定区', '浦东新区', '宝山区', '普陀区', '虹口区', '徐汇区', '松江区'],
  ...['江苏省昆山市', '浙江省嘉兴市'],
]

export interface Firm {
  id: number
  name: string
  industry: Industry
  building: BuildingRef | null
  isKey: boolean
  status: '在营' | '迁出' | '注销'
  establishedOn: string
  settledOn: string
  specialistId: number | null
}

export interface Directory {
  firms: Firm[]
  notable: Record<NotableKey, Firm>
}

interface Plan {
  name: string
  shortName: string
  industry: Industry
  building: BuildingRef | null
  room: string | null
  address: string
  registeredCapital: number
  establishedOn: string
  settledOn: string
  isKey: boolean
  isManaged: boolean
  isAboveScale: boolean
  isHighTech: boolean
  isSpecialized: boolean
  specialistId: number | null
  partnerId: number | null
  status: '在营' | '迁出' | '注销'
  notes: string | null
  notable?: NotableKey
}

/** 注册资本 as a person would write it: 30, 150, 1200 万元, never 137.4. */
function roundCapital(v: number): number {
  if (v < 10) return Math.max(3, Math.round(v))
  if (v < 100) return Math.round(v / 10) * 10
  if (v < 1000) return Math.round(v / 50) * 50
  return Math.round(v / 100) * 100
}

/** Median 注册资本 (万元) by industry; 100 for the rest. */
const CAPITAL_MEDIAN: Partial<Record<Industry, number>> = {
  建筑设计: 200,
  智能制造: 500,
  工程咨询: 300,
  金融服务: 1000,
}

/** Share of 高新技术企业 by industry; 2% for the rest. */
const HIGH_TECH: Partial<Record<Industry, number>> = {
  智能制造: 0.3,
  软件和信息服务: 0.25,
  科技服务: 0.2,
  建筑设计: 0.1,
  工程咨询: 0.08,
}

function streetAddress(rng: Rng): string {
  const [street, lo, hi] = rng.pick(STREETS)
  return `上海市杨浦区${street}${rng.int(lo, hi)}号`
}

function planFirm(rng: Rng, names: FirmNames, buildings: readonly BuildingRef[], roster: Roster): Plan {
  const industry = rng.weighted(INDUSTRY_WEIGHTS)
  const { name, shortName } = names.next(industry)
  const building = rng.chance(0.88) ? rng.weighted(buildings.map((b) => [b, b.weight] as const)) : null
  const room = building ? roomIn(rng, building) : null
  const address = building ? `${building.address}${room}` : streetAddress(rng)
  const year = rng.weighted(YEAR_WEIGHTS)
  const establishedOn = randomDate(rng, `${year}-01-01`, `${year}-12-31`)
  // Most were founded here; the others moved in later, attracted by the circle.
  const settledOn = rng.chance(0.6)
    ? establishedOn
    : randomDate(rng, maxDate(establishedOn, '2008-01-01'), '2026-06-30')

  const isAboveScale = rng.chance(industry === '建筑设计' || industry === '智能制造' ? 0.1 : 0.06)
  const isKey = rng.chance(isAboveScale ? 0.55 : 0.035)
  const isHighTech = rng.chance(Math.min(0.8, (HIGH_TECH[industry] ?? 0.02) * (isKey ? 2.5 : 1)))
  const isSpecialized = rng.chance(isHighTech ? (industry === '智能制造' ? 0.22 : 0.1) : 0.01)
  const median = (CAPITAL_MEDIAN[industry] ?? 100) * (isKey ? 8 : isAboveScale ? 4 : 1)
  const registeredCapital = roundCapital(rng.logNormal(median, 1.0))

  // Key firms stay; elsewhere a few moved out or closed, with the year in the notes.
  let status: Plan['status'] = '在营'
  let notes: string | null = null
  if (!isKey && settledOn < '2025-01-01') {
    const r = rng.next()
    const year = rng.int(Math.max(2019, Number(settledOn.slice(0, 4)) + 1), 2026)
    if (r < 0.04) {
      status = '迁出'
      notes = `${year}年迁至${rng.pick(MOVED_TO)}`
    } else if (r < 0.07) {
      status = '注销'
      notes = `${year}年注销`
    }
  }
  return {
    name,
    shortName,
    industry,
    building,
    room,
    address,
    registeredCapital,
    establishedOn,
    settledOn,
    isKey,
    isManaged: rng.chance(0.72),
    isAboveScale,
    isHighTech,
    isSpecialized,
    specialistId: isKey ? rng.pick(roster.specialists).id : null,
    partnerId: null,
    status,
    notes,
  }
}

function planNotable(rng: Rng, buildings: readonly BuildingRef[], roster: Roster): Plan[] {
  return NOTABLE.map((n) => {
    const building = n.building ? byName(buildings, n.building) : null
    const room = building ? roomIn(rng, building) : null
    return {
      name: n.name,
      shortName: n.shortName,
      industry: n.industry,
      building,
      room,
      address: building ? `${building.address}${room}` : (n.address ?? streetAddress(rng)),
      registeredCapital: n.registeredCapital,
      establishedOn: n.establishedOn,
      settledOn: n.settledOn,
      isKey: n.isKey,
      isManaged: true,
      isAboveScale: n.isAboveScale,
      isHighTech: n.isHighTech,
      isSpecialized: false,
      specialistId: n.isKey ? rng.pick(roster.specialists).id : null,
      partnerId: null,
      status: '在营',
      notes: n.notes ?? null,
      notable: n.key,
    }
  })
}

/**
 * 13 partners brought in 58–66 firms between them, each at least one, more for the big park
 * operators. A brought-in firm settled after its partner's 授牌; one founded later than that
 * was founded when it settled.
 */
function assignPartners(rng: Rng, plans: Plan[], partners: readonly PartnerRef[]): void {
  const total = rng.int(58, 66)
  const counts = partners.map(() => 1)
  for (let i = partners.length; i < total; i++) {
    counts[rng.weighted(partners.map((p, k) => [k, p.weight] as const))]++
  }
  const candidates = rng.shuffle(plans.filter((p) => !p.notable && p.status === '在营'))
  let next = 0
  partners.forEach((partner, k) => {
    for (let i = 0; i < counts[k]; i++) {
      const plan = candidates[next++]
      plan.partnerId = partner.id
      plan.settledOn = randomDate(rng, addDays(partner.licensedOn, 20), '2026-06-30')
      if (plan.establishedOn > plan.settledOn) plan.establishedOn = plan.settledOn
      plan.notes = `经招商合作伙伴${partner.name}引荐落户`
    }
  })
}

export function loadEnterprises(
  backend: DemoDeps,
  rng: Rng,
  dict: Dictionaries,
  buildings: readonly BuildingRef[],
  roster: Roster,
  partners: readonly PartnerRef[],
): Directory {
  if (buildings.length !== BUILDINGS.length) throw new Error('demo buildings not loaded')
  const taken = new Set(NOTABLE.map((n) => n.name))
  const names = new FirmNames(rng.fork('names'), taken)
  const plans = planNotable(rng, buildings, roster)
  for (let i = 0; i < GENERATED; i++) plans.push(planFirm(rng, names, buildings, roster))
  assignPartners(rng.fork('partners'), plans, partners)

  const codes = new CreditCodes(rng.fork('codes'))
  const people = rng.fork('people')
  const firms: Firm[] = []
  const notable = {} as Record<NotableKey, Firm>
  for (const p of plans) {
    if (p.settledOn > DEMO_TODAY) p.settledOn = DEMO_TODAY
    const legalRep = personName(people)
    const id = create(backend, 'enterprise', {
      name: p.name,
      shortName: p.shortName,
      creditCode: codes.next(p.establishedOn),
      industryId: dict.industry[p.industry],
      buildingId: p.building?.id ?? null,
      room: p.room,
      registeredAddress: p.address,
      // Most work where they are registered; some registered here keep their office elsewhere.
      operatingAddress: p.notable || people.chance(0.92) ? p.address : streetAddress(people),
      registeredCapital: p.registeredCapital,
      establishedOn: p.establishedOn,
      legalRep,
      contact: people.chance(0.4) ? legalRep : personName(people),
      phone: phone(people, 0.55),
      isKey: p.isKey,
      isManaged: p.isManaged,
      isAboveScale: p.isAboveScale,
      isHighTech: p.isHighTech,
      isSpecialized: p.isSpecialized,
      specialistId: p.specialistId,
      partnerId: p.partnerId,
      settledOn: p.settledOn,
      status: p.status,
      notes: p.notes,
    })
    const firm: Firm = {
      id,
      name: p.name,
      industry: p.industry,
      building: p.building,
      isKey: p.isKey,
      status: p.status,
      establishedOn: p.establishedOn,
      settledOn: p.settledOn,
      specialistId: p.specialistId,
    }
    firms.push(firm)
    if (p.notable) notable[p.notable] = firm
  }
  return { firms, notable }
}
