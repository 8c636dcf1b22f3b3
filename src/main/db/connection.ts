import type Database from 'better-sqlite3'
import { openSqlite } from './driver'
import { AppError } from '../errors'
import { migrate, SCHEMA_VERSION, schemaVersion } from './migrate'

export type Db = Database.Database

/**
 * Opens (creating if need be) and migrates the ledger.
 * WAL lets the grid read while a write runs; synchronous=FULL so a committed change survives
 * a power cut; the busy timeout covers a second process (the CLI) writing at the same time.
 *
 * `readonly` (a ledger on a network drive, db/network-drive.ts): nothing is written, the
 * journal mode is left as it is, and a ledger that would need a migration is refused.
 */
export function openDatabase(path: string, { readonly = false }: { readonly?: boolean } = {}): Db {
  const db = openSqlite(path, readonly ? { readonly: true, fileMustExist: true } : {})
  try {
    if (readonly) {
      db.pragma('busy_timeout = 5000')
      if (schemaVersion(db) !== SCHEMA_VERSION) {
        throw new AppError(
          'READONLY',
          '这个台账来自其他版本的营商台账,需要升级后才能使用,而网络位置上的台账只能只读打开。请把文件复制到这台电脑上再打开。',
        )
      }
      return db
    }
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
