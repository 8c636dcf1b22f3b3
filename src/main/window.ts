import { BrowserWindow } from 'electron'
import { join } from 'node:path'
import { hardenContents } from './security'
import { secureWebPreferences } from './window-options'

export const RENDERER_FILE = join(__dirname, '../renderer/index.html')

export function createMainWindow(isTrusted: (url: string) => boolean): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: '营商台账',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js')),
  })
  hardenContents(win.webContents, isTrusted)
  win.once('ready-to-show', () => win.show())
  void loadRenderer(win)
  return win
}

/** The renderer, at a route when given (#/print/...): from the dev server, or the built file. */
export function loadRenderer(win: BrowserWindow, route?: string): Promise<void> {
  const dev = process.env.ELECTRON_RENDERER_URL
  if (dev) return win.loadURL(route ? `${dev}#${route}` : dev)
  return win.loadFile(RENDERER_FILE, route ? { hash: route } : undefined)
}
