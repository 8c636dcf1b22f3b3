/**
 * SQLite's failures, as the office should read them: what happened to the ledger file and what
 * to do. One home for the messages, for a failure at opening (the error screen, with
 * 恢复最近的备份) and during work (a failed save).
 */
export interface DbFailure {
  code: 'READONLY' | 'BUSY' | 'DISK_FULL' | 'CORRUPT' | 'CANTOPEN'
  message: string
}

/** Codes after which the way out is the latest backup. */
export const RESTORABLE: readonly string[] = ['CORRUPT', 'CANTOPEN']

export function dbFailure(e: unknown): DbFailure | null {
  const raw = (e as { code?: string } | null)?.code ?? ''
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
