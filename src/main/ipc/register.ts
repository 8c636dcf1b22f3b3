import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { CHANNELS } from '../../shared/ipc/contract'
import { UPLOAD_CHANNEL } from '../../shared/ipc/files'
import { dispatchAsync, type Gate } from '../app/dispatch'
import { uploadResult } from '../files/upload-result'

/** One handler per contract channel; each checks who is calling before the gate in dispatch. */
export function registerIpc(backend: Gate, isTrusted: (url: string) => boolean): void {
  const trusted = (event: IpcMainInvokeEvent) => {
    const frame = event.senderFrame
    return frame !== null && frame.parent === null && isTrusted(frame.url)
  }
  const FORBIDDEN = { ok: false, error: { code: 'FORBIDDEN', message: '请求来源不受信任,已拒绝。' } }
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown) =>
      trusted(event) ? dispatchAsync(backend, channel, input) : FORBIDDEN,
    )
  }
  ipcMain.handle(UPLOAD_CHANNEL, (event: IpcMainInvokeEvent, name: unknown, bytes: unknown) => {
    if (!trusted(event)) return FORBIDDEN
    return uploadResult(backend, name, bytes)
  })
}
