/**
 * A ledger at the scale the grids must stand (issue #3: 100,000 firms, 1,000,000 visits),
 * grown on top of the regular demo. Written with prepared statements straight into the
 * tables, without the per-record services and audit log: this is measuring data, and through
 * the services a million visits would take many minutes. Pinyin columns and the search
 * index are filled as on every other write (derive + triggers).
 */
import { enterpriseLedger } from '../ledgers/enterprise'
import type { Deps } from '../core/deps'
import { CreditCodes } from './codes'
import { DEMO_TODAY, addDays, randomWorkday } from './dates'
import { INDUSTRIES, type Industry } from './dictionaries'
import { FirmNames } from './firm-names'
import type { Rng } from './random'

/** What this module uses of the ledger's services (src/main/core/deps.ts). */
type ScaleDeps = Pick<Deps, 'db'>

/** Visits per firm at scale: 1,000,000 visits for 100,000 firms. */
export const VISITS_PER_FIRM = 10

const FORMS = ['上门走访', '上门走访', '上门走访', '座谈会', '电话回访'] as const

function industry(rng: Rng): Industry {
  const x = rng.next()
  if (x < 0.4) return '建筑设计'
  if (x < 0.65) return '智能制造'
  return INDUSTRIES[rng.int(2, INDUSTRIES.length - 1)]
}

/** Adds firms until there are `enterprises`, then visits until there are VISITS_PER_FIRM per firm. */
export function growDemo(b: ScaleDeps, rng: Rng, enterprises: number): void {
  const db = b.db
  const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
  const ids = (sql: string) => db.prepare(sql).pluck().all() as number[]
  const industries = new Map(
    (db.prepare("SELECT name, id FROM dictionary WHERE kind = 'industry'").all() as { name: string; id: number }[]).map(
      (r) => [r.name, r.id],
    ),
  )
  const buildings = ids('SELECT id FROM building')
  const staff = ids('SELECT id FROM staff')
  const names = new FirmNames(rng.fork('names'), new Set(ids('SELECT name FROM enterprise') as unknown as string[]))
  const codes = new CreditCodes(
    rng.fork('codes'),
    new Set(ids('SELECT credit_code FROM enterprise WHERE credit_code IS NOT NULL') as unknown as string[]),
  )

  const insertFirm = db.prepare(
    `INSERT INTO enterprise (name, short_name, credit_code, industry_id, building_id, room, registered_capital,
       established_on, status, is_key, name_pinyin, name_initials)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  for (let n = count('enterprise'); n < enterprises; n++) {
    const ind = industry(rng)
    const { name, shortName } = names.next(ind)
    const established = randomWorkday(rng, '1995-01-01', '2026-06-30')
    const derived = enterpriseLedger.derive!({ name })
    insertFirm.run(
      name,
      shortName,
      codes.next(established),
      industries.get(ind) ?? null,
      rng.chance(0.7) ? rng.pick(buildings) : null,
      rng.chance(0.7) ? `${rng.int(2, 25)}${String(rng.int(1, 30)).padStart(2, '0')}室` : null,
      rng.int(1, 500) * 10,
      established,
      rng.chance(0.95) ? '在营' : rng.pick(['迁出', '注销']),
      rng.chance(0.05) ? 1 : 0,
      derived.name_pinyin,
      derived.name_initials,
    )
  }

  const firms = ids('SELECT id FROM enterprise')
  const campaigns = db.prepare('SELECT id, start_on AS startOn, end_on AS endOn FROM campaign').all() as {
    id: number
    startOn: string
    endOn: string
  }[]
  const insertVisit = db.prepare(
    'INSERT INTO visit (enterprise_id, campaign_id, visited_on, form, summary) VALUES (?, ?, ?, ?, ?)',
  )
  const insertVisitor = db.prepare('INSERT OR IGNORE INTO visit_visitor (visit_id, staff_id) VALUES (?, ?)')
  for (let n = count('visit'), target = firms.length * VISITS_PER_FIRM; n < target; n++) {
    const c = rng.chance(0.9) ? rng.pick(campaigns) : null
    const on = c ? randomWorkday(rng, c.startOn, c.endOn) : randomWorkday(rng, addDays(DEMO_TODAY, -730), DEMO_TODAY)
    const id = insertVisit.run(
      rng.pick(firms),
      c?.id ?? null,
      on,
      rng.pick(FORMS),
      '走访企业,了解经营情况',
    ).lastInsertRowid
    insertVisitor.run(id, rng.pick(staff))
    if (rng.chance(0.5)) insertVisitor.run(id, rng.pick(staff))
  }
}
