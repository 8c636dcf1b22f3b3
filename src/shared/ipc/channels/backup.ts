/**
 * Backups and settings (issue #9). The page names a backup by its file name in the backup
 * folder (listed by main) or by the id of a file it uploaded; 立即备份 answers with the bytes for
 * the page to save where the user chooses. No channel takes or returns a way to write a path.
 */
import { z } from 'zod'
import type { Channel } from '../contract'
import { uploadIdSchema } from '../files'

// The contract's helper, repeated: importing it would make the contract import itself.
function channel<O>() {
  return <I extends z.ZodType>(input: I): Channel<I, O> => ({ input })
}

export interface BackupInfo {
  name: string
  at: string
  reason: string
  reasonLabel: string
  size: number
}

export interface BackupStatus {
  /** Where automatic backups go (shown in 设置). */
  folder: string
  last: BackupInfo | null
  backups: BackupInfo[]
}

export interface BackupCheck {
  /** The file's own name. */
  file: string
  version: number
  counts: { enterprises: number; buildings: number; visits: number; requests: number }
  /** The newest change it holds. */
  lastChange: string | null
}

export interface RestoreResult {
  check: BackupCheck
  /** The backup of the ledger as it was just before. */
  safety: string | null
}

export interface UserSettings {
  /** The name the audit log gives changes made here. */
  userName: string
  /** The OS account: the default. */
  osUser: string
}

const backupName = z
  .string()
  .max(100)
  .regex(/^bizledger-\d{8}-\d{6}(-\d{3})?-[a-z]+\.db$/, '备份文件名无效')
/** A backup of the folder by name, or a file the user chose and uploaded. */
const source = z.union([z.strictObject({ name: backupName }), z.strictObject({ file: uploadIdSchema })])
const none = z.strictObject({}).optional()

export const backupChannels = {
  'backup:status': channel<BackupStatus>()(none),
  /** Makes a backup in the folder and returns its bytes, for the page to save (a USB stick). */
  'backup:now': channel<{ fileName: string; base64: string; backup: BackupInfo }>()(none),
  /** Checks a candidate before the user confirms: integrity, version, what it holds. */
  'backup:check': channel<BackupCheck>()(source),
  'backup:restore': channel<RestoreResult>()(source),
  /** The way out of a damaged ledger: the newest backup in the folder. */
  'backup:restoreLatest': channel<RestoreResult>()(none),
  'settings:get': channel<UserSettings>()(none),
  'settings:setUser': channel<UserSettings>()(
    z.strictObject({
      name: z
        .string()
        .trim()
        .max(40, '用户名不能超过 40 个字')
        .refine((n) => ![...n].some((c) => c.charCodeAt(0) < 32), '用户名不能含控制字符'),
    }),
  ),
}
