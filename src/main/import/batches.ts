/**
 * Imports as the ledger remembers them: one row per committed import (its audit batch, file,
 * counts, problems), the column mappings users confirmed, and 撤销本次导入.
 */
import type { ImportKind } from '../../shared/domain/fields'
import type { ImportBatch, ImportMode, UndoResult } from '../../shared/ipc/channels/import'
import type { LedgerDeps } from '../core/deps'
import type { Db } from '../db/connection'
import { AppError } from '../errors'
import { undoBatchOf } from '../history/steps'
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

/** Every mapping remembered for a ledger, by header signature: for the reader thread. */
export function rememberedMappings(db: Db, kind: ImportKind): Record<string, (string | null)[]> {
  const rows = db.prepare('SELECT signature, mapping FROM import_mapping WHERE kind = ?').all(kind) as {
    signature: string
    mapping: string
  }[]
  return Object.fromEntries(rows.map((r) => [r.signature, JSON.parse(r.mapping) as (string | null)[]]))
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

/**
 * 撤销本次导入: the import's audit batch reverted by the one undo machinery (history/revert.ts),
 * so the import page, Ctrl+Z and redo agree on what is undone. Every record the import created
 * is deleted and every record it changed is put back, all or nothing; refused when a record has
 * been changed since, or others now depend on one it created.
 */
export function undoBatch(backend: LedgerDeps, batchId: string): UndoResult {
  const batch = backend.db.prepare('SELECT file, undone_at AS undoneAt FROM import_batch WHERE id = ?').get(batchId) as
    { file: string; undoneAt: string | null } | undefined
  if (!batch) throw new AppError('NOT_FOUND', '找不到这次导入的记录。')
  if (batch.undoneAt) throw new AppError('ALREADY_UNDONE', `导入“${batch.file}”已于 ${batch.undoneAt} 撤销。`)
  const r = undoBatchOf(backend, batchId)
  return { batchId, deleted: r.deleted, restored: r.records - r.deleted }
}
