/**
 * Prints a report from a hidden window (Electron shell: imports electron). The report's print
 * route is loaded in a window of its own, with the same hardened preferences and preload as the
 * main window, waited on until its sheets are laid out, then printed to PDF (written by main
 * where the user chose, never sent to the page) or to the system print dialog. The visible window keeps working meanwhile: it only awaits an IPC answer.
 */
import { BrowserWindow } from 'electron'
import { join } from 'node:path'
import { PDF_OPTIONS, REPORT_READY_ATTR } from '../shared/reports/params'
import type { PrintAnswer, PrintRequest } from '../shared/ipc/print'
import { hardenContents } from './security'
import { secureWebPreferences } from './window-options'
import { loadRenderer } from './window'

const READY_TIMEOUT_MS = 120_000

async function whenReady(win: BrowserWindow): Promise<void> {
  const start = Date.now()
  const probe = `document.documentElement.hasAttribute('${REPORT_READY_ATTR}')`
  while (!(await win.webContents.executeJavaScript(probe))) {
    if (win.isDestroyed() || Date.now() - start > READY_TIMEOUT_MS) throw new Error('报表生成超时')
    await new Promise((r) => setTimeout(r, 100))
  }
}

/** Opens the report's print route in a hidden, hardened window, waits for its sheets, runs `use`. */
async function withReportWindow<T>(
  route: string,
  isTrusted: (url: string) => boolean,
  use: (win: BrowserWindow) => Promise<T>,
): Promise<T> {
  const win = new BrowserWindow({
    show: false,
    width: 1200,
    height: 900,
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js')),
  })
  hardenContents(win.webContents, isTrusted)
  try {
    await loadRenderer(win, route)
    await whenReady(win)
    return await use(win)
  } finally {
    if (!win.isDestroyed()) win.destroy()
  }
}

/** 导出PDF: the report as an A4 PDF, for main to write where the user chose (shell/files.ts). */
export function pdfOfRoute(route: string, isTrusted: (url: string) => boolean): Promise<Buffer> {
  return withReportWindow(route, isTrusted, async (win) =>
    Buffer.from(
      await win.webContents.printToPDF({ ...PDF_OPTIONS, margins: { top: 0, bottom: 0, left: 0, right: 0 } }),
    ),
  )
}

/** 打印: the system print dialog for the report. */
export function printInHiddenWindow(req: PrintRequest, isTrusted: (url: string) => boolean): Promise<PrintAnswer> {
  return withReportWindow(req.route, isTrusted, async (win) => {
    const printed = await new Promise<boolean>((resolve) =>
      win.webContents.print({ silent: false, printBackground: true }, (ok) => resolve(ok)),
    )
    return { printed }
  })
}
