import { randomUUID } from 'node:crypto'
import type { Db } from '../db/connection'

export type AuditAction = 'create' | 'update' | 'delete'

/** Writes the audit log; every ledger service calls it inside its own transaction. */
export class AuditLog {
  private readonly insert
  constructor(
    db: Db,
    /** Who is acting: the OS account until issue #9 adds a user setting. */
    readonly actor: string,
  ) {
    this.insert = db.prepare(
      'INSERT INTO audit_log (actor, entity, entity_id, action, before, after, batch) VALUES (?, ?, ?, ?, ?, ?, ?)',
    )
  }

  /** Set while one user action writes many rows, so they can be undone together. */
  batch: string | null = null

  /** Runs `fn` under an audit batch: the caller's if one is open, else a new one. */
  inBatch<T>(fn: (batch: string) => T): T {
    const outer = this.batch
    const batch = outer ?? randomUUID()
    this.batch = batch
    try {
      return fn(batch)
    } finally {
      this.batch = outer
    }
  }

  record(entity: string, id: number, action: AuditAction, before: unknown, after: unknown): void {
    this.insert.run(
      this.actor,
      entity,
      id,
      action,
      before == null ? null : JSON.stringify(before),
      after == null ? null : JSON.stringify(after),
      this.batch,
    )
  }
}
