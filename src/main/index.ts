/** Electron's lifecycle only: everything the app does lives in modules that run under plain Node. */
import { app, BrowserWindow } from 'electron'
import { join } from 'node:path'
import { LedgerHost } from './app/host'
import { registerIpc } from './ipc/register'
import { DB_FILE, dbOverride } from './paths'
import { hardenSession } from './security'
import { isTrustedRendererUrl } from './trust'
import { createMainWindow, RENDERER_FILE } from './window'

const isTrusted = (url: string) => isTrustedRendererUrl(url, RENDERER_FILE, process.env.ELECTRON_RENDERER_URL)

// One copy of the app per database: a second start focuses the first window instead.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    const win = BrowserWindow.getAllWindows()[0]
    if (win) {
      if (win.isMinimized()) win.restore()
      win.focus()
    }
  })

  void app.whenReady().then(async () => {
    hardenSession()
    const dbPath = dbOverride(process.argv) ?? join(app.getPath('userData'), DB_FILE)
    // A ledger that cannot be opened still gets a window: it says why and offers the latest backup.
    const backend = await LedgerHost.open(dbPath)
    registerIpc(backend, isTrusted)
    createMainWindow(isTrusted)
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createMainWindow(isTrusted)
    })
    app.on('will-quit', () => backend.close())
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}
