/**
 * Imports as the ledger remembers them: one row per committed import (its audit batch, file,
 * counts, problems), the column mappings users confirmed, and 撤销本次导入.
 */
import type { ImportKind } from '../../shared/domain/fields'
import type { ImportBatch, ImportMode, UndoResult } from '../../shared/ipc/channels/import'
import type { Backend } from '../app/backend'
import type { Db } from '../db/connection'
import { AppError } from '../errors'
import { LEDGERS, type LedgerName } from '../ledgers'
import type { Issue, ReportBuilder } from './report'

export interface BatchMeta {
  id: string
  file: string
  kind: ImportKind
  mode: ImportMode
  actor: string
  startedAt: string
}

export function saveBatch(db: Db, meta: BatchMeta, report: ReportBuilder, created: Record<string, string[]>): void {
  const errors = report.issues.filter((i) => i.level === 'error').length
  db.prepare(
    `INSERT INTO import_batch (id, file, kind, sheets, mode, actor, started_at, rows_read, inserted, updated, unchanged,
       skipped, errors, warnings, requests_inserted, created)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    meta.id,
    meta.file,
    meta.kind,
    JSON.stringify(report.sheets),
    meta.mode,
    meta.actor,
    meta.startedAt,
    report.rowsRead,
    report.inserted,
    report.updated,
    report.unchanged,
    report.skipped,
    errors,
    report.issues.length - errors,
    report.requestsInserted,
    JSON.stringify(created),
  )
  const insert = db.prepare(
    'INSERT INTO import_issue (batch_id, seq, level, sheet, row, column_name, value, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  )
  report.issues.forEach((i, seq) => insert.run(meta.id, seq, i.level, i.sheet, i.row, i.column, i.value, i.reason))
}

export function listBatches(db: Db, limit = 50, id?: string): ImportBatch[] {
  const rows = db
    .prepare(
      `SELECT id, file, kind, sheets, mode, actor, started_at AS startedAt, finished_at AS finishedAt,
              rows_read AS rowsRead, inserted, updated, unchanged, skipped, errors, warnings, undone_at AS undoneAt
       FROM import_batch WHERE ? IS NULL OR id = ? ORDER BY started_at DESC, rowid DESC LIMIT ?`,
    )
    .all(id ?? null, id ?? null, limit) as (Omit<ImportBatch, 'sheets'> & { sheets: string })[]
  return rows.map((r) => ({ ...r, sheets: JSON.parse(r.sheets) as string[] }))
}

export function findBatch(db: Db, id: string): ImportBatch | undefined {
  return listBatches(db, 1, id)[0]
}

export function batchIssues(
  db: Db,
  batchId: string,
): (Pick<Issue, 'level' | 'sheet' | 'row' | 'value' | 'reason'> & { column: string })[] {
  return db
    .prepare(
      'SELECT level, sheet, row, column_name AS "column", value, reason FROM import_issue WHERE batch_id = ? ORDER BY seq',
    )
    .all(batchId) as never
}

// ---------------------------------------------------------------- mappings

export function recallMapping(db: Db, signature: string): (string | null)[] | undefined {
  const json = db.prepare('SELECT mapping FROM import_mapping WHERE signature = ?').pluck().get(signature) as
    string | undefined
  return json === undefined ? undefined : (JSON.parse(json) as (string | null)[])
}

export function rememberMapping(
  db: Db,
  signature: string,
  kind: ImportKind,
  mapping: readonly (string | null)[],
): void {
  db.prepare(
    `INSERT INTO import_mapping (signature, kind, mapping) VALUES (?, ?, ?)
     ON CONFLICT (signature) DO UPDATE SET mapping = excluded.mapping, used_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
  ).run(signature, kind, JSON.stringify(mapping))
}

// ---------------------------------------------------------------- undo

const LEDGER_OF = new Map(Object.entries(LEDGERS).map(([name, def]) => [def.entity, name as LedgerName]))

/**
 * 撤销本次导入: every record the import created is deleted and every record it changed is put
 * back, newest first, through the audited services under a batch of its own; all or nothing.
 * Refused when a record has been changed since, or others now depend on one it created.
 */
export function undoBatch(backend: Backend, batchId: string): UndoResult {
  const db = backend.db
  const batch = db.prepare('SELECT file, undone_at AS undoneAt FROM import_batch WHERE id = ?').get(batchId) as
    { file: string; undoneAt: string | null } | undefined
  if (!batch) throw new AppError('NOT_FOUND', '找不到这次导入的记录。')
  if (batch.undoneAt) throw new AppError('ALREADY_UNDONE', `导入“${batch.file}”已于 ${batch.undoneAt} 撤销。`)
  const rows = db
    .prepare('SELECT id, entity, entity_id AS entityId, action, before FROM audit_log WHERE batch = ? ORDER BY id DESC')
    .all(batchId) as { id: number; entity: string; entityId: number; action: string; before: string | null }[]
  const undoBatchId = `undo:${batchId}`
  // Changed since by anyone else: the undo's own writes (unlinking as it deletes) do not count.
  const later = db
    .prepare(
      'SELECT count(*) FROM audit_log WHERE entity = ? AND entity_id = ? AND id > ? AND batch IS NOT ? AND batch IS NOT ?',
    )
    .pluck()
  const result: UndoResult = { batchId, deleted: 0, restored: 0 }
  const outer = backend.audit.batch
  backend.audit.batch = undoBatchId
  try {
    db.transaction(() => {
      for (const r of rows) {
        const ledger = LEDGER_OF.get(r.entity)
        if (!ledger) continue
        const svc = backend.ledgers[ledger]
        if ((later.get(r.entity, r.entityId, r.id, batchId, undoBatchId) as number) > 0) {
          const name = svc.find(r.entityId)
          throw new AppError(
            'CHANGED_SINCE',
            `${svc.def.label}“${name ? svc.def.title(name) : r.entityId}”在导入后又被修改过,无法撤销本次导入。`,
          )
        }
        if (r.action === 'create') {
          svc.delete(r.entityId, false)
          result.deleted++
        } else if (r.action === 'update' && r.before) {
          const before = JSON.parse(r.before) as Record<string, unknown>
          delete before.id
          svc.update(r.entityId, before)
          result.restored++
        }
      }
      db.prepare(
        "UPDATE import_batch SET undone_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), undone_by = ? WHERE id = ?",
      ).run(backend.options.actor, batchId)
    })()
  } finally {
    backend.audit.batch = outer
  }
  return result
}
