import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron'
import { join } from 'node:path'
import { CHANNELS } from '../../shared/ipc/contract'
import { UPLOAD_CHANNEL } from '../../shared/ipc/files'
import { PRINT_CHANNEL, printRequestSchema } from '../../shared/ipc/print'
import { dispatchAsync, type Gate } from './dispatch'
import { uploadResult } from '../files/upload-result'
import { pdfOfRoute, printInHiddenWindow } from '../print-window'
import { OPEN_CHANNEL, SAVE_CHANNEL } from '../../shared/ipc/shell'
import { openFile, saveFile, type ShellDeps, type ShellHost } from '../shell/files'

/** One handler per contract channel; each checks who is calling before the gate in dispatch. */
export function registerIpc(backend: Gate & ShellHost, isTrusted: (url: string) => boolean): void {
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
  // 导出, 导出PDF, 立即备份, the problems workbook: main asks where with the system dialog, over
  // the asking window, and writes there itself (src/main/shell/files.ts). `dialog.showSaveDialog`
  // is looked up at each call, so the Electron test can stand in for it.
  const shell = (event: IpcMainInvokeEvent): ShellDeps => {
    const win = BrowserWindow.fromWebContents(event.sender)
    return {
      host: backend,
      async askSave({ defaultName, filters }) {
        const options = { defaultPath: join(app.getPath('documents'), defaultName), filters }
        const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options)
        return r.canceled || !r.filePath ? null : r.filePath
      },
      async askOpen({ filters }) {
        const options = { properties: ['openFile' as const], filters }
        const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options)
        return r.canceled ? null : (r.filePaths[0] ?? null)
      },
      async askFolder({ title }) {
        const options = { title, properties: ['openDirectory' as const, 'createDirectory' as const] }
        const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options)
        return r.canceled ? null : (r.filePaths[0] ?? null)
      },
      pdf: (route) => pdfOfRoute(route, isTrusted),
    }
  }
  ipcMain.handle(SAVE_CHANNEL, (event: IpcMainInvokeEvent, input: unknown) =>
    trusted(event) ? saveFile(shell(event), input) : FORBIDDEN,
  )
  ipcMain.handle(OPEN_CHANNEL, (event: IpcMainInvokeEvent, input: unknown) =>
    trusted(event) ? openFile(shell(event), input) : FORBIDDEN,
  )
  // 打印: the report is rendered and printed in a hidden window (src/main/print-window.ts).
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
