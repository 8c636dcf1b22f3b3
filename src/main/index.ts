/** Electron's lifecycle only: everything the app does lives in modules that run under plain Node. */
import { app, BrowserWindow } from 'electron'
import { join } from 'node:path'
import { LedgerHost } from './app/host'
import { registerIpc } from './ipc/register'
import { chooseBinding, useNativeBinding } from './db/driver'
import { DB_FILE, dbOverride, defaultUserDataDir } from './paths'
import { hardenSession } from './security'
import { isTrustedRendererUrl } from './trust'
import { createMainWindow, RENDERER_FILE } from './window'

// userData is named here, not left to the product name (营商台账 in the installers): the ledger
// and its backups stay in the one folder the CLI also finds, across upgrades and renames.
app.setPath('userData', defaultUserDataDir())

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
    // A ledger that cannot be opened, or a driver that cannot load, still gets a window: it says
    // why (and offers the latest backup, or the command that prepares the driver).
    const backend = await openLedger(dbPath)
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

/** Electron's build of the database driver (db/driver.ts), then the ledger. */
async function openLedger(dbPath: string): Promise<LedgerHost> {
  try {
    useNativeBinding(
      chooseBinding({
        versions: process.versions,
        platform: process.platform,
        arch: process.arch,
        // The project folder (out/main is two below it), however Electron was started: `electron .`
        // from npm start, or `electron out/main/index.js` from the Electron test.
        root: join(__dirname, '..', '..'),
        packaged: app.isPackaged,
      }),
    )
  } catch (e) {
    return LedgerHost.failed(dbPath, e)
  }
  return LedgerHost.open(dbPath)
}
