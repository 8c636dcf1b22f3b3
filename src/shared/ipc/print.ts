/**
 * 导出PDF and 打印 in Electron: the page names a report by its print route; the shell renders
 * that route in a hidden window and either makes the PDF there (printToPDF) or opens the
 * system print dialog for it, so the visible window never waits on printing. Not a contract
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
  /** pdf: the PDF's bytes come back (base64); print: the system print dialog. */
  mode: z.enum(['pdf', 'print']),
})
export type PrintRequest = z.infer<typeof printRequestSchema>

export interface PrintAnswer {
  /** The PDF, for mode 'pdf'. */
  base64?: string
  /** For mode 'print': false when the user cancelled the dialog. */
  printed?: boolean
}
