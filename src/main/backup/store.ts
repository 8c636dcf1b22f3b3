/**
 * The backup folder beside the ledger (`backups/` next to bizledger.db): copies made with
 * SQLite's online backup API, so the app keeps working while one is made and the copy is one
 * consistent moment of the ledger, even with an import writing on another connection.
 * A copy is written under a temporary name and renamed when complete: a crash mid-copy never
 * leaves a half file that looks like a backup.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { openSqlite } from '../db/driver'
import type { Db } from '../db/connection'
import { AppError } from '../errors'
import { dayKey, toPrune, type Dated } from './rotation'

export const BACKUP_REASONS = {
  daily: '每日自动',
  import: '导入前',
  restore: '恢复前',
  migration: '升级前',
  manual: '手动',
} as const
export type BackupReason = keyof typeof BACKUP_REASONS

export interface BackupFile {
  /** File name in the backup folder: the only way the page names a backup. */
  name: string
  at: string
  reason: BackupReason
  reasonLabel: string
  size: number
}

const NAME = /^bizledger-(\d{8})-(\d{6})(?:-(\d{3}))?-([a-z]+)\.db$/

export function backupFolder(dbPath: string): string {
  return join(dirname(dbPath), 'backups')
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0')

function fileName(at: Date, reason: BackupReason): string {
  const d = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}`
  const t = `${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`
  return `bizledger-${d}-${t}-${pad(at.getMilliseconds(), 3)}-${reason}.db`
}

function parse(name: string): { at: Date; reason: BackupReason } | null {
  const m = NAME.exec(name)
  if (!m || !Object.hasOwn(BACKUP_REASONS, m[4])) return null
  const [d, t, ms] = [m[1], m[2], m[3] ?? '0']
  const at = new Date(
    +d.slice(0, 4),
    +d.slice(4, 6) - 1,
    +d.slice(6, 8),
    +t.slice(0, 2),
    +t.slice(2, 4),
    +t.slice(4, 6),
    +ms,
  )
  return { at, reason: m[4] as BackupReason }
}

/** The backups in the folder, newest first. */
export function listBackups(folder: string): BackupFile[] {
  if (!existsSync(folder)) return []
  const out: BackupFile[] = []
  for (const name of readdirSync(folder)) {
    const p = parse(name)
    if (!p) continue
    out.push({
      name,
      at: p.at.toISOString(),
      reason: p.reason,
      reasonLabel: BACKUP_REASONS[p.reason],
      size: statSync(join(folder, name)).size,
    })
  }
  return out.sort((a, b) => b.at.localeCompare(a.at) || b.name.localeCompare(a.name))
}

/** A backup's path from its name, only if it is one of the folder's backups (never a path from the page). */
export function backupPath(folder: string, name: string): string | null {
  return basename(name) === name && parse(name) && listBackups(folder).some((b) => b.name === name)
    ? join(folder, name)
    : null
}

/** The day's first start made its daily backup (a backup before an import does not stand for it). */
export function hasBackupOn(folder: string, day: Date): boolean {
  return listBackups(folder).some((b) => b.reason === 'daily' && dayKey(new Date(b.at)) === dayKey(day))
}

/** Copies the open ledger into the folder, then prunes old copies. */
export async function makeBackup(db: Db, folder: string, reason: BackupReason, now = new Date()): Promise<BackupFile> {
  mkdirSync(folder, { recursive: true })
  let name = fileName(now, reason)
  for (let i = 1; existsSync(join(folder, name)); i++) name = fileName(new Date(now.getTime() + i), reason)
  const partial = join(folder, `${name}.partial`)
  try {
    await db.backup(partial)
    seal(partial)
    renameSync(partial, join(folder, name))
  } finally {
    rmSync(partial, { force: true })
  }
  prune(folder, now)
  return listBackups(folder).find((b) => b.name === name)!
}

/**
 * A copy is kept only if it checks out (a damaged ledger must never rotate good backups away),
 * and as a single self-contained file (rollback journal, not WAL), so it can be carried on a
 * USB stick and opened anywhere.
 */
function seal(path: string): void {
  const copy = openSqlite(path)
  try {
    copy.pragma('journal_mode = DELETE')
    const check = copy.pragma('quick_check', { simple: true })
    if (check !== 'ok')
      throw new AppError('CORRUPT', `数据库已损坏,备份未完成(${String(check)})。请恢复最近的完好备份。`)
  } finally {
    copy.close()
  }
}

export function prune(folder: string, now = new Date()): string[] {
  const dated: Dated[] = listBackups(folder).map((b) => ({ name: b.name, at: new Date(b.at) }))
  const gone = toPrune(dated, now)
  for (const name of gone) rmSync(join(folder, name), { force: true })
  return gone
}
