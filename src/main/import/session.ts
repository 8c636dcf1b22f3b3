/**
 * The import's one transaction. Every record goes through the ledgers' own audited services
 * (validation, uniqueness, derived columns, audit log) under one audit batch, the import's id,
 * so 撤销本次导入 can find everything it wrote. Each row (or visit group) is all or nothing: a
 * row that fails leaves nothing behind, not even the building it named. Until COMMIT nothing
 * is visible to anyone else, and a cancel, an error or a killed process leaves the database
 * exactly as it was.
 */
import type { Deps } from '../core/deps'
import { ImportFailure } from './failure'
import { isRowProblem } from './kinds/common'
import { SearchDeferral } from './search-defer'

/** What this module uses of the ledger's services (src/main/core/deps.ts). */
type SessionDeps = Pick<Deps, 'db' | 'audit'>

/** One row (or group) in progress: whether its savepoint is open; for a lazy one, the count of
 * the connection's changes when it started, to prove it wrote nothing unprotected. */
interface RowFrame {
  open: boolean
  changesAtStart: number | null
}

export class ImportSession {
  private readonly search: SearchDeferral
  private readonly statements
  private readonly frames: RowFrame[] = []
  private open = false
  private outerBatch: string | null = null

  constructor(
    private readonly backend: SessionDeps,
    readonly batchId: string,
  ) {
    this.search = new SearchDeferral(backend.db)
    const db = backend.db
    this.statements = {
      savepoint: db.prepare('SAVEPOINT import_row'),
      release: db.prepare('RELEASE import_row'),
      rollbackTo: db.prepare('ROLLBACK TO import_row'),
      changes: db.prepare('SELECT total_changes()').pluck(),
    }
  }

  /** Who the import's audit rows name. */
  get actor(): string {
    return this.backend.audit.actor
  }

  begin(): void {
    const db = this.backend.db
    if (db.inTransaction) throw new ImportFailure('BUSY', '另一项修改正在进行,请稍后再导入。')
    // Each row's savepoint journals the pages it touches: kept in memory rather than in a
    // temporary file. The page cache stays at SQLite's default: measured at 100,000 rows, a
    // 64 MB cache made the import slower (20 s against 17 s) and its peak memory 490 MB, not 350.
    db.pragma('temp_store = MEMORY')
    try {
      // IMMEDIATE: take the write lock now, so another program's write fails us at once.
      db.exec('BEGIN IMMEDIATE')
    } catch (e) {
      if ((e as { code?: string }).code === 'SQLITE_BUSY') {
        throw new ImportFailure('BUSY', '数据库正被其他程序修改,请稍后再导入。')
      }
      throw e
    }
    this.open = true
    this.outerBatch = this.backend.audit.batch
    this.backend.audit.batch = this.batchId
    this.backend.audit.preregister(this.batchId)
    this.backend.audit.deferCreates()
    this.search.begin()
  }

  /**
   * Runs one row's writes: all of them, or none when it throws.
   *
   * `lazy`: the row's savepoint is opened only when the row calls savepointNow(), which it
   * must do before any write that may be followed by another one that can fail. A row that
   * writes one INSERT and nothing else fallible needs none: SQLite undoes a failed statement
   * by itself. The savepoint copies every page the row touches (ten indexes of the firm
   * table, the audit log's four): measured at 100,000 firms, ~2.5 s of a 17–20 s import.
   * A lazy row that asks too late (after a write), or fails after writing without asking, is
   * a bug in its caller: the whole import stops and rolls back rather than keep half a row.
   */
  atomic<T>(fn: () => T, opts: { lazy?: boolean } = {}): T {
    // A row inside a row (a visit's request): the outer one now writes more than once.
    this.savepointNow()
    const frame: RowFrame = { open: false, changesAtStart: opts.lazy ? this.changes() : null }
    this.frames.push(frame)
    try {
      if (!opts.lazy) this.savepointNow()
      const out = fn()
      if (frame.open) this.statements.release.run()
      return out
    } catch (e) {
      if (frame.open) {
        this.statements.rollbackTo.run()
        this.statements.release.run()
      } else if (isRowProblem(e) && frame.changesAtStart !== null && this.changes() !== frame.changesAtStart) {
        // Reported as the row's problem, it would keep what the row wrote: stop instead.
        throw new Error(`导入的一行写入数据库后出错,而它未设保存点:${(e as Error).message}`, { cause: e })
      }
      throw e
    } finally {
      this.frames.pop()
    }
  }

  /** Opens the current row's savepoint, if it is not open yet; outside a row, does nothing. */
  savepointNow(): void {
    const frame = this.frames[this.frames.length - 1]
    if (!frame || frame.open) return
    if (frame.changesAtStart !== null && this.changes() !== frame.changesAtStart) {
      throw new Error('导入的一行在写入数据库之后才设保存点,无法保证整行撤回')
    }
    // Deferred audit rows go in before the savepoint: undoing it must not take them away.
    this.backend.audit.flush()
    this.statements.savepoint.run()
    frame.open = true
  }

  private changes(): number {
    return this.statements.changes.get() as number
  }

  commit(): void {
    // The search index is rebuilt from the batch's audit rows: the deferred ones first.
    this.backend.audit.stopDeferring({ discard: false })
    this.search.end(this.batchId)
    this.backend.audit.release({ dropIfEmpty: true })
    this.backend.db.exec('COMMIT')
    this.close()
  }

  rollback(): void {
    if (this.open && this.backend.db.inTransaction) this.backend.db.exec('ROLLBACK')
    this.close()
  }

  private close() {
    if (!this.open) return
    this.open = false
    this.backend.audit.stopDeferring({ discard: true })
    this.backend.audit.release({ dropIfEmpty: false })
    this.backend.audit.batch = this.outerBatch
  }
}
