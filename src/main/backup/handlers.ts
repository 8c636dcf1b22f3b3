import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Deps } from '../core/deps'
import { osUser } from '../core/user'
import { AppError } from '../errors'
import { checkBackup, latestGoodBackup, restoreBackup } from './restore'
import { backupFolder, backupPath, listBackups, makeBackup } from './store'

/** What this module uses of the ledger's services (src/main/core/deps.ts). */
type BackupDeps = Pick<Deps, 'db' | 'audit' | 'uploads' | 'file' | 'user'>

type Source = { name: string } | { file: string }

/** A backup named by the page, as a path main chose: the folder's own file, or an upload. */
function resolveSource(backend: BackupDeps, s: Source): { path: string; file: string } {
  if ('name' in s) {
    const path = backupPath(backupFolder(backend.file.path), s.name)
    if (!path) throw new AppError('NOT_FOUND', `备份“${s.name}”不存在。`)
    return { path, file: s.name }
  }
  const path = backend.uploads.path(s.file)
  return { path, file: path.split(/[\\/]/).pop()! }
}

function requireFile(backend: BackupDeps): string {
  if (backend.file.path === ':memory:') throw new AppError('UNSUPPORTED', '内存数据库没有备份。')
  return backupFolder(backend.file.path)
}

/** Handlers of the channels in src/shared/ipc/channels/backup.ts. */
export function backupHandlers(backend: BackupDeps): Record<string, (input: never) => unknown> {
  return {
    'backup:status': () => {
      const folder = backupFolder(backend.file.path)
      const backups = backend.file.path === ':memory:' ? [] : listBackups(folder)
      return { folder, last: backups[0] ?? null, backups }
    },
    'backup:now': async () => {
      const backup = await makeBackup(backend.db, requireFile(backend), 'manual')
      const bytes = readFileSync(join(requireFile(backend), backup.name))
      return { fileName: backup.name, base64: bytes.toString('base64'), backup }
    },
    'backup:check': (i: Source) => {
      const { path, file } = resolveSource(backend, i)
      return checkBackup(path, file)
    },
    'backup:restore': (i: Source) => {
      requireFile(backend)
      const { path, file } = resolveSource(backend, i)
      return restoreBackup(backend, path, file)
    },
    'backup:restoreLatest': () => {
      const latest = latestGoodBackup(requireFile(backend))
      if (!latest) throw new AppError('NOT_FOUND', '备份文件夹中没有完好的备份。')
      return restoreBackup(backend, latest.path, latest.name)
    },
    'settings:get': () => ({ userName: backend.audit.actor, osUser: osUser() }),
    'settings:setUser': (i: { name: string }) => {
      backend.user.set(i.name)
      return { userName: backend.audit.actor, osUser: osUser() }
    },
  }
}
