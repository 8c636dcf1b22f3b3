/**
 * SQLite's failures, as the office should read them: what happened to the ledger file and what
 * to do. One home for the messages, for a failure at opening (the error screen, with
 * 恢复最近的备份) and during work (a failed save).
 */
export interface DbFailure {
  code: 'READONLY' | 'BUSY' | 'DISK_FULL' | 'CORRUPT' | 'CANTOPEN' | 'DRIVER'
  message: string
}

/** What to do when the desktop shell cannot load its build of the database driver (db/driver.ts). */
export const DRIVER_FIX =
  '请在项目文件夹中运行 npm run prepare:electron(需要联网,会下载或编译桌面版的数据库驱动),然后重新启动;无法联网时可改用 npm run start:web 在浏览器中使用。'

/** Codes after which the way out is the latest backup. */
export const RESTORABLE: readonly string[] = ['CORRUPT', 'CANTOPEN']

export function dbFailure(e: unknown): DbFailure | null {
  const raw = (e as { code?: string } | null)?.code ?? ''
  const text = (e as { message?: string } | null)?.message ?? ''
  // Said by the app itself (db/driver.ts, a ledger on a network drive), already in Chinese.
  if (raw === 'DRIVER' || raw === 'READONLY') return { code: raw, message: text }
  // The driver's .node file built for another runtime (Node's build loaded by Electron), or missing.
  if (
    raw === 'ERR_DLOPEN_FAILED' ||
    /NODE_MODULE_VERSION|better_sqlite3\.node|Could not locate the bindings file/.test(text)
  )
    return { code: 'DRIVER', message: `桌面版无法载入数据库驱动(${text.split('\n')[0]})。${DRIVER_FIX}` }
  // The same troubles met by the file system first (creating the folder, copying a backup).
  const code =
    { EROFS: 'SQLITE_READONLY', ENOSPC: 'SQLITE_FULL', EACCES: 'SQLITE_CANTOPEN', EPERM: 'SQLITE_CANTOPEN' }[raw] ?? raw
  if (code.startsWith('SQLITE_READONLY'))
    return {
      code: 'READONLY',
      message:
        '数据库文件是只读的(可能在只读的U盘或光盘上,或没有写入权限),无法保存修改。请把它放到可写的文件夹,或检查文件权限后重试。',
    }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return { code: 'BUSY', message: '数据库正被其他程序占用(例如另一个营商台账或命令行导入),请稍后重试。' }
  if (code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_WRITE' || code === 'SQLITE_IOERR_FSYNC')
    return {
      code: 'DISK_FULL',
      message: '磁盘已满或无法写入,这次修改没有保存;已保存的数据不受影响。请清理磁盘空间后重试。',
    }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')
    return {
      code: 'CORRUPT',
      message: '数据库文件已损坏或不是营商台账的数据库。可以恢复最近的备份(损坏的文件会保留一份,不会删除)。',
    }
  if (code.startsWith('SQLITE_CANTOPEN'))
    return {
      code: 'CANTOPEN',
      message: '无法打开数据库文件(文件夹不存在或没有权限)。可以恢复最近的备份,或检查文件位置。',
    }
  return null
}
