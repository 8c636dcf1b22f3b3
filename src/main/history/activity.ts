/**
 * 操作记录: every change to the ledger, newest first, one line per user action (an edit, a
 * bulk edit, a delete with its cascade, an import, an undo), with filters; a line opens to
 * show each record's fields old → new.
 */
import type { Deps } from '../core/deps'
import { recordChanges } from '../audit/history'
import { LEDGERS } from '../ledgers'
import { describeBatch } from './describe'
import { LEDGER_OF, type AuditRow, type State } from './states'
import type { ActivityEntry, ActivityQuery, ActivityRecord } from '../../shared/ipc/channels/history'

/** What this module uses of the ledger's services (src/main/core/deps.ts). */
type ActivityDeps = Pick<Deps, 'db'>

export function listActivity(backend: ActivityDeps, q: ActivityQuery): { items: ActivityEntry[]; total: number } {
  const where: string[] = ["h.kind <> 'demo'"]
  const args: unknown[] = []
  if (q.kind) {
    where.push('h.kind = ?')
    args.push(q.kind)
  }
  if (q.actor) {
    where.push('h.actor = ?')
    args.push(q.actor)
  }
  if (q.from) {
    where.push('h.at >= ?')
    args.push(q.from)
  }
  if (q.to) {
    // A date: the whole day.
    where.push('h.at < ?')
    args.push(q.to.length === 10 ? `${q.to}T23:59:59.999Z` : q.to)
  }
  if (q.entity) {
    where.push('EXISTS (SELECT 1 FROM audit_log a WHERE a.batch = h.batch AND a.entity = ?)')
    args.push(q.entity)
  }
  const sql = `FROM history_batch h WHERE ${where.join(' AND ')}`
  const db = backend.db
  const total = db
    .prepare(`SELECT count(*) ${sql}`)
    .pluck()
    .get(...args) as number
  const rows = db
    .prepare(
      `SELECT h.seq, h.batch, h.kind, h.at, h.actor,
              (SELECT count(*) FROM audit_log a WHERE a.batch = h.batch) AS records,
              EXISTS (SELECT 1 FROM history_batch u WHERE u.target = h.batch AND u.kind = 'undo') AS undone
       ${sql} ORDER BY h.seq DESC LIMIT ? OFFSET ?`,
    )
    .all(...args, q.limit ?? 50, q.offset ?? 0) as (Omit<ActivityEntry, 'label' | 'undone'> & { undone: number })[]
  return {
    total,
    items: rows.map((r) => ({ ...r, undone: r.undone === 1, label: describeBatch(db, r.batch) })),
  }
}

export function actors(backend: ActivityDeps): string[] {
  return backend.db.prepare('SELECT DISTINCT actor FROM history_batch ORDER BY actor').pluck().all() as string[]
}

/** The records of one line, each with its fields old → new (the first 200). */
export function activityRecords(backend: ActivityDeps, batch: string): ActivityRecord[] {
  const rows = backend.db
    .prepare(
      'SELECT id, at, actor, entity, entity_id AS entityId, action, before, after, batch FROM audit_log WHERE batch = ? ORDER BY id LIMIT 200',
    )
    .all(batch) as AuditRow[]
  return rows.map((r) => {
    const ledger = LEDGER_OF.get(r.entity)
    const def = ledger ? LEDGERS[ledger] : null
    const state = JSON.parse((r.after ?? r.before)!) as State
    return {
      auditId: r.id,
      entity: r.entity,
      ledger: ledger ?? null,
      label: def?.label ?? r.entity,
      entityId: r.entityId,
      title: def ? def.title(state) : `#${r.entityId}`,
      action: r.action,
      changes: recordChanges(backend.db, r.entity, r.before, r.after),
    }
  })
}
