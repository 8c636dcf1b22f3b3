import type { Result } from '../../shared/ipc/contract'
import type { UploadedFile } from '../../shared/ipc/files'
import type { Gate } from '../ipc/dispatch'
import { AppError } from '../errors'

/**
 * An upload from the Electron window: bytes and a name as the page sent them, checked here
 * (the page is not trusted to send either), answered in the contract's envelope.
 */
export async function uploadResult(backend: Gate, name: unknown, bytes: unknown): Promise<Result<UploadedFile>> {
  try {
    if (typeof name !== 'string' || !(bytes instanceof Uint8Array)) {
      throw new AppError('VALIDATION', '上传内容无效')
    }
    return { ok: true, value: await backend.uploads.save(name, bytes) }
  } catch (e) {
    const code = e instanceof AppError ? e.code : 'UPLOAD_FAILED'
    return { ok: false, error: { code, message: (e as Error).message } }
  }
}
