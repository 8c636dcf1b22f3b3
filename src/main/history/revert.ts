/**
 * The one machinery that puts records back: Ctrl+Z, redo, 回收站 and 撤销本次导入 all revert an
 * audit batch with it. Each record the batch touched goes back to the state before the batch,
 * newest first (a firm's visits before the firm), through the ledgers' audited writeState, under
 * a batch of its own that names the batch it reverses; all or nothing.
 *
 * It refuses, in Chinese and before writing anything, when a change made since would be
 * overwritten: only the fields the batch set are compared, so a later edit of another field
 * of the same record does not stand in the way.
 */
import type { LedgerDeps } from '../core/deps'
import { AppError } from '../errors'
import type { BatchInfo } from '../ledger/audit'
import type { LedgerService } from '../ledger/service'
import { storedFields } from '../ledger/mapping'
import { revertSideRows } from './sides'
import { batchRows, changedFields, netChanges, sameValue, type NetChange, type State } from './states'

export interface RevertResult {
  /** The batch the revert wrote (empty when there was nothing left to do). */
  batch: string
  /** Records written back. */
  records: number
  /** Of which deleted (created by the batch reverted). */
  deleted: number
}

type Verb = '撤销' | '重做' | '恢复'

export function revertBatch(backend: LedgerDeps, target: string, info: BatchInfo, verb: Verb): RevertResult {
  const changes = netChanges(batchRows(backend.db, target))
  const sides = backend.db.prepare('SELECT count(*) FROM batch_side_row WHERE batch = ?').pluck().get(target) as number
  if (changes.length === 0 && sides === 0) throw new AppError('NOT_FOUND', `找不到要${verb}的修改。`)
  return backend.audit.inBatch(
    (batch) =>
      backend.db.transaction(() => {
        let records = 0
        let deleted = 0
        for (const c of changes) {
          if (!c.ledger) continue
          const svc = backend.ledgers[c.ledger]
          const next = nextState(backend, svc, c, verb)
          if (next === undefined) continue
          svc.writeState(c.entityId, next)
          records++
          if (next === null) deleted++
        }
        // After the records: a plan's row needs its firm back first.
        records += revertSideRows(backend.db, target, batch)
        markImport(backend, target, info)
        return { batch, records, deleted }
      })(),
    info,
  )
}

/**
 * The state to write for one record, undefined when it already is as wanted; throws when a
 * later change would be overwritten.
 */
function nextState(backend: LedgerDeps, svc: LedgerService, c: NetChange, verb: Verb): State | null | undefined {
  const found = svc.find(c.entityId)
  const current = found ? storedFields(svc.def, found) : null
  const fields = Object.keys(svc.def.schema.shape)
  const name = () => svc.def.title(current ?? c.before ?? c.after ?? {})
  const refuse = (what: string): never => {
    const last = backend.db
      .prepare('SELECT actor, at FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id DESC LIMIT 1')
      .get(c.entity, c.entityId) as { actor: string; at: string } | undefined
    const by = last ? `(${last.actor},${last.at.slice(0, 16).replace('T', ' ')})` : ''
    throw new AppError('CHANGED_SINCE', `无法${verb}:${svc.def.label}“${name()}”${what}${by},${verb}会覆盖那次修改。`)
  }
  if (c.before === null) {
    // The batch created it: going back deletes it, unless someone has changed it since.
    if (!current) return undefined
    if (changedFields(fields, current, c.after ?? {}).length) refuse('在此之后又被修改过')
    return null
  }
  if (c.after === null) {
    // The batch deleted it: going back brings it back, as it was.
    if (current) {
      if (!changedFields(fields, current, c.before).length) return undefined
      refuse('已被重新建立并修改')
    }
    return c.before
  }
  if (!current) refuse('在此之后已被删除')
  const merged: State = { ...current }
  let writes = 0
  for (const f of changedFields(fields, c.before, c.after)) {
    if (sameValue(current![f], c.before[f])) continue
    if (!sameValue(current![f], c.after[f])) refuse(`的“${svc.def.labels[f] ?? f}”在此之后又被修改过`)
    merged[f] = c.before[f]
    writes++
  }
  return writes ? merged : undefined
}

/**
 * An import's row says whether it is undone (导入 page): true after an odd number of reversals
 * of it, whichever way they were made (its own button, Ctrl+Z, redo).
 */
function markImport(backend: LedgerDeps, target: string, info: BatchInfo): void {
  const db = backend.db
  const targetOf = db.prepare('SELECT kind, target FROM history_batch WHERE batch = ?')
  let origin = target
  let undone = info.kind === 'undo' || info.kind === 'redo'
  for (;;) {
    const row = targetOf.get(origin) as { kind: string; target: string | null } | undefined
    if (!row || !row.target || (row.kind !== 'undo' && row.kind !== 'redo')) break
    origin = row.target
    undone = !undone
  }
  if (info.kind !== 'undo' && info.kind !== 'redo') return
  db.prepare(
    "UPDATE import_batch SET undone_at = CASE WHEN ? THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') END, undone_by = CASE WHEN ? THEN ? END WHERE id = ?",
  ).run(undone ? 1 : 0, undone ? 1 : 0, backend.audit.actor, origin)
}
