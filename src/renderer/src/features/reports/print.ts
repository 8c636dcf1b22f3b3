/**
 * 导出PDF and 打印 of a report. In Electron the shell does both in a hidden window; the PDF is
 * written by main where the user picks in the system save dialog (it never comes to the page). In a browser there is no such
 * window: the report's print page opens in a new tab and calls the browser's print dialog,
 * which can also save a PDF ("另存为 PDF"). Either way the sheets are the print route's.
 */
import { ApiError } from '../../api'
import { saveInShell } from '../../lib/shell'

export const canPrintInShell = (): boolean => typeof window.bizledger?.printReport === 'function'

/** Opens the print page in a new tab, which prints itself once laid out (the tab inherits the session's token). */
function printInTab(route: string): void {
  window.open(`${window.location.pathname}#${route}&autoprint=1`, '_blank')
}

export async function exportPdf(route: string, fileName: string): Promise<'saved' | 'cancelled' | 'browser'> {
  if (!canPrintInShell()) {
    printInTab(route)
    return 'browser'
  }
  const r = await saveInShell({ what: 'report:pdf', route, fileName })
  return r.saved ? 'saved' : 'cancelled'
}

export async function printReport(route: string): Promise<void> {
  if (!canPrintInShell()) return printInTab(route)
  const r = await window.bizledger!.printReport!({ route, mode: 'print' })
  if (!r.ok) throw new ApiError(r.error)
}
