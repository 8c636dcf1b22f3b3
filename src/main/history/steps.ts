/**
 * Ctrl+Z and redo over the history of batches (migration 0006_history): undo reverts the newest
 * change not yet undone; redo reverts the newest undo not yet redone, as long as no new change
 * has been made since (a new change empties the redo list, as in any editor). Both write
 * batches of their own, so they too are in the activity list and can be undone.
 */
import type { LedgerDeps } from '../core/deps'
import type { HistoryPeek, StepResult } from '../../shared/ipc/channels/history'
import { AppError } from '../errors'
import { storedFields } from '../ledger/mapping'
import { describeBatch } from './describe'
import { revertBatch } from './revert'
import { LEDGER_OF, type State } from './states'

const UNDOABLE = `
  SELECT batch FROM history_batch h
  WHERE kind IN ('change', 'redo', 'restore')
    AND NOT EXISTS (SELECT 1 FROM history_batch u WHERE u.target = h.batch AND u.kind = 'undo')
  ORDER BY seq DESC LIMIT 1`

const REDOABLE = `
  SELECT batch FROM history_batch h
  WHERE kind = 'undo'
    AND seq > coalesce((SELECT max(seq) FROM history_batch WHERE kind IN ('change', 'restore', 'demo')), 0)
    AND NOT EXISTS (SELECT 1 FROM history_batch r WHERE r.target = h.batch AND r.kind = 'redo')
  ORDER BY seq DESC LIMIT 1`

function next(backend: LedgerDeps, sql: string): string | null {
  return (backend.db.prepare(sql).pluck().get() as string | undefined) ?? null
}

/** A stored UTC time on the office's clock, to the minute. */
function localTime(at: string): string {
  const d = new Date(at)
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`
}

export function peek(backend: LedgerDeps): HistoryPeek {
  const u = next(backend, UNDOABLE)
  const r = next(backend, REDOABLE)
  return { undo: u && describeBatch(backend.db, u), redo: r && describeBatch(backend.db, r) }
}

export function undo(backend: LedgerDeps): StepResult {
  const target = next(backend, UNDOABLE)
  if (!target) throw new AppError('NOTHING_TO_UNDO', '没有可撤销的修改。')
  return undoBatchOf(backend, target)
}

/**
 * Undoes one given batch (撤销本次导入 names its import); refused if it is undone. A batch undone
 * and redone is undone by undoing the redo, which is what now holds its changes.
 */
export function undoBatchOf(backend: LedgerDeps, target: string): StepResult & { deleted: number } {
  const reversal = backend.db.prepare('SELECT batch, at FROM history_batch WHERE target = ? AND kind = ?')
  let live = target
  for (;;) {
    const u = reversal.get(live, 'undo') as { batch: string; at: string } | undefined
    if (!u) break
    const r = reversal.get(u.batch, 'redo') as { batch: string } | undefined
    if (!r) throw new AppError('ALREADY_UNDONE', `这项修改已于 ${localTime(u.at)} 撤销。`)
    live = r.batch
  }
  const label = describeBatch(backend.db, target)
  return { label, ...revertBatch(backend, live, { kind: 'undo', target: live }, '撤销') }
}

export function redo(backend: LedgerDeps): StepResult {
  const target = next(backend, REDOABLE)
  if (!target) throw new AppError('NOTHING_TO_REDO', '没有可重做的修改。')
  const label = describeBatch(backend.db, target)
  return { label, ...revertBatch(backend, target, { kind: 'redo', target }, '重做') }
}

/** A record back to how it was after one of its changes (a row of its history). */
export function restoreVersion(backend: LedgerDeps, auditId: number): StepResult {
  const row = backend.db
    .prepare('SELECT entity, entity_id AS entityId, after, at FROM audit_log WHERE id = ?')
    .get(auditId) as { entity: string; entityId: number; after: string | null; at: string } | undefined
  const ledger = row && LEDGER_OF.get(row.entity)
  if (!row || !ledger) throw new AppError('NOT_FOUND', '找不到这条变更记录。')
  if (!row.after) throw new AppError('VALIDATION', '这条记录是删除操作,请在“回收站”中恢复。')
  const svc = backend.ledgers[ledger]
  const state = JSON.parse(row.after) as State
  const found = svc.find(row.entityId)
  if (
    found &&
    JSON.stringify(storedFields(svc.def, found)) ===
      JSON.stringify({ ...storedFields(svc.def, state), id: row.entityId })
  )
    throw new AppError('UNCHANGED', `${svc.def.label}“${svc.def.title(found)}”已经是这个版本。`)
  const r = backend.audit.inBatch(
    (batch) => {
      svc.writeState(row.entityId, state)
      return { batch, records: 1, deleted: 0 }
    },
    { kind: 'restore' },
  )
  return { label: `将${svc.def.label}“${svc.def.title(state)}”恢复到 ${localTime(row.at)} 的版本`, ...r }
}
