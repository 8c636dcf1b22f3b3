import type { Database } from 'better-sqlite3'
import { AppError } from '../errors'
import { MIGRATIONS } from './migrations'

export const SCHEMA_VERSION = MIGRATIONS.length

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number
}

/**
 * Brings the schema up to `target` (default: the newest), each step in its own transaction
 * with its version, so a failed step leaves the database at the version before it.
 */
export function migrate(db: Database, target = SCHEMA_VERSION): number {
  const current = schemaVersion(db)
  if (current > SCHEMA_VERSION) {
    throw new AppError(
      'DB_TOO_NEW',
      `数据库版本(${current})高于本程序支持的版本(${SCHEMA_VERSION}),请升级营商台账后再打开此数据库。`,
    )
  }
  for (let v = current + 1; v <= target; v++) {
    const step = MIGRATIONS[v - 1]
    db.transaction(() => {
      db.exec(step.sql)
      step.run?.(db)
      db.pragma(`user_version = ${v}`)
    })()
  }
  return schemaVersion(db)
}
