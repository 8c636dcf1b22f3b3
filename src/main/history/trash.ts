/**
 * 回收站: every delete a user made whose record is still gone, one entry per delete (a firm
 * with the visits and requests deleted along with it is one entry). Restoring reverts the
 * delete's batch with the undo machinery; 彻底删除 takes the entry out of the bin for good
 * (the audit log, append-only, keeps the history).
 */
import type { LedgerDeps } from '../core/deps'
import { AppError } from '../errors'
import { LEDGERS } from '../ledgers'
import { describeBatch } from './describe'
import { revertBatch } from './revert'
import { LEDGER_OF, type State } from './states'
import type { StepResult, TrashItem } from '../../shared/ipc/channels/history'

export interface TrashQuery {
  entity?: string
  offset?: number
  limit?: number
}

/**
 * A user's delete; or the undo of a restore from the bin, which puts the record back in it.
 * (An undone create or import is not a delete the user made: those are in 操作记录.)
 */
const IN_TRASH = `(h.kind = 'change' OR (h.kind = 'undo' AND
  (SELECT kind FROM history_batch t WHERE t.batch = h.target) = 'restore'))`

export function listTrash(backend: LedgerDeps, q: TrashQuery = {}): { items: TrashItem[]; total: number } {
  // The last delete of each batch is the record the user deleted (a cascade deletes dependents
  // first); it is in the bin while no later write has brought the record back.
  const from = `
    FROM audit_log a JOIN history_batch h ON h.batch = a.batch
    WHERE a.action = 'delete' AND h.purged_at IS NULL AND ${IN_TRASH}
      AND a.id = (SELECT max(id) FROM audit_log x WHERE x.batch = a.batch)
      AND NOT EXISTS (SELECT 1 FROM audit_log l WHERE l.entity = a.entity AND l.entity_id = a.entity_id AND l.id > a.id)
      AND (? IS NULL OR a.entity = ?)`
  const entity = q.entity ?? null
  const total = backend.db.prepare(`SELECT count(*) ${from}`).pluck().get(entity, entity) as number
  const rows = backend.db
    .prepare(
      `SELECT a.batch, a.entity, a.entity_id AS entityId, a.before, a.at, a.actor,
              (SELECT count(*) - 1 FROM audit_log x WHERE x.batch = a.batch AND x.action = 'delete') AS along
       ${from} ORDER BY a.id DESC LIMIT ? OFFSET ?`,
    )
    .all(entity, entity, q.limit ?? 50, q.offset ?? 0) as (Omit<TrashItem, 'label' | 'title'> & { before: string })[]
  const items = rows.map(({ before, ...r }) => {
    const ledger = LEDGER_OF.get(r.entity)
    const def = ledger ? LEDGERS[ledger] : null
    return {
      ...r,
      label: def?.label ?? r.entity,
      title: def ? def.title(JSON.parse(before) as State) : `#${r.entityId}`,
    }
  })
  return { items, total }
}

function trashBatch(backend: LedgerDeps, batch: string): void {
  const row = backend.db
    .prepare(`SELECT ${IN_TRASH} AS inTrash, purged_at AS purgedAt FROM history_batch h WHERE batch = ?`)
    .get(batch) as { inTrash: number; purgedAt: string | null } | undefined
  if (!row || !row.inTrash) throw new AppError('NOT_FOUND', '回收站中没有这条记录。')
  if (row.purgedAt) throw new AppError('PURGED', '这条记录已被彻底删除,无法恢复。')
}

export function restoreFromTrash(backend: LedgerDeps, batch: string): StepResult {
  trashBatch(backend, batch)
  const label = describeBatch(backend.db, batch).replace(/^删除/, '')
  return { label, ...revertBatch(backend, batch, { kind: 'restore', target: batch }, '恢复') }
}

export function purgeFromTrash(backend: LedgerDeps, batch: string): { purged: number } {
  trashBatch(backend, batch)
  const r = backend.db
    .prepare("UPDATE history_batch SET purged_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE batch = ?")
    .run(batch)
  return { purged: r.changes }
}
