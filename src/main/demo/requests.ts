/**
 * ~340 requests and their closed loop. Most were raised on a visit (received the day of the
 * visit); the rest came through the service centre's window, a phone call or the 12345 hotline.
 * Older ones are closed, mostly within the category's time limit, some late, a few could not
 * be solved; the last weeks' are still open, and a few old ones are still being chased (督办).
 */
import type { Deps } from '../core/deps'
import { addDays, daysBetween, DEMO_TODAY, minDate, randomWorkday } from './dates'
import { REQUEST_CATEGORIES, type Dictionaries, type RequestCategory } from './dictionaries'
import type { Directory, Firm } from './enterprises'
import type { Rng } from './random'
import { requestText, UNITS } from './request-texts'
import { create } from './store'
import { CATEGORY_WEIGHTS, type VisitRef } from './visits'

/** What this module uses of the ledger's services (src/main/core/deps.ts). */
type DemoDeps = Pick<Deps, 'ledgers'>

/** Requests that did not come from a visit; some of them recent, so the open list is not empty. */
const UNLINKED_OLD = 20
const UNLINKED_RECENT = 12
const RECENT_FROM = '2026-10-20'

const CHANNELS = [
  '环同济营商服务中心窗口受理',
  '企业来电反映',
  '12345市民服务热线转办',
  '楼宇物业转达',
  '企业微信群反映',
]

/** How firms rate the outcome at the follow-up call. */
const RATINGS_SOLVED = [
  ['满意', 82],
  ['基本满意', 15],
  ['不满意', 3],
] as const
const RATINGS_UNSOLVED = [
  ['满意', 20],
  ['基本满意', 55],
  ['不满意', 25],
] as const

interface Plan {
  firm: Firm
  visit: VisitRef | null
  category: RequestCategory
  receivedOn: string
  note: string | null
}

function unlinked(rng: Rng, firms: readonly Firm[], from: string, to: string): Plan {
  for (;;) {
    const on = randomWorkday(rng, from, to)
    const firm = rng.pick(firms)
    if (firm.status !== '在营' || firm.settledOn > on) continue
    return { firm, visit: null, category: rng.weighted(CATEGORY_WEIGHTS), receivedOn: on, note: rng.pick(CHANNELS) }
  }
}

function closedAfter(rng: Rng, category: RequestCategory, limit: number): number {
  // Questions are often answered on the spot; otherwise within the limit, now and then late.
  if ((category === '政策咨询' || category === '证照办理') && rng.chance(0.2)) return rng.int(0, 1)
  if (rng.chance(0.12)) return limit + rng.int(1, 20)
  return rng.int(1, limit)
}

export function loadRequests(
  backend: DemoDeps,
  rng: Rng,
  dict: Dictionaries,
  dir: Directory,
  visits: readonly VisitRef[],
): void {
  const plans: Plan[] = []
  for (const v of visits) {
    if (v.raises) plans.push({ firm: v.firm, visit: v, category: v.raises, receivedOn: v.visitedOn, note: null })
  }
  const extra = rng.fork('unlinked')
  for (let i = 0; i < UNLINKED_OLD; i++) plans.push(unlinked(extra, dir.firms, '2024-03-01', addDays(RECENT_FROM, -1)))
  for (let i = 0; i < UNLINKED_RECENT; i++) plans.push(unlinked(extra, dir.firms, RECENT_FROM, DEMO_TODAY))
  plans.sort((a, b) => (a.receivedOn < b.receivedOn ? -1 : a.receivedOn > b.receivedOn ? 1 : 0))

  for (const p of plans) {
    const limit = REQUEST_CATEGORIES[p.category]
    const dueOn = addDays(p.receivedOn, limit)
    const text = requestText(rng, p.category, p.firm.building?.name ?? null)
    const unit = rng.weighted(UNITS[p.category])
    const age = daysBetween(p.receivedOn, DEMO_TODAY)
    const base = {
      enterpriseId: p.firm.id,
      visitId: p.visit?.id ?? null,
      categoryId: dict.category[p.category],
      content: text.content,
      receivedOn: p.receivedOn,
      dueOn,
      notes: p.note,
    }

    // Within its time limit a request of the last weeks is usually still being handled; past the
    // limit some are still open and chased (督办); a rare old one has dragged on for months.
    const stillOpen = age <= limit ? rng.chance(0.85) : age <= 45 ? rng.chance(0.25) : rng.chance(0.005)
    if (stillOpen) {
      // Not yet assigned in the first days, then sent to a unit and worked on.
      const status = age <= 3 ? '受理' : rng.chance(age <= 10 ? 0.6 : 0.25) ? '已派单' : '办理中'
      const overdue = dueOn < DEMO_TODAY ? '已逾期,营商办督办中' : null
      create(backend, 'request', {
        ...base,
        handlingUnitId: status === '受理' ? null : dict.unit[unit],
        status,
        notes: [p.note, overdue].filter(Boolean).join(';') || null,
      })
      continue
    }

    const solved = !rng.chance(0.05)
    const closedOn = minDate(addDays(p.receivedOn, closedAfter(rng, p.category, limit)), DEMO_TODAY)
    const rated = rng.chance(0.9)
    const satisfaction = rng.weighted(solved ? RATINGS_SOLVED : RATINGS_UNSOLVED)
    create(backend, 'request', {
      ...base,
      handlingUnitId: dict.unit[unit],
      status: solved ? '已办结' : '无法解决',
      response: solved ? text.response : text.cannot,
      closedOn,
      followUpOn: rated ? minDate(addDays(closedOn, rng.int(2, 14)), DEMO_TODAY) : null,
      satisfaction: rated ? satisfaction : null,
    })
  }
}
