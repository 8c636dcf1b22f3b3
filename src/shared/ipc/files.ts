/**
 * Files come into the app by upload: the page sends a chosen or dropped file's bytes, main keeps
 * them in a private folder and answers with an id. Channels that read a file (import) take that
 * id, never a path, so a page can only ever read what the user gave it.
 */
import { z } from 'zod'

export interface UploadedFile {
  id: string
  /** The file's own name, as the user chose it. */
  name: string
  size: number
}

/** The bridge's route for an upload: POST the bytes, `?name=` the file's name. */
export const UPLOAD_ROUTE = '/upload'
/** The IPC channel of an upload in Electron (bytes travel as a Uint8Array). */
export const UPLOAD_CHANNEL = 'file:upload'

export const uploadIdSchema = z.string().regex(/^up-[A-Za-z0-9_-]{16,40}$/, '文件标识无效,请重新选择文件')

export const uploadNameSchema = z
  .string()
  .trim()
  .min(1, '文件名为空')
  .max(255, '文件名过长')
  // A name, not a path: no folders, no control characters.
  .refine((n) => !/[\\/]/.test(n) && ![...n].some((c) => c.charCodeAt(0) < 32) && n !== '.' && n !== '..', '文件名无效')
