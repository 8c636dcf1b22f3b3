/**
 * 导出PDF and 打印 of a report. In Electron the shell does both in a hidden window (the PDF
 * comes back as bytes and leaves through the download helper). In a browser there is no such
 * window: the report's print page opens in a new tab and calls the browser's print dialog,
 * which can also save a PDF ("另存为 PDF"). Either way the sheets are the print route's.
 */
import { ApiError } from '../../api'
import { saveBase64 } from '../../lib/download'

export const canPrintInShell = (): boolean => typeof window.bizledger?.printReport === 'function'

/** Opens the print page in a new tab, which prints itself once laid out (the tab inherits the session's token). */
function printInTab(route: string): void {
  window.open(`${window.location.pathname}#${route}&autoprint=1`, '_blank')
}

export async function exportPdf(route: string, fileName: string): Promise<'saved' | 'browser'> {
  if (!canPrintInShell()) {
    printInTab(route)
    return 'browser'
  }
  const r = await window.bizledger!.printReport!({ route, mode: 'pdf' })
  if (!r.ok) throw new ApiError(r.error)
  saveBase64({ fileName, base64: r.value.base64 ?? '' }, 'application/pdf')
  return 'saved'
}

export async function printReport(route: string): Promise<void> {
  if (!canPrintInShell()) return printInTab(route)
  const r = await window.bizledger!.printReport!({ route, mode: 'print' })
  if (!r.ok) throw new ApiError(r.error)
}
