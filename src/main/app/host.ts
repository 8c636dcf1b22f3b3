/**
 * How the app (Electron or the web bridge) opens its ledger: a backup before a migration and
 * at the first start of each day, and, when the file cannot be opened (damaged, read-only, not a
 * ledger), a stand-in that answers every channel with the reason in Chinese, so the window can
 * say what happened and offer 恢复最近的备份 instead of closing.
 */
import { openSqlite } from '../db/driver'
import { copyFileSync, existsSync, renameSync } from 'node:fs'
import { checkBackup, isDamage, latestGoodBackup } from '../backup/restore'
import type { RestoreResult } from '../../shared/ipc/channels/backup'
import { backupFolder, hasBackupOn, makeBackup } from '../backup/store'
import { dbFailure, type DbFailure } from '../db/failure'
import { SCHEMA_VERSION } from '../db/migrate'
import { AppError } from '../errors'
import { Uploads } from '../files/uploads'
import type { ChannelName } from '../../shared/ipc/contract'
import type { Backend } from './backend'
import type { Gate } from '../ipc/dispatch'
import type { NetworkProbe } from '../db/network-drive'
import { openBackend, readOnlyReason } from './open'

export class LedgerHost implements Gate {
  private spare = new Uploads()
  private constructor(
    readonly dbPath: string,
    private readonly actor: string | undefined,
    public backend: Backend | null,
    public failure: DbFailure | null,
  ) {}

  /**
   * A ledger on a network drive (what `probe` says about the disks) is opened read-only, and
   * without the day's backup, which would write beside it on the share.
   */
  static async open(dbPath: string, actor?: string, now = new Date(), probe?: NetworkProbe): Promise<LedgerHost> {
    try {
      const readOnly = readOnlyReason(dbPath, probe)
      const backend = readOnly ? openBackend(dbPath, actor, readOnly) : await openWithBackups(dbPath, actor, now)
      return new LedgerHost(dbPath, actor, backend, null)
    } catch (e) {
      return LedgerHost.failed(dbPath, e, actor)
    }
  }

  /** The stand-in for a ledger that could not be opened (or a driver that could not load). */
  static failed(dbPath: string, e: unknown, actor?: string): LedgerHost {
    const failure = dbFailure(e)
    if (!failure) throw e
    return new LedgerHost(dbPath, actor, null, failure)
  }

  get uploads(): Uploads {
    return this.backend?.uploads ?? this.spare
  }

  handle(channel: ChannelName, input: unknown): unknown {
    const reason = this.backend?.options.readOnly
    if (this.backend && reason) return readOnlyAnswer(() => this.backend!.handle(channel, input), reason)
    if (this.backend) return this.backend.handle(channel, input)
    if (channel === 'backup:restoreLatest') return this.recover()
    throw new AppError(this.failure!.code, this.failure!.message)
  }

  /**
   * The ledger could not be opened: the damaged file is kept beside it (renamed, never deleted),
   * the newest backup is copied into its place and opened.
   */
  private recover(): RestoreResult {
    const latest = latestGoodBackup(backupFolder(this.dbPath))
    if (!latest) throw new AppError('NOT_FOUND', '备份文件夹中没有完好的备份,无法自动恢复。')
    const check = checkBackup(latest.path, latest.name)
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    for (const suffix of ['', '-wal', '-shm']) {
      if (existsSync(this.dbPath + suffix)) renameSync(this.dbPath + suffix, `${this.dbPath}.damaged-${stamp}${suffix}`)
    }
    copyFileSync(latest.path, this.dbPath)
    this.backend = openBackend(this.dbPath, this.actor)
    this.failure = null
    return { check, safety: null }
  }

  close(): void {
    this.backend?.db.close()
  }
}

/** On a read-only ledger, a write's SQLITE_READONLY is answered with the reason it is read-only. */
function readOnlyAnswer(run: () => unknown, reason: string): unknown {
  const explain = (e: unknown) => {
    throw dbFailure(e)?.code === 'READONLY' ? new AppError('READONLY', reason) : e
  }
  try {
    const r = run()
    return r instanceof Promise ? r.catch(explain) : r
  } catch (e) {
    return explain(e)
  }
}

async function openWithBackups(dbPath: string, actor: string | undefined, now: Date): Promise<Backend> {
  const folder = backupFolder(dbPath)
  if (existsSync(dbPath)) {
    // Opened bare first: a damaged file fails here with the code that says so, and a ledger an
    // upgrade is about to migrate is copied before the migration touches it.
    const raw = openSqlite(dbPath, { fileMustExist: true })
    try {
      const version = raw.pragma('user_version', { simple: true }) as number
      raw.prepare('SELECT count(*) FROM sqlite_master').get()
      if (version > 0 && version < SCHEMA_VERSION) await makeBackup(raw, folder, 'migration', now)
    } finally {
      raw.close()
    }
  }
  const backend = openBackend(dbPath, actor)
  try {
    if (!hasBackupOn(folder, now)) await makeBackup(backend.db, folder, 'daily', now)
  } catch (e) {
    // The day's backup found the ledger damaged: say so now, with the way back, rather than
    // let the office work on into a file that is failing.
    if (isDamage(e)) {
      backend.db.close()
      throw Object.assign(new Error((e as Error).message), { code: 'SQLITE_CORRUPT' })
    }
    console.error('每日备份失败', e)
  }
  return backend
}
