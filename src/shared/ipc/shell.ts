/**
 * The desktop shell's own file paths (Electron only; the browser mode keeps downloads and
 * uploads). 导出, 导出PDF, 立即备份 and an import's problems workbook are written by main straight
 * to the place the user picks in the system save dialog: the bytes never cross to the page, and
 * the page never names a path (main shows the dialog itself). 导入 and 从备份恢复 can pick their
 * file with the system open dialog; main takes it in as an upload and answers with its id.
 * Not contract channels: the loopback bridge has no dialogs.
 */
import { z } from 'zod'
import { exportLayoutInput, exportViewInput } from './channels/export'
import { sendDispatchInput, sendTasksInput } from './channels/fieldbooks'
import { printRequestSchema } from './print'

export const SAVE_CHANNEL = 'shell:saveFile'
export const OPEN_CHANNEL = 'shell:openFile'

/** The preload's methods for them, beside the contract's (tests/unit/node/preload-sandbox.test.ts). */
export const SHELL_METHODS = ['saveFile', 'openFile'] as const

const batchId = z.string().min(1).max(64)

export const saveRequestSchema = z.discriminatedUnion('what', [
  z.strictObject({ what: z.literal('export:view'), input: exportViewInput }),
  z.strictObject({ what: z.literal('export:layout'), input: exportLayoutInput }),
  z.strictObject({ what: z.literal('backup') }),
  /** Field workbooks: one file per person or unit, into a folder the user picks. */
  z.strictObject({ what: z.literal('fieldbook:tasks'), input: sendTasksInput }),
  z.strictObject({ what: z.literal('fieldbook:dispatch'), input: sendDispatchInput }),
  z.strictObject({ what: z.literal('import:problems'), batchId }),
  z.strictObject({
    what: z.literal('report:pdf'),
    route: printRequestSchema.shape.route,
    /** Only the name the dialog suggests; the user picks the folder. */
    fileName: z.string().min(1).max(120),
  }),
])
export type SaveRequest = z.infer<typeof saveRequestSchema>

export interface SaveAnswer {
  /** False when the user closed the dialog without choosing. */
  saved: boolean
  /** The saved file's own name (not its folder). */
  fileName?: string
  /** Records written, for exports. */
  rows?: number
  /** Field workbooks: the files written into the chosen folder. */
  files?: string[]
}

export const OPEN_KINDS = ['import', 'backup'] as const
export type OpenKind = (typeof OPEN_KINDS)[number]
export const openRequestSchema = z.enum(OPEN_KINDS)
