/**
 * Who has answered: the field workbooks sent (one row each, with the firms or requests it
 * listed) and the imports that brought them back. "Done" is read from the ledger as it is
 * now, so a firm visited or a request closed some other way counts too.
 */
import { randomUUID } from 'node:crypto'
import type { FieldBookKind, FieldBookStatus } from '../../shared/domain/field-workbooks'
import type { Db } from '../core/deps'

export interface Sending {
  kind: FieldBookKind
  campaignId: number | null
  grouping: string
  name: string
  file: string
  sentBy: string
  items: readonly number[]
}

/** Records a workbook as sent; its id goes into the workbook's marker sheet. */
export function recordSent(db: Db, s: Sending): string {
  const id = randomUUID()
  db.prepare(
    `INSERT INTO field_workbook (id, kind, campaign_id, grouping, name, file, sent_by, items)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, s.kind, s.campaignId, s.grouping, s.name, s.file, s.sentBy, JSON.stringify(s.items))
  return id
}

/** Forgets a sending whose file could not be written. */
export function forgetSent(db: Db, id: string): void {
  db.prepare('DELETE FROM field_workbook WHERE id = ?').run(id)
}

/**
 * Notes that import `batchId` brought workbook `id` back; a marker naming no sending of this
 * ledger (a workbook from another ledger file) is ignored. Within the import's transaction.
 */
export function recordReturn(db: Db, id: string, kind: FieldBookKind, batchId: string): boolean {
  const known = db.prepare('SELECT 1 FROM field_workbook WHERE id = ? AND kind = ?').get(id, kind)
  if (!known) return false
  db.prepare('INSERT OR IGNORE INTO field_workbook_return (workbook_id, batch_id) VALUES (?, ?)').run(id, batchId)
  return true
}

/**
 * The latest workbook sent to each person, building or unit: of a campaign's task sheets, or
 * of the dispatch sheets (campaignId null).
 */
export function fieldBookStatus(db: Db, kind: FieldBookKind, campaignId: number | null): FieldBookStatus[] {
  return db
    .prepare(
      `SELECT w.id, w.kind, w.grouping, w.name, w.file, w.sent_at AS sentAt,
         (SELECT min(b.finished_at) FROM field_workbook_return r JOIN import_batch b ON b.id = r.batch_id
          WHERE r.workbook_id = w.id AND b.undone_at IS NULL) AS returnedAt,
         json_array_length(w.items) AS total,
         CASE w.kind
           WHEN 'visit-tasks' THEN (SELECT count(*) FROM json_each(w.items) j WHERE EXISTS
             (SELECT 1 FROM visit v WHERE v.campaign_id = w.campaign_id AND v.enterprise_id = j.value))
           ELSE (SELECT count(*) FROM json_each(w.items) j JOIN request q ON q.id = j.value
             WHERE q.status IN ('已办结', '无法解决'))
         END AS done
       FROM field_workbook w
       WHERE w.kind = ? AND w.campaign_id IS ?
         AND w.rowid = (SELECT x.rowid FROM field_workbook x
           WHERE x.kind = w.kind AND x.campaign_id IS w.campaign_id AND x.grouping = w.grouping AND x.name = w.name
           ORDER BY x.sent_at DESC, x.rowid DESC LIMIT 1)
       ORDER BY w.grouping, w.name`,
    )
    .all(kind, campaignId) as FieldBookStatus[]
}
