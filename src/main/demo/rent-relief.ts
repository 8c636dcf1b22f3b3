/**
 * 2022 rent relief (疫情期间). The article's totals are exact: 紫荆广场 waived ¥14,000,000 for
 * 120 tenants and 旭辉广场 ¥12,000,000 for 81, so each tenant's share is drawn at random and
 * scaled to whole yuan, with the rounding remainder put on the last tenant. The private parks
 * 中天大厦 and 渔技所 waived 1.5–6 months for a few firms, 同建强华 and 同大建筑 among them.
 * Tenants are partly firms of the directory in that building, partly shops known only by name.
 */
import type { Deps } from '../core/deps'
import { byName, type BuildingRef } from './buildings'
import { addDays, addMonths } from './dates'
import type { Directory, Firm } from './enterprises'
import { shopName } from './firm-names'
import type { Rng } from './random'
import { create } from './store'

/** What this module uses of the ledger's services (src/main/core/deps.ts). */
type DemoDeps = Pick<Deps, 'ledgers'>

const PERIOD_START = '2022-04-01'
const PANDEMIC_BATCH = '2022年疫情房租减免'
const PARK_BATCH = '2022年民营园区楼宇房租减免'

/** The article's two big operators: building, tenants, total in 元. */
const WAIVERS: readonly (readonly [string, number, number])[] = [
  ['紫荆广场', 120, 14_000_000],
  ['旭辉广场', 81, 12_000_000],
]

/** Months waived and how often: three months and the whole half-year were the usual offers. */
const MONTHS = [
  [1, 1],
  [2, 2],
  [3, 5],
  [4, 2],
  [5, 1],
  [6, 4],
] as const

/** Last day of a relief of `months` (1.5 = a month and a half) from the start. */
function periodEnd(start: string, months: number): string {
  const whole = Math.floor(months)
  const half = months - whole > 0 ? 15 : 0
  return addDays(addDays(addMonths(start, whole), half), -1)
}

/** Directory firms that were tenants in 2022: in the building, settled before, still trading. */
function tenantsOf(dir: Directory, b: BuildingRef): Firm[] {
  return dir.firms.filter((f) => f.building?.id === b.id && f.status === '在营' && f.settledOn < '2022-01-01')
}

/**
 * Splits `total` yuan over the weights: whole yuan each, all positive, summing exactly to total.
 * Floors leave a remainder in [0, n) which goes to the last share.
 */
export function splitExactly(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0)
  const shares = weights.map((w) => Math.max(1, Math.floor((w / sum) * total)))
  const rest = total - shares.reduce((a, b) => a + b, 0)
  shares[shares.length - 1] += rest
  if (shares.some((s) => s <= 0 || !Number.isInteger(s))) throw new Error('demo rent relief split failed')
  return shares
}

function loadPandemicWaiver(backend: DemoDeps, rng: Rng, dir: Directory, b: BuildingRef, count: number, total: number) {
  const firms = rng.sample(tenantsOf(dir, b), Math.round((count * rng.int(55, 65)) / 100))
  const shops = new Set<string>()
  const tenants: { name: string; enterpriseId: number | null }[] = firms.map((f) => ({
    name: f.name,
    enterpriseId: f.id,
  }))
  while (tenants.length < count) tenants.push({ name: shopName(rng, shops), enterpriseId: null })
  rng.shuffle(tenants)

  // Share ~ months waived × the unit's monthly rent (street shops and big floors pay more).
  const months = tenants.map(() => rng.weighted(MONTHS))
  const amounts = splitExactly(
    total,
    months.map((m) => m * rng.logNormal(20_000, 0.7)),
  )
  tenants.forEach((t, i) => {
    create(backend, 'rentRelief', {
      buildingId: b.id,
      operator: b.operator,
      enterpriseId: t.enterpriseId,
      tenantName: t.name,
      periodStart: PERIOD_START,
      periodEnd: periodEnd(PERIOD_START, months[i]),
      months: months[i],
      amount: amounts[i],
      batch: PANDEMIC_BATCH,
      notes: t.enterpriseId === null ? '商铺/个体工商户' : null,
    })
  })
}

function loadParkWaiver(backend: DemoDeps, rng: Rng, dir: Directory, b: BuildingRef, named: Firm, count: number) {
  const others = rng.sample(
    tenantsOf(dir, b).filter((f) => f.id !== named.id),
    count - 1,
  )
  for (const f of [named, ...others]) {
    const months = rng.pick([1.5, 2, 3, 3, 4, 5, 6])
    // Rent rounded to ten yuan a month, so 1.5 months stays within two decimals.
    const monthly = Math.round(rng.logNormal(12_000, 0.6) / 10) * 10
    create(backend, 'rentRelief', {
      buildingId: b.id,
      operator: b.operator,
      enterpriseId: f.id,
      tenantName: f.name,
      periodStart: PERIOD_START,
      periodEnd: periodEnd(PERIOD_START, months),
      months,
      amount: monthly * months,
      batch: PARK_BATCH,
      notes: '街道宣传政策后由园区运营方自愿减免',
    })
  }
}

export function loadRentReliefs(backend: DemoDeps, rng: Rng, dir: Directory, buildings: readonly BuildingRef[]): void {
  for (const [name, count, total] of WAIVERS) {
    loadPandemicWaiver(backend, rng.fork(name), dir, byName(buildings, name), count, total)
  }
  const zhongtian = byName(buildings, '中天大厦')
  const yujisuo = byName(buildings, '渔技所')
  loadParkWaiver(backend, rng.fork(zhongtian.name), dir, zhongtian, dir.notable.tongjian, rng.int(10, 16))
  loadParkWaiver(backend, rng.fork(yujisuo.name), dir, yujisuo, dir.notable.tongda, rng.int(6, 10))
}
