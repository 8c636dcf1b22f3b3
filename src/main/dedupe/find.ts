/**
 * 疑似重复 (issue #20): groups of firms that are likely one. The firm table is read once; each
 * firm goes into a few buckets by blocking key (its normalised name and 曾用名, 注册号, phone,
 * building + room, pinyin), and only firms sharing a bucket are ever compared, so 100,000 firms
 * cost a pass and a few small buckets, never every pair. Pairs whose evidence is strong enough
 * are joined by union-find into groups.
 */
import type { DuplicateGroup } from '../../shared/ipc/channels/dedupe'
import type { Db } from '../db/connection'
import { dedupeName, isBranch, normalisePhone, normalisePinyin, normaliseRoom, splitFormerNames } from './normalise'

/** What one piece of evidence says, and how much it weighs (chances combine: 1 − Π(1 − w)). */
const EVIDENCE = {
  registration: { reason: '注册号相同', weight: 0.95 },
  codeAndRegistration: { reason: '一方为注册号、一方为信用代码,名称一致', weight: 0.9 },
  name: { reason: '名称规范化后相同', weight: 0.8 },
  former: { reason: '一家的曾用名是另一家的名称', weight: 0.8 },
  pinyin: { reason: '名称拼音相同', weight: 0.6 },
  phone: { reason: '联系电话相同', weight: 0.4 },
  room: { reason: '同一楼宇同一房间', weight: 0.4 },
} as const
type Evidence = keyof typeof EVIDENCE
const EVIDENCE_KEYS = Object.keys(EVIDENCE) as Evidence[]
const BIT = Object.fromEntries(EVIDENCE_KEYS.map((e, i) => [e, 1 << i])) as Record<Evidence, number>
/** A pair of ids as one number: low × PAIR + high (ids stay far below 2^26). */
const PAIR = 2 ** 26

/** A pair is shown when its evidence reaches this: a name alone does, a phone alone does not. */
const THRESHOLD = 0.6
/**
 * Beyond this many firms a bucket says nothing: a building's switchboard, a shared office, a
 * name like 测试 typed into a hundred rows. Comparing inside it would be the all-pairs cost.
 */
const BUCKET_LIMIT: Record<'strong' | 'weak', number> = { strong: 50, weak: 6 }

interface Firm {
  id: number
  name: string
  key: string
  code: string | null
  registration: string | null
}

export function findDuplicates(db: Db): DuplicateGroup[] {
  const rows = db
    .prepare(
      `SELECT id, name, former_names, credit_code, phone, building_id, room, name_pinyin, registration_no
       FROM enterprise`,
    )
    .raw()
    .all() as [
    number,
    string,
    string | null,
    string | null,
    string | null,
    number | null,
    string | null,
    string | null,
    string | null,
  ][]

  const firms = new Map<number, Firm>()
  // One map per key kind: no prefixed key strings made for 100,000 firms several times over.
  const buckets = {
    name: new Map<string, number[]>(),
    former: new Map<string, number[]>(),
    registration: new Map<string, number[]>(),
    phone: new Map<string, number[]>(),
    room: new Map<string, number[]>(),
    pinyin: new Map<string, number[]>(),
  }
  const put = (map: Map<string, number[]>, key: string, id: number) => {
    const b = map.get(key)
    if (b) {
      if (b[b.length - 1] !== id) b.push(id)
    } else map.set(key, [id])
  }
  for (const [id, name, former, code, phone, building, room, pinyin, registration] of rows) {
    const key = dedupeName(name)
    firms.set(id, { id, name, key, code, registration })
    if (key) put(buckets.name, key, id)
    if (former) {
      for (const f of splitFormerNames(former)) {
        const fk = dedupeName(f)
        if (fk && fk !== key) put(buckets.former, fk, id)
      }
    }
    if (registration) put(buckets.registration, registration, id)
    const p = normalisePhone(phone)
    if (p) put(buckets.phone, p, id)
    const r = building !== null ? normaliseRoom(room) : null
    if (r) put(buckets.room, `${building}|${r}`, id)
    const y = pinyin ? normalisePinyin(pinyin) : ''
    // A short pinyin (two or three syllables) is too common to say anything.
    if (y.length >= 10) put(buckets.pinyin, y, id)
  }

  // Pair (low id, high id) as one number → its evidence as bits (EVIDENCE's order).
  const pairs = new Map<number, number>()
  const note = (a: number, b: number, e: Evidence) => {
    if (a === b) return
    const k = a < b ? a * PAIR + b : b * PAIR + a
    pairs.set(k, (pairs.get(k) ?? 0) | BIT[e])
  }
  const within = (map: Map<string, number[]>, e: Evidence, limit: number) => {
    for (const ids of map.values()) {
      if (ids.length < 2 || ids.length > limit) continue
      for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) note(ids[i], ids[j], e)
    }
  }
  within(buckets.name, 'name', BUCKET_LIMIT.strong)
  // A 曾用名 meets the name it was: firms named so, and firms that were once named so.
  for (const [key, formerly] of buckets.former) {
    const named = buckets.name.get(key)
    if (named && named.length * formerly.length <= BUCKET_LIMIT.strong)
      for (const a of named) for (const b of formerly) note(a, b, 'former')
  }
  within(buckets.former, 'former', BUCKET_LIMIT.weak)
  within(buckets.registration, 'registration', BUCKET_LIMIT.strong)
  within(buckets.phone, 'phone', BUCKET_LIMIT.weak)
  within(buckets.room, 'room', BUCKET_LIMIT.weak)
  within(buckets.pinyin, 'pinyin', BUCKET_LIMIT.weak)

  const dismissed = dismissedPairs(db)
  // Union-find: a firm missing from `parent` is its own root.
  const parent = new Map<number, number>()
  const root = (x: number): number => {
    let r = x
    while (parent.has(r)) r = parent.get(r)!
    while (x !== r) {
      const next = parent.get(x)!
      parent.set(x, r)
      x = next
    }
    return r
  }
  const accepted: { a: number; b: number; reasons: Evidence[]; score: number }[] = []
  for (const [k, bits] of pairs) {
    // Weak evidence alone (a phone, a room) never reaches the threshold: most pairs stop here.
    if (bits === BIT.phone || bits === BIT.room) continue
    if (dismissed.has(k)) continue
    const a = Math.floor(k / PAIR)
    const b = k % PAIR
    const fa = firms.get(a)!
    const fb = firms.get(b)!
    if (distinct(fa, fb)) continue
    const reasons = EVIDENCE_KEYS.filter((e) => bits & BIT[e])
    if ((bits & (BIT.name | BIT.former)) !== 0 && codeMeetsRegistration(fa, fb)) reasons.push('codeAndRegistration')
    const score = 1 - reasons.reduce((p, e) => p * (1 - EVIDENCE[e].weight), 1)
    if (score < THRESHOLD) continue
    accepted.push({ a, b, reasons, score })
    const ra = root(a)
    const rb = root(b)
    if (ra !== rb) parent.set(Math.max(ra, rb), Math.min(ra, rb))
  }

  const groups = new Map<number, { ids: Set<number>; reasons: Set<Evidence>; score: number }>()
  for (const { a, b, reasons, score } of accepted) {
    const r = root(a)
    let g = groups.get(r)
    if (!g) {
      g = { ids: new Set(), reasons: new Set(), score: 0 }
      groups.set(r, g)
    }
    g.ids.add(a).add(b)
    for (const e of reasons) g.reasons.add(e)
    g.score = Math.max(g.score, score)
  }
  return [...groups.values()]
    .map((g) => {
      const ids = [...g.ids].sort((x, y) => x - y)
      return {
        ids,
        names: ids.map((id) => firms.get(id)!.name),
        reasons: EVIDENCE_KEYS.filter((e) => g.reasons.has(e)).map((e) => EVIDENCE[e].reason),
        score: Math.round(g.score * 100),
      }
    })
    .sort((x, y) => y.score - x.score || x.ids[0] - y.ids[0])
}

/**
 * Two records that are surely two firms, whatever else they share: two different credit codes
 * (or 注册号) are two legal entities, and a branch is not the company it names.
 */
function distinct(a: Firm, b: Firm): boolean {
  if (a.code && b.code && a.code !== b.code) return true
  if (a.registration && b.registration && a.registration !== b.registration) return true
  return a.key !== b.key && (isBranch(a.key) || isBranch(b.key))
}

/** One is known by its credit code only, the other by its 注册号 only: the same firm before and after 2015. */
function codeMeetsRegistration(a: Firm, b: Firm): boolean {
  const only = (f: Firm) => (f.code && !f.registration ? 'code' : f.registration && !f.code ? 'registration' : null)
  const x = only(a)
  const y = only(b)
  return x !== null && y !== null && x !== y
}

function dismissedPairs(db: Db): Set<number> {
  const rows = db.prepare('SELECT low_id, high_id FROM dedupe_dismissed').raw().all() as [number, number][]
  return new Set(rows.map(([a, b]) => a * PAIR + b))
}

/** 不是重复: every pair of the group stays apart from now on (a firm added later is still compared). */
export function dismissGroup(db: Db, actor: string, ids: readonly number[]): { dismissed: number } {
  const sorted = [...new Set(ids)].sort((x, y) => x - y)
  const ins = db.prepare('INSERT OR IGNORE INTO dedupe_dismissed (low_id, high_id, actor) VALUES (?, ?, ?)')
  let n = 0
  db.transaction(() => {
    for (let i = 0; i < sorted.length; i++)
      for (let j = i + 1; j < sorted.length; j++) n += ins.run(sorted[i], sorted[j], actor).changes
  })()
  return { dismissed: n }
}
