/**
 * Merging records of one firm (issue #20). The kept record takes every visit, request, rent
 * relief, event attendance, alliance/chamber membership, campaign-plan entry and saved-view
 * reference of the others; their names go into its 曾用名; the others are removed. All of it is
 * one audited batch: the ledgers' records through their audited writes, the plan's rows and
 * the views as side rows (history/sides.ts), so Ctrl+Z and 操作记录 put back exactly what was.
 */
import type { Enterprise } from '../../shared/domain'
import type { FirmLinks, MergeCompare, MergeResult } from '../../shared/ipc/channels/dedupe'
import type { LedgerDeps } from '../core/deps'
import { AppError } from '../errors'
import { recordSideRow } from '../history/sides'
import { storedFields } from '../ledger/mapping'
import type { LedgerName } from '../ledgers'
import { splitFormerNames } from './normalise'

type Row = Record<string, unknown>

/** The records and counts the merge dialog shows side by side, with each field's default. */
export function compareFirms(deps: LedgerDeps, ids: readonly number[]): MergeCompare {
  const records = ids.map((id) => deps.ledgers.enterprise.get(id) as unknown as Enterprise)
  const links: Record<number, FirmLinks> = {}
  for (const id of ids) links[id] = countLinks(deps, id)
  return { records, links, defaults: defaultChoices(deps, records), refusal: refusal(records) }
}

/** Each firm's linked records, counted by plain SQL. */
export function countLinks(deps: Pick<LedgerDeps, 'db'>, id: number): FirmLinks {
  const n = (sql: string) => deps.db.prepare(sql).pluck().get(id) as number
  return {
    visits: n('SELECT count(*) FROM visit WHERE enterprise_id = ?'),
    requests: n('SELECT count(*) FROM request WHERE enterprise_id = ?'),
    rentReliefs: n('SELECT count(*) FROM rent_relief WHERE enterprise_id = ?'),
    events: n('SELECT count(*) FROM event_attendee WHERE enterprise_id = ?'),
    organisations: n('SELECT count(*) FROM organisation_member WHERE enterprise_id = ?'),
    assignments: n('SELECT count(*) FROM campaign_assignment WHERE enterprise_id = ?'),
  }
}

const isEmpty = (v: unknown) => v === null || v === undefined || v === '' || v === false

/** Per field: the non-empty value most recently updated (a flag: set on any, the newest that has it). */
function defaultChoices(deps: LedgerDeps, records: readonly Enterprise[]): Record<string, number> {
  const newestFirst = [...records].sort((a, b) => String(b.updatedAt).localeCompare(String(a.updatedAt)))
  const out: Record<string, number> = {}
  for (const field of Object.keys(deps.ledgers.enterprise.def.schema.shape)) {
    const r = newestFirst.find((x) => !isEmpty((x as unknown as Row)[field])) ?? newestFirst[0]
    out[field] = r.id
  }
  return out
}

/** Two different credit codes (or 注册号) are two legal entities: never merged. */
function refusal(records: readonly Enterprise[]): string | null {
  const withCode = records.filter((r) => r.creditCode)
  const codes = new Set(withCode.map((r) => r.creditCode))
  if (codes.size > 1) {
    const [a, b] = [...codes].map((c) => withCode.find((r) => r.creditCode === c)!)
    return `“${a.name}”与“${b.name}”的统一社会信用代码不同(${a.creditCode} 与 ${b.creditCode}),是两个不同的法人,不能合并。`
  }
  const regs = new Set(records.map((r) => r.registrationNo).filter(Boolean))
  if (regs.size > 1) return `这些企业的工商注册号不同(${[...regs].join(' 与 ')}),是不同的法人,不能合并。`
  return null
}

export function mergeFirms(
  deps: LedgerDeps,
  keepId: number,
  fromIds: readonly number[],
  choose: Readonly<Record<string, number>> = {},
): MergeResult {
  const from = [...new Set(fromIds)].filter((id) => id !== keepId)
  if (from.length === 0) throw new AppError('VALIDATION', '请至少选择一家要并入的企业。')
  const ids = [keepId, ...from]
  const compare = compareFirms(deps, ids)
  if (compare.refusal) throw new AppError('REFUSED', compare.refusal)
  const byId = new Map(compare.records.map((r) => [r.id, r as unknown as Row]))
  const svc = deps.ledgers.enterprise
  const state: Row = {}
  for (const field of Object.keys(svc.def.schema.shape)) {
    const source = choose[field] ?? compare.defaults[field]
    if (!byId.has(source))
      throw new AppError('VALIDATION', `字段“${svc.def.labels[field] ?? field}”的取值应来自参与合并的企业。`)
    state[field] = byId.get(source)![field] ?? null
  }
  state.formerNames = formerNamesOf(state.name as string, compare.records)

  const { db, audit } = deps
  return audit.inBatch(
    (batch) =>
      db.transaction(() => {
        const notes: string[] = []
        const moved = {
          visits: moveColumn(deps, 'visit', 'visit', from, keepId),
          requests: moveColumn(deps, 'request', 'request', from, keepId),
          rentReliefs: moveColumn(deps, 'rentRelief', 'rent_relief', from, keepId),
          events: moveLinks(deps, 'event', from, keepId, notes),
          organisations: moveLinks(deps, 'organisation', from, keepId, notes),
          assignments: movePlans(deps, batch, from, keepId, notes),
          views: moveViews(deps, batch, from, keepId),
        }
        // The others go before the kept one takes their code: a code is unique.
        for (const id of from) svc.delete(id, true)
        svc.writeState(keepId, { ...storedFields(svc.def, byId.get(keepId)!), ...state })
        db.prepare(
          'INSERT INTO enterprise_merge (batch, keep_id, from_ids, from_names, notes, actor) VALUES (?, ?, ?, ?, ?, ?)',
        ).run(
          batch,
          keepId,
          JSON.stringify(from),
          JSON.stringify(from.map((id) => byId.get(id)!.name)),
          JSON.stringify(notes),
          audit.actor,
        )
        return { batch, keepId, removed: from.length, moved, notes }
      })(),
    { kind: 'change' },
  )
}

/** The kept 曾用名, then the others' names and 曾用名, once each, without the name kept. */
function formerNamesOf(name: string, records: readonly Enterprise[]): string | null {
  const all: string[] = []
  for (const r of records) for (const n of [r.name, ...splitFormerNames(r.formerNames)]) all.push(n)
  const unique = [...new Set(all)].filter((n) => n !== name)
  return unique.length ? unique.join('、') : null
}

/** Records that point at a firm by one column (visits, requests, rent reliefs), each audited. */
function moveColumn(deps: LedgerDeps, ledger: LedgerName, table: string, from: readonly number[], keepId: number) {
  const svc = deps.ledgers[ledger]
  const ids = deps.db
    .prepare(`SELECT id FROM ${table} WHERE enterprise_id IN (SELECT value FROM json_each(?)) ORDER BY id`)
    .pluck()
    .all(JSON.stringify(from)) as number[]
  for (const id of ids) svc.writeState(id, { ...storedFields(svc.def, svc.get(id)), enterpriseId: keepId })
  return ids.length
}

const LINK_FIELD = { event: 'attendeeIds', organisation: 'memberIds' } as const
const LINK_TABLE = {
  event: ['event_attendee', 'event_id'],
  organisation: ['organisation_member', 'organisation_id'],
} as const

/** Events and alliances list firms: the others become the kept one, listed once. */
function moveLinks(
  deps: LedgerDeps,
  ledger: 'event' | 'organisation',
  from: readonly number[],
  keepId: number,
  notes: string[],
): number {
  const svc = deps.ledgers[ledger]
  const [table, own] = LINK_TABLE[ledger]
  const field = LINK_FIELD[ledger]
  const owners = deps.db
    .prepare(
      `SELECT DISTINCT ${own} FROM ${table} WHERE enterprise_id IN (SELECT value FROM json_each(?)) ORDER BY ${own}`,
    )
    .pluck()
    .all(JSON.stringify(from)) as number[]
  for (const id of owners) {
    const record = svc.get(id)
    const before = record[field] as number[]
    const firms = new Set([keepId, ...from])
    const listed = before.filter((f) => firms.has(f)).length
    const after = [...new Set(before.map((f) => (firms.has(f) ? keepId : f)))]
    if (listed > 1) {
      const what = ledger === 'event' ? '活动' : '联盟商会'
      notes.push(`${what}“${svc.def.title(record)}”中这些企业列了 ${listed} 次,合并后保留一条。`)
    }
    svc.writeState(id, { ...storedFields(svc.def, record), [field]: after })
  }
  return owners.length
}

/** A campaign's plan (走访计划) lists a firm once: the others' entries become the kept one's. */
function movePlans(deps: LedgerDeps, batch: string, from: readonly number[], keepId: number, notes: string[]) {
  const db = deps.db
  const rows = db
    .prepare(
      `SELECT a.campaign_id, a.enterprise_id, a.staff_id, c.name AS campaign FROM campaign_assignment a
       JOIN campaign c ON c.id = a.campaign_id
       WHERE a.enterprise_id IN (SELECT value FROM json_each(?)) ORDER BY a.campaign_id, a.enterprise_id`,
    )
    .all(JSON.stringify(from)) as { campaign_id: number; enterprise_id: number; staff_id: number; campaign: string }[]
  const held = db.prepare('SELECT staff_id FROM campaign_assignment WHERE campaign_id = ? AND enterprise_id = ?')
  const drop = db.prepare('DELETE FROM campaign_assignment WHERE campaign_id = ? AND enterprise_id = ?')
  const put = db.prepare('INSERT INTO campaign_assignment (campaign_id, enterprise_id, staff_id) VALUES (?, ?, ?)')
  for (const { campaign, ...row } of rows) {
    drop.run(row.campaign_id, row.enterprise_id)
    if (held.get(row.campaign_id, keepId) !== undefined) {
      notes.push(`走访计划“${campaign}”中已列入这家企业,重复的一条不再保留。`)
      recordSideRow(db, batch, 'campaign_assignment', row, null)
      continue
    }
    put.run(row.campaign_id, keepId, row.staff_id)
    recordSideRow(db, batch, 'campaign_assignment', row, { ...row, enterprise_id: keepId })
  }
  return rows.length
}

/** A saved view scoped or filtered to one of the others now shows the kept firm. */
function moveViews(deps: LedgerDeps, batch: string, from: readonly number[], keepId: number): number {
  const db = deps.db
  const others = new Set(from)
  const views = db
    .prepare(
      `SELECT id, ledger, name, state, sort_order, created_at, updated_at FROM saved_view WHERE state LIKE '%enterpriseId%'`,
    )
    .all() as Record<string, string | number>[]
  let n = 0
  for (const v of views) {
    const state = JSON.parse(v.state as string) as Row
    if (!replaceFirm(state, others, keepId)) continue
    const after = { ...v, state: JSON.stringify(state) }
    db.prepare('UPDATE saved_view SET state = ? WHERE id = ?').run(after.state, v.id)
    recordSideRow(db, batch, 'saved_view', v, after)
    n++
  }
  return n
}

/** Replaces the others' ids wherever a view names a firm (its scope, an enterpriseId filter). */
function replaceFirm(node: unknown, others: ReadonlySet<number>, keepId: number, key = ''): boolean {
  if (Array.isArray(node)) {
    let changed = false
    node.forEach((v, i) => {
      if (key === 'enterpriseId' && typeof v === 'number' && others.has(v)) {
        node[i] = keepId
        changed = true
      } else if (replaceFirm(v, others, keepId, key)) changed = true
    })
    return changed
  }
  if (!node || typeof node !== 'object') return false
  let changed = false
  for (const [k, v] of Object.entries(node as Row)) {
    const inFirm = k === 'enterpriseId' || key === 'enterpriseId'
    if (inFirm && typeof v === 'number' && others.has(v)) {
      ;(node as Row)[k] = keepId
      changed = true
    } else if (replaceFirm(v, others, keepId, inFirm ? 'enterpriseId' : '')) changed = true
  }
  return changed
}
