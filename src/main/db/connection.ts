import type Database from 'better-sqlite3'
import { openSqlite } from './driver'
import { migrate } from './migrate'

export type Db = Database.Database

/**
 * Opens (creating if need be) and migrates the ledger.
 * WAL lets the grid read while a write runs; synchronous=FULL so a committed change survives
 * a power cut; the busy timeout covers a second process (the CLI) writing at the same time.
 */
export function openDatabase(path: string): Db {
  const db = openSqlite(path)
  try {
    if (path !== ':memory:') db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    migrate(db)
    return db
  } catch (e) {
    db.close()
    throw e
  }
}
