import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { CHANNELS } from '../../shared/ipc/contract'
import type { Backend } from '../app/backend'
import { dispatchAsync } from '../app/dispatch'

/** One handler per contract channel; each checks who is calling before the gate in dispatch. */
export function registerIpc(backend: Backend, isTrusted: (url: string) => boolean): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown) => {
      const frame = event.senderFrame
      if (!frame || frame.parent !== null || !isTrusted(frame.url)) {
        return { ok: false, error: { code: 'FORBIDDEN', message: '请求来源不受信任,已拒绝。' } }
      }
      return dispatchAsync(backend, channel, input)
    })
  }
}
