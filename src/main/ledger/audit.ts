import { AsyncLocalStorage } from 'node:async_hooks'
import { randomUUID } from 'node:crypto'
import type { Statement } from 'better-sqlite3'
import type { Db } from '../db/connection'

export type AuditAction = 'create' | 'update' | 'delete'

/** What a batch is, for the undo machinery (see migration 0006_history). */
export type BatchKind = 'change' | 'demo' | 'undo' | 'redo' | 'restore'
export interface BatchInfo {
  kind: BatchKind
  /** The batch an undo, redo or restore reverses. */
  target?: string
}

const signedIn = new AsyncLocalStorage<string>()

/**
 * Runs `fn` (and whatever it awaits) as the signed-in user `name`: every audit row, history
 * batch and timeline entry it writes names that user, not the 设置 user name (shared mode).
 */
export function actingAs<T>(name: string, fn: () => T): T {
  return signedIn.run(name, fn)
}

/** Writes the audit log; every ledger service calls it inside its own transaction. */
export class AuditLog {
  private readonly insert
  private readonly register
  private readonly dropIfEmpty
  private info: BatchInfo | null = null
  private own: string

  /** Who is acting: the signed-in user of a shared call, else the 设置 user name or the OS account. */
  get actor(): string {
    return signedIn.getStore() ?? this.own
  }

  set actor(name: string) {
    this.own = name
  }

  constructor(db: Db, actor: string) {
    this.own = actor
    this.insert = db.prepare(
      'INSERT INTO audit_log (actor, entity, entity_id, action, before, after, batch) VALUES (?, ?, ?, ?, ?, ?, ?)',
    )
    this.register = db.prepare('INSERT OR IGNORE INTO history_batch (batch, kind, target, actor) VALUES (?, ?, ?, ?)')
    this.dropIfEmpty = db.prepare(
      `DELETE FROM history_batch WHERE batch = ? AND NOT EXISTS (SELECT 1 FROM audit_log WHERE batch = ?)
         AND NOT EXISTS (SELECT 1 FROM batch_side_row WHERE batch = ?)`,
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

  /** Ends preregister(); before a commit, drops the batch again if it recorded no row, audit or side. */
  release(opts: { dropIfEmpty: boolean }): void {
    if (this.registered === null) return
    if (opts.dropIfEmpty) this.dropIfEmpty.run(this.registered, this.registered, this.registered)
    this.registered = null
  }

  private registerBatch(batch: string): void {
    const info = this.info ?? { kind: batch.startsWith('demo-') ? 'demo' : 'change' }
    this.register.run(batch, info.kind, info.target ?? null, this.actor)
  }

  /**
   * Creates whose audit rows are written later, by SQL, many at a time: while an import's
   * transaction is open (deferCreates), instead of a JSON text made and inserted per record.
   * Measured at 100,000 firms, the per-record rows cost ~40% of the import. Their batch is
   * the one set when they were deferred.
   *
   * The log keeps the order of the writes: record() writes what is deferred first. And what
   * is deferred always belongs to the innermost savepoint: every savepoint of a write is
   * opened after a flush() (LedgerService.tx, ImportSession.savepointNow), so undoing one
   * takes away its records and their deferred rows together, never an earlier row's. An id
   * whose record was undone is simply not found by the INSERT … SELECT.
   */
  private deferred: { batch: string; writes: Map<Statement, number[]> } | null = null
  private deferring = false

  /** From now on creates may be deferred (see deferCreate), until stopDeferring(). */
  deferCreates(): void {
    this.deferring = true
  }

  /** Writes what is deferred (unless `discard`: a rollback took the records away) and stops. */
  stopDeferring(opts: { discard: boolean }): void {
    if (opts.discard) this.deferred = null
    else this.flush()
    this.deferring = false
  }

  /**
   * Logs the creation of record `id` later, with `write`: an INSERT … SELECT of the audit rows
   * of the ids given as a JSON array (parameters: actor, batch, ids). False when creates are
   * not being deferred now: the caller records it itself.
   */
  deferCreate(write: Statement, id: number): boolean {
    if (!this.deferring || this.batch === null) return false
    if (this.deferred && this.deferred.batch !== this.batch) this.flush()
    this.deferred ??= { batch: this.batch, writes: new Map() }
    const ids = this.deferred.writes.get(write)
    if (ids) ids.push(id)
    else this.deferred.writes.set(write, [id])
    return true
  }

  /** Writes the deferred rows now, so the log keeps the order of the writes. */
  flush(): void {
    const deferred = this.deferred
    if (!deferred) return
    this.deferred = null
    for (const [write, ids] of deferred.writes) write.run(this.actor, deferred.batch, JSON.stringify(ids))
  }

  record(entity: string, id: number, action: AuditAction, before: unknown, after: unknown): void {
    this.flush()
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
