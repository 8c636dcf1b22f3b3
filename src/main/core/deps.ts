/**
 * What a feature may be given: the ledger's services, each a small view of its own. A feature
 * names only those it uses, as `Pick<Deps, 'db' | 'ledgers'>`, so its signature says what it
 * touches; app/ builds one of each and hands every feature its share (docs/architecture.md).
 *
 * This module imports no feature (nothing under import/, export/, history/ …) and only types,
 * so any feature can depend on it without the import graph closing into a circle.
 */
import type { Db } from '../db/connection'
import type { Uploads } from '../files/uploads'
import type { AuditLog } from '../ledger/audit'
import type { LedgerService } from '../ledger/service'
import type { LedgerName } from '../ledgers'
import type { GridQueries } from '../query/grid'
import type { SavedViews } from '../views/service'
import type { Settings } from './settings'

export type { AuditLog, Db, SavedViews, Settings, Uploads }

/** Each ledger's rules and audited writes (create, update, delete …), by ledger name. */
export type Ledgers = Readonly<Record<LedgerName, LedgerService>>

/** Each ledger's paged, filtered reads for the grids, by ledger name. */
export type Grids = Readonly<Record<LedgerName, GridQueries>>

/** The ledger as a file on disk, for the features that copy it or read it on the side. */
export interface LedgerFile {
  /** The database file, or ':memory:' (no backups, one connection only). */
  readonly path: string
  /**
   * Runs a long job (an import, an export) on a connection of its own, so its transaction or
   * open query stays out of the shared connection every other call uses meanwhile. An
   * in-memory ledger has only the one connection, and the job runs on it.
   */
  withOwnConnection<T>(job: (own: Deps) => Promise<T>): Promise<T>
}

/** Who changes are recorded under (AuditLog.actor): the 设置 user name, else the OS account. */
export interface User {
  /** Keeps a user name in the settings; blank goes back to the OS account. */
  set(name: string): void
  /** Reads the name again from the settings, after a restore replaced them. */
  reload(): void
}

/** Every service there is. Features take a `Pick` of it; only app/ builds the whole. */
export interface Deps {
  db: Db
  ledgers: Ledgers
  grids: Grids
  audit: AuditLog
  settings: Settings
  views: SavedViews
  uploads: Uploads
  file: LedgerFile
  user: User
}

/** The three most features write through: SQL, the ledgers' rules, and the audit log. */
export type LedgerDeps = Pick<Deps, 'db' | 'ledgers' | 'audit'>
