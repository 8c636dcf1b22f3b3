/**
 * What an audit batch did, record by record: the state before its first write and after its
 * last. Undo, redo, restore and the descriptions of the activity list all read batches this way.
 */
import type { Db } from '../db/connection'
import { LEDGERS, type LedgerName } from '../ledgers'

export type State = Record<string, unknown>

export interface AuditRow {
  id: number
  at: string
  actor: string
  entity: string
  entityId: number
  action: 'create' | 'update' | 'delete'
  before: string | null
  after: string | null
  batch: string
}

export interface NetChange {
  entity: string
  ledger: LedgerName | undefined
  entityId: number
  before: State | null
  after: State | null
  /** The batch's last write to the record: records are reverted newest first. */
  lastId: number
}

export const LEDGER_OF = new Map(Object.entries(LEDGERS).map(([name, def]) => [def.entity, name as LedgerName]))

const parse = (json: string | null): State | null => (json ? (JSON.parse(json) as State) : null)

export function batchRows(db: Db, batch: string): AuditRow[] {
  return db
    .prepare(
      'SELECT id, at, actor, entity, entity_id AS entityId, action, before, after, batch FROM audit_log WHERE batch = ? ORDER BY id',
    )
    .all(batch) as AuditRow[]
}

/** One entry per record the batch touched, newest write first. */
export function netChanges(rows: readonly AuditRow[]): NetChange[] {
  const byRecord = new Map<string, NetChange>()
  for (const r of rows) {
    const key = `${r.entity}:${r.entityId}`
    const seen = byRecord.get(key)
    if (seen) {
      seen.after = parse(r.after)
      seen.lastId = r.id
    } else {
      byRecord.set(key, {
        entity: r.entity,
        ledger: LEDGER_OF.get(r.entity),
        entityId: r.entityId,
        before: parse(r.before),
        after: parse(r.after),
        lastId: r.id,
      })
    }
  }
  return [...byRecord.values()].sort((a, b) => b.lastId - a.lastId)
}

/** A value as compared: blank is blank whatever its spelling, lists of ids in any order. */
function norm(v: unknown): string {
  if (v === undefined || v === null || v === '') return 'null'
  if (Array.isArray(v)) return JSON.stringify(v.every((x) => typeof x === 'number') ? [...v].sort((a, b) => a - b) : v)
  return JSON.stringify(v)
}

export function sameValue(a: unknown, b: unknown): boolean {
  return norm(a) === norm(b)
}

/** Fields a change set: the ledger's fields whose value differs between two states. */
export function changedFields(fields: readonly string[], before: State, after: State): string[] {
  return fields.filter((f) => !sameValue(before[f], after[f]))
}
