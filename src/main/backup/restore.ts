/**
 * 恢复: a backup file checked (it opens, `PRAGMA integrity_check` says ok, it is a ledger this
 * version can open) and then copied over the open ledger with the online backup API, into the
 * live connection's own file, so every window keeps its connection and simply sees the restored
 * data. The current state is backed up first. An older backup is migrated after the copy.
 */
import type Database from 'better-sqlite3'
import { openSqlite } from '../db/driver'
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { BackupCheck, RestoreResult } from '../../shared/ipc/channels/backup'
import type { Deps } from '../core/deps'
import { migrate, SCHEMA_VERSION } from '../db/migrate'
import { AppError } from '../errors'
import { backupFolder, listBackups, makeBackup, type BackupFile } from './store'

/** What this module uses of the ledger's services (src/main/core/deps.ts). */
type RestoreDeps = Pick<Deps, 'db' | 'file' | 'user'>

const COUNTED = { enterprises: 'enterprise', buildings: 'building', visits: 'visit', requests: 'request' } as const

/**
 * Checks a candidate and says what it holds; throws a Chinese AppError when it is no good.
 * It works on a private copy (what is checked is what gets restored, and opening a WAL-mode
 * file never leaves -wal/-shm files beside the user's): the copy's path is returned with it.
 */
export function checkBackup(path: string, file = path): BackupCheck {
  const { check, copy } = checkedCopy(path, file)
  rmSync(dirname(copy), { recursive: true, force: true })
  return check
}

function checkedCopy(path: string, file: string): { check: BackupCheck; copy: string } {
  const dir = mkdtempSync(join(tmpdir(), 'bizledger-restore-'))
  const copy = join(dir, 'candidate.db')
  try {
    copyFileSync(path, copy)
    return { check: inspect(copy, file), copy }
  } catch (e) {
    rmSync(dir, { recursive: true, force: true })
    throw e
  }
}

function inspect(path: string, file: string): BackupCheck {
  let db: Database.Database
  try {
    db = openSqlite(path, { fileMustExist: true })
    db.pragma('journal_mode = DELETE')
  } catch {
    throw new AppError('BAD_BACKUP', `“${file}”无法打开,不是营商台账的数据库文件。`)
  }
  try {
    let integrity: string
    try {
      integrity = db.pragma('integrity_check', { simple: true }) as string
    } catch {
      throw new AppError('BAD_BACKUP', `“${file}”不是营商台账的数据库文件,或已损坏。`)
    }
    if (integrity !== 'ok') throw new AppError('BAD_BACKUP', `“${file}”已损坏(完整性检查未通过),不能用于恢复。`)
    const version = db.pragma('user_version', { simple: true }) as number
    if (version > SCHEMA_VERSION)
      throw new AppError('BAD_BACKUP', `“${file}”由更新版本的营商台账创建(版本 ${version}),请先升级本程序。`)
    const tables = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[])
    if (version < 1 || !Object.values(COUNTED).every((t) => tables.has(t)) || !tables.has('audit_log'))
      throw new AppError('BAD_BACKUP', `“${file}”不是营商台账的数据库文件。`)
    const counts = {} as BackupCheck['counts']
    for (const [k, t] of Object.entries(COUNTED)) {
      counts[k as keyof typeof COUNTED] = db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number
    }
    const last = db.prepare('SELECT max(at) FROM audit_log').pluck().get() as string | null
    return { file, version, counts, lastChange: last }
  } finally {
    db.close()
  }
}

/** Replaces the open ledger's content with the backup at `path` (already chosen and confirmed). */
export async function restoreBackup(backend: RestoreDeps, path: string, file: string): Promise<RestoreResult> {
  const { check, copy } = checkedCopy(path, file)
  try {
    return await restoreChecked(backend, copy, check)
  } finally {
    rmSync(dirname(copy), { recursive: true, force: true })
  }
}

/** The newest backup of the folder that passes the check, or null. */
export function latestGoodBackup(folder: string): { path: string; name: string } | null {
  for (const b of listBackups(folder)) {
    try {
      checkBackup(join(folder, b.name), b.name)
      return { path: join(folder, b.name), name: b.name }
    } catch {
      continue
    }
  }
  return null
}

async function restoreChecked(backend: RestoreDeps, path: string, check: BackupCheck): Promise<RestoreResult> {
  const live = backend.file.path
  if (live === ':memory:') throw new AppError('UNSUPPORTED', '内存数据库不能恢复备份。')
  if (backend.db.inTransaction) throw new AppError('BUSY', '有修改正在进行,请稍后再恢复。')
  let safety: BackupFile | null = null
  try {
    safety = await makeBackup(backend.db, backupFolder(live), 'restore')
  } catch (e) {
    // A damaged ledger does not make a backup: the restore is how the user gets out of that.
    // Its file is kept as it is, beside it, in case anything in it is still wanted.
    if (!isDamage(e)) throw e
    copyFileSync(live, `${live}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`)
  }
  const source = openSqlite(path, { readonly: true, fileMustExist: true })
  try {
    await source.backup(live)
  } finally {
    source.close()
  }
  migrate(backend.db)
  backend.user.reload()
  return { check, safety: safety?.name ?? null }
}

export function isDamage(e: unknown): boolean {
  const code = (e as { code?: string }).code ?? ''
  return code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB' || code === 'CORRUPT'
}
