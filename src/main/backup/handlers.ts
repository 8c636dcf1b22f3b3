import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Backend } from '../app/backend'
import { osUser } from '../app/user'
import { AppError } from '../errors'
import { checkBackup, latestGoodBackup, restoreBackup } from './restore'
import { backupFolder, backupPath, listBackups, makeBackup } from './store'

type Source = { name: string } | { file: string }

/** A backup named by the page, as a path main chose: the folder's own file, or an upload. */
function resolveSource(backend: Backend, s: Source): { path: string; file: string } {
  if ('name' in s) {
    const path = backupPath(backupFolder(backend.options.dbPath), s.name)
    if (!path) throw new AppError('NOT_FOUND', `备份“${s.name}”不存在。`)
    return { path, file: s.name }
  }
  const path = backend.uploads.path(s.file)
  return { path, file: path.split(/[\\/]/).pop()! }
}

function requireFile(backend: Backend): string {
  if (backend.options.dbPath === ':memory:') throw new AppError('UNSUPPORTED', '内存数据库没有备份。')
  return backupFolder(backend.options.dbPath)
}

/** Handlers of the channels in src/shared/ipc/channels/backup.ts. */
export function backupHandlers(backend: Backend): Record<string, (input: never) => unknown> {
  return {
    'backup:status': () => {
      const folder = backupFolder(backend.options.dbPath)
      const backups = backend.options.dbPath === ':memory:' ? [] : listBackups(folder)
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
      backend.setUser(i.name)
      return { userName: backend.audit.actor, osUser: osUser() }
    },
  }
}
