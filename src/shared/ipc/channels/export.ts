/**
 * Channels of the export (issue #6): the current view of any ledger grid as .xlsx or .csv, and
 * the official layouts the district asks for. An export is a job the caller names (jobId) so
 * the page can show progress while the call is waiting; the file comes back as base64 for the
 * page to save (the page never names a path on disk).
 */
import { z } from 'zod'
import { namesOf } from '../../domain/common'
import type { Channel } from '../contract'
import { gridWhereSchema, sortModelSchema } from '../grid'
import { LEDGER_NAMES } from './views'

// The contract's helper, repeated: importing it would make the contract import itself.
function channel<O>() {
  return <I extends z.ZodType>(input: I): Channel<I, O> => ({ input })
}

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]
/** CSV text encodings: UTF-8 with a BOM (Excel in Chinese reads it right) or GBK (GB18030) for old tools. */
export const CSV_ENCODINGS = ['utf8', 'gbk'] as const
export type CsvEncoding = (typeof CSV_ENCODINGS)[number]

/** The official layouts, each from a template in resources/templates. */
export const LAYOUT_LABELS = {
  directory: '企业名录',
  visits: '走访台账',
  requests: '诉求办理台账',
  'rent-reliefs': '房租减免汇总表',
}
export type LayoutName = keyof typeof LAYOUT_LABELS
export const LAYOUTS = namesOf(LAYOUT_LABELS)

export interface ExportProgress {
  rowsWritten: number
  /** Records to write, counted before the first row. */
  totalRows: number
}

export interface ExportFile {
  fileName: string
  base64: string
  /** Records written (not counting title, header, 小计 or 合计 rows). */
  rows: number
}

const colId = z
  .string()
  .max(64)
  .regex(/^[a-zA-Z][a-zA-Z0-9]*$/, '列名无效')
const jobId = z.string().min(8).max(64)
const title = z.string().max(100).optional()

export const exportViewInput = z.strictObject({
  ledger: z.enum(LEDGER_NAMES),
  where: gridWhereSchema.optional(),
  sort: sortModelSchema.optional(),
  /**
   * The visible columns in their order, with the grid's header and width (px). Fields of the
   * import dictionary are headed by the dictionary's label whatever the grid says, so the file
   * re-imports; the others (counts, joined names) keep the grid's header.
   */
  columns: z
    .array(
      z.strictObject({
        id: colId,
        label: z.string().max(60).optional(),
        width: z.number().min(0).max(4000).optional(),
      }),
    )
    .min(1, '没有可导出的列')
    .max(100),
  format: z.enum(EXPORT_FORMATS),
  encoding: z.enum(CSV_ENCODINGS).optional(),
  /** A title row above the header: 四平路街道企业名录(2026年11月). */
  title,
  jobId: jobId.optional(),
})
export type ExportViewInput = z.infer<typeof exportViewInput>

export const exportLayoutInput = z.strictObject({
  layout: z.enum(LAYOUTS),
  /** 走访台账: the campaign whose visits it lists. */
  campaignId: z.number().int().positive().optional(),
  title,
  jobId: jobId.optional(),
})
export type ExportLayoutInput = z.infer<typeof exportLayoutInput>

export const exportChannels = {
  'export:view': channel<ExportFile>()(exportViewInput),
  'export:layout': channel<ExportFile>()(exportLayoutInput),
  'export:progress': channel<ExportProgress | null>()(z.strictObject({ jobId })),
  'export:cancel': channel<{ cancelled: boolean }>()(z.strictObject({ jobId })),
}
