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
  private readonly dropIfEmpty
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
    this.dropIfEmpty = db.prepare(
      'DELETE FROM history_batch WHERE batch = ? AND NOT EXISTS (SELECT 1 FROM audit_log WHERE batch = ?)',
    )
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

  /**
   * A batch registered ahead of its rows, for as long as it is set: an import registers its
   * batch once at its start rather than once for each of its 100,000 rows.
   */
  private registered: string | null = null

  /** Registers `batch` now and skips it in record() until release(). */
  preregister(batch: string): void {
    this.registerBatch(batch)
    this.registered = batch
  }

  /** Ends preregister(); before a commit, drops the batch again if no row was recorded under it. */
  release(opts: { dropIfEmpty: boolean }): void {
    if (this.registered === null) return
    if (opts.dropIfEmpty) this.dropIfEmpty.run(this.registered, this.registered)
    this.registered = null
  }

  private registerBatch(batch: string): void {
    const info = this.info ?? { kind: batch.startsWith('demo-') ? 'demo' : 'change' }
    this.register.run(batch, info.kind, info.target ?? null, this.actor)
  }

  record(entity: string, id: number, action: AuditAction, before: unknown, after: unknown): void {
    const batch = this.batch ?? randomUUID()
    if (batch !== this.registered) this.registerBatch(batch)
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
