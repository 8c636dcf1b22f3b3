import { randomUUID } from 'node:crypto'
import type { Db } from '../db/connection'

export type AuditAction = 'create' | 'update' | 'delete'

/** What a batch is, for the undo machinery (see migration 0006_history). */
export type BatchKind = 'change' | 'demo' | 'undo' | 'redo' | 'restore'
export interface BatchInfo {
  kind: BatchKind
  /** The batch an undo, redo or restore reverses. */
  target?: string
}

/** Writes the audit log; every ledger service calls it inside its own transaction. */
export class AuditLog {
  private readonly insert
  private readonly register
  private info: BatchInfo | null = null

  constructor(
    db: Db,
    /** Who is acting: the 设置 user name, by default the OS account. */
    public actor: string,
  ) {
    this.insert = db.prepare(
      'INSERT INTO audit_log (actor, entity, entity_id, action, before, after, batch) VALUES (?, ?, ?, ?, ?, ?, ?)',
    )
    this.register = db.prepare('INSERT OR IGNORE INTO history_batch (batch, kind, target, actor) VALUES (?, ?, ?, ?)')
  }

  /**
   * Set while one user action writes many rows, so they can be undone together. Callers that
   * name their own batch (the import, the demo) set it directly; a write outside any batch is
   * a batch of its own.
   */
  batch: string | null = null

  /** Runs `fn` under an audit batch: the caller's if one is open, else a new one. */
  inBatch<T>(fn: (batch: string) => T, info?: BatchInfo): T {
    const outer = this.batch
    const outerInfo = this.info
    const batch = outer ?? randomUUID()
    this.batch = batch
    if (!outer) this.info = info ?? null
    try {
      return fn(batch)
    } finally {
      this.batch = outer
      this.info = outerInfo
    }
  }

  record(entity: string, id: number, action: AuditAction, before: unknown, after: unknown): void {
    const batch = this.batch ?? randomUUID()
    const info = this.info ?? { kind: batch.startsWith('demo-') ? 'demo' : 'change' }
    this.register.run(batch, info.kind, info.target ?? null, this.actor)
    this.insert.run(
      this.actor,
      entity,
      id,
      action,
      before == null ? null : JSON.stringify(before),
      after == null ? null : JSON.stringify(after),
      batch,
    )
  }
}
