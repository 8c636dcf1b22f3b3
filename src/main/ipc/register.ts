import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { CHANNELS } from '../../shared/ipc/contract'
import { UPLOAD_CHANNEL } from '../../shared/ipc/files'
import { PRINT_CHANNEL, printRequestSchema } from '../../shared/ipc/print'
import { dispatchAsync, type Gate } from './dispatch'
import { uploadResult } from '../files/upload-result'
import { printInHiddenWindow } from '../print-window'

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
  // 导出PDF / 打印: the report is rendered and printed in a hidden window (src/main/print-window.ts).
  ipcMain.handle(PRINT_CHANNEL, async (event: IpcMainInvokeEvent, input: unknown) => {
    if (!trusted(event)) return FORBIDDEN
    const parsed = printRequestSchema.safeParse(input)
    if (!parsed.success) return { ok: false, error: { code: 'VALIDATION', message: '报表参数无效' } }
    try {
      return { ok: true, value: await printInHiddenWindow(parsed.data, isTrusted) }
    } catch (e) {
      return { ok: false, error: { code: 'PRINT_FAILED', message: `打印失败: ${(e as Error).message}` } }
    }
  })
}
