/**
 * 打印 in Electron: the page names a report by its print route; the shell renders that route
 * in a hidden window and opens the system print dialog for it (导出PDF is the same window's
 * printToPDF, saved through shell.ts), so the visible window never waits on printing. Not a contract
 * channel: only the Electron shell can print, and the loopback bridge has no window to do it.
 */
import { z } from 'zod'
import { parseReportRoute } from '../reports/params'

export const PRINT_CHANNEL = 'report:printWindow'

export const printRequestSchema = z.strictObject({
  route: z
    .string()
    .max(4000)
    .refine(
      (r) => {
        try {
          parseReportRoute(r)
          return true
        } catch {
          return false
        }
      },
      { message: '报表参数无效' },
    ),
  /** The system print dialog. (导出PDF is shell:saveFile: main writes the PDF where the user chose.) */
  mode: z.literal('print'),
})
export type PrintRequest = z.infer<typeof printRequestSchema>

export interface PrintAnswer {
  /** False when the user cancelled the dialog. */
  printed: boolean
}
