/**
 * ~2,250 visits over two years. Each big campaign reaches nearly every key firm (some twice:
 * a visit, then a call back) and a sample of the others; theme months visit a few dozen firms;
 * a handful of routine visits fall outside any campaign. Visitors are the firm's 服务专员 and
 * its building's 楼掌柜 where there are, plus cadres from the departments that join the sweep.
 * Which visits raised a request is decided here, so the summary can say so.
 */
import type { Deps } from '../core/deps'
import type { CampaignRef } from './campaigns'
import { addDays, DEMO_TODAY, minDate, randomWorkday } from './dates'
import type { RequestCategory } from './dictionaries'
import type { Directory, Firm } from './enterprises'
import type { Rng } from './random'
import type { Roster } from './staff'
import { create } from './store'
import { visitSummary } from './visit-texts'

/** What this module uses of the ledger's services (src/main/core/deps.ts). */
type DemoDeps = Pick<Deps, 'ledgers'>

type Form = '上门走访' | '座谈会' | '电话回访'

export interface VisitRef {
  id: number
  firm: Firm
  visitedOn: string
  campaign: CampaignRef | null
  form: Form
  raises: RequestCategory | null
}

type Plan = Omit<VisitRef, 'id'>

/** Visits that raise a request (the rest come through the service centre and hotline). */
const RAISING: readonly [number, number] = [300, 316]

export const CATEGORY_WEIGHTS: readonly (readonly [RequestCategory, number])[] = [
  ['政策咨询', 22],
  ['人才招聘', 16],
  ['融资需求', 14],
  ['办公空间', 10],
  ['证照办理', 10],
  ['法律咨询', 9],
  ['房租减免', 6],
  ['其他', 13],
]

const ROUTINE_VISITS = 60

/** How many cadres go to a visit in person. */
const VISITOR_COUNTS = [
  [1, 30],
  [2, 48],
  [3, 22],
] as const

function form(rng: Rng, themeMonth: boolean): Form {
  return rng.weighted([
    ['上门走访', 72],
    ['座谈会', themeMonth ? 20 : 8],
    ['电话回访', 20],
  ])
}

function planCampaign(rng: Rng, c: CampaignRef, firms: readonly Firm[]): Plan[] {
  const end = minDate(c.endOn, DEMO_TODAY)
  const eligible = firms.filter((f) => f.status === '在营' && f.settledOn <= c.startOn)
  const keys = eligible.filter((f) => f.isKey)
  const others = eligible.filter((f) => !f.isKey)
  const theme = c.kind === '主题月'
  const plans: Plan[] = []
  const visit = (firm: Firm, on: string, f: Form) => {
    plans.push({ firm, visitedOn: on, campaign: c, form: f, raises: null })
  }

  if (theme) {
    // A theme month meets a few key firms and a wider circle of small ones.
    const nKey = Math.round(c.size * 0.35)
    for (const f of rng.sample(keys, nKey)) visit(f, randomWorkday(rng, c.startOn, end), form(rng, true))
    for (const f of rng.sample(others, c.size - nKey)) visit(f, randomWorkday(rng, c.startOn, end), form(rng, true))
    return plans
  }
  for (const f of keys) {
    if (!rng.chance(0.9)) continue
    const on = randomWorkday(rng, c.startOn, addDays(end, -14))
    visit(f, on, rng.chance(0.85) ? '上门走访' : '座谈会')
    if (rng.chance(0.15)) visit(f, randomWorkday(rng, addDays(on, 7), end), '电话回访')
  }
  for (const f of rng.sample(others, Math.max(0, c.size - plans.length))) {
    visit(f, randomWorkday(rng, c.startOn, end), form(rng, false))
  }
  return plans
}

function planRoutine(rng: Rng, firms: readonly Firm[]): Plan[] {
  const plans: Plan[] = []
  while (plans.length < ROUTINE_VISITS) {
    const on = randomWorkday(rng, '2024-03-01', DEMO_TODAY)
    const firm = rng.pick(firms)
    if (firm.status !== '在营' || firm.settledOn > on) continue
    plans.push({ firm, visitedOn: on, campaign: null, form: form(rng, false), raises: null })
  }
  return plans
}

/**
 * Weighted sample without replacement (Efraimidis–Spirakis): key firms and visits in person
 * raise more; the last weeks' visits too, so the demo has requests still open on its "today".
 */
function chooseRaising(rng: Rng, plans: Plan[]): void {
  const n = rng.int(RAISING[0], RAISING[1])
  const recent = addDays(DEMO_TODAY, -50)
  const keyed = plans.map((p) => {
    const w = (p.firm.isKey ? 2 : 1) * (p.form === '电话回访' ? 0.4 : 1) * (p.visitedOn >= recent ? 3 : 1)
    return { p, k: Math.pow(rng.next(), 1 / w) }
  })
  keyed.sort((a, b) => b.k - a.k)
  for (const { p } of keyed.slice(0, n)) p.raises = rng.weighted(CATEGORY_WEIGHTS)
}

function visitors(rng: Rng, p: Plan, roster: Roster): number[] {
  const ids: number[] = []
  const add = (id: number | null | undefined) => {
    if (id != null && !ids.includes(id)) ids.push(id)
  }
  const target = p.form === '电话回访' ? 1 : rng.weighted(VISITOR_COUNTS)
  add(p.firm.specialistId)
  if (p.firm.building && p.form !== '电话回访' && (p.firm.isKey || rng.chance(0.45))) add(p.firm.building.managerId)
  // Theme months are run by the business office; the big sweeps draw on every department.
  const pool = p.campaign?.kind === '主题月' ? roster.specialists : [...roster.specialists, ...roster.cadres]
  while (ids.length < target) add(rng.pick(pool).id)
  return ids.slice(0, Math.max(target, 1))
}

export function loadVisits(
  backend: DemoDeps,
  rng: Rng,
  dir: Directory,
  campaigns: readonly CampaignRef[],
  roster: Roster,
): VisitRef[] {
  const plans: Plan[] = []
  for (const c of campaigns) plans.push(...planCampaign(rng.fork(c.name), c, dir.firms))
  plans.push(...planRoutine(rng.fork('routine'), dir.firms))
  // Chronological, so ids follow the calendar as they would in a ledger kept day by day.
  plans.sort((a, b) => (a.visitedOn < b.visitedOn ? -1 : a.visitedOn > b.visitedOn ? 1 : a.firm.id - b.firm.id))
  chooseRaising(rng.fork('raising'), plans)

  const text = rng.fork('text')
  return plans.map((p) => {
    const id = create(backend, 'visit', {
      enterpriseId: p.firm.id,
      campaignId: p.campaign?.id ?? null,
      visitedOn: p.visitedOn,
      form: p.form,
      summary: visitSummary(text, p.form, p.firm.industry, p.raises),
      visitorIds: visitors(text, p, roster),
    })
    return { ...p, id }
  })
}
