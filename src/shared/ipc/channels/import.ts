/**
 * Channels of the spreadsheet import (issue #5): preview a file, run (or dry-run) it, follow
 * and cancel a run, list past imports, undo one, and fetch its problems as a workbook.
 * Files are named by the id of their upload (src/shared/ipc/files.ts).
 */
import { z } from 'zod'
import { IMPORT_KINDS, type ImportKind } from '../../domain/fields'
import type { Channel } from '../contract'
import { uploadIdSchema } from '../files'

// The contract's helper, repeated: importing it would make the contract import itself.
function channel<O>() {
  return <I extends z.ZodType>(input: I): Channel<I, O> => ({ input })
}

export const IMPORT_MODES = ['upsert', 'insert', 'skip'] as const
export type ImportMode = (typeof IMPORT_MODES)[number]
export const IMPORT_MODE_LABELS: Record<ImportMode, string> = {
  upsert: '更新或新增',
  insert: '仅新增',
  skip: '跳过已有',
}

/** One problem, where the spreadsheet shows it: `row` is the sheet's own 1-based row number. */
export interface ImportIssue {
  sheet: string
  row: number
  /** The column's header as the file writes it (its letter when it has none). */
  column: string
  /** The cell as read. */
  value: string
  /** A Chinese sentence naming the file, sheet, row and column, and why. */
  message: string
}

/** One subtotal or total row of the file, against the rows it sums as imported. */
export interface ImportTotalsGroup {
  sheet: string
  row: number
  /** The row's label as written (紫荆广场小计, 合计(3户), 120户). */
  label: string
  /** The group it sums (紫荆广场), or 全部 for a grand total. */
  group: string
  /** The count the row states (120户), when it states one. */
  fileCount: number | null
  /** Rows it sums that were imported. */
  importedCount: number
  /** Per money column: the file's figure and the imported rows' sum, in yuan. */
  amounts: { column: string; file: number | null; imported: number }[]
  agrees: boolean
  /** In words: 紫荆广场:文件 3 户、9 万元,导入 2 条、6 万元,相差 1 条、3 万元. */
  text: string
}

/** The file's own totals compared with what was imported, when it carries any. */
export interface ImportTotals {
  agrees: boolean
  /** 文件合计 1,400 万元,与导入的 120 条之和一致 — or what differs, group by group. */
  summary: string
  groups: ImportTotalsGroup[]
}

export interface ImportReport {
  file: string
  kind: ImportKind
  sheets: string[]
  /** The (first) header row of the first sheet read. */
  headerRow: number | null
  /** Rows below the header: data, and the blank or total rows skipped between them. */
  rowsRead: number
  inserted: number
  updated: number
  unchanged: number
  skipped: number
  errors: ImportIssue[]
  warnings: ImportIssue[]
  /** Visits: requests written from the visit rows. */
  requestsInserted?: number
  /** Firms: new rows likely to be a firm already there (疑似重复), each with its warning. */
  suspectedDuplicates?: number
  /** Records named in rows and created for them: ledger label → names. */
  created: Record<string, string[]>
  /** The audit batch, for 撤销本次导入; null for a dry run. */
  batchId: string | null
  dryRun: boolean
  /** The file's 小计/合计 rows checked against the imported rows, when it has such rows. */
  totals?: ImportTotals
}

export interface PreviewColumn {
  index: number
  letter: string
  header: string
  field: string | null
  /** Chinese label of the field. */
  fieldLabel: string | null
}

export interface PreviewCell {
  value: string
  problem?: string
  /** Read with a remark, or left blank while the row goes in (a bad optional value). */
  warning?: string
  /** What will be stored, in words (2015-03-04, 500 万元, 是), when it reads other than `value`. */
  storedAs?: string
}

export interface PreviewRow {
  sheet: string
  row: number
  cells: PreviewCell[]
  /** Why the row will be skipped (合计行 …), when it will. */
  skipped?: string
}

export interface ImportPreview {
  file: string
  format: 'xlsx' | 'csv'
  encoding: string | null
  kind: ImportKind
  /** The ledger was guessed from the headers (no kind given). */
  kindGuessed: boolean
  sheets: { name: string; hidden: boolean; rows: number | null; included: boolean; note?: string }[]
  /** 0 when the file is read as having no header row. */
  headerRow: number
  /** Read as 无表头: every row is data, the columns' fields guessed from their values. */
  noHeader: boolean
  /** No header was found, so the file is offered as 无表头 for the user to confirm. */
  noHeaderGuessed?: boolean
  headerDepth: 1 | 2
  columns: PreviewColumn[]
  /** Every field of the ledger, for the mapping drop-downs. */
  fields: { key: string; label: string }[]
  /** The mapping came from an earlier import of a file with the same headers. */
  remembered: boolean
  rows: PreviewRow[]
  warnings: ImportIssue[]
}

export interface ImportProgress {
  phase: 'reading' | 'writing' | 'done'
  rowsRead: number
  /** Rows in the file when the format says (xlsx), else null. */
  totalRows: number | null
}

export interface ImportBatch {
  id: string
  file: string
  kind: ImportKind
  sheets: string[]
  mode: ImportMode
  actor: string
  startedAt: string
  finishedAt: string
  rowsRead: number
  inserted: number
  updated: number
  unchanged: number
  skipped: number
  errors: number
  warnings: number
  undoneAt: string | null
}

export interface UndoResult {
  batchId: string
  /** Records the import created, now deleted. */
  deleted: number
  /** Records the import changed, now as they were. */
  restored: number
}

/** The file, by the id its upload was given (never a path: see files.ts). */
const file = uploadIdSchema
const kind = z.enum(IMPORT_KINDS, { error: '台账类型无效' })
const fieldKey = z
  .string()
  .max(64)
  .regex(/^[a-zA-Z.]+$/)
/** A field key (or null: not imported) per column, 0-based. */
const mapping = z.array(fieldKey.nullable()).max(500)
const jobId = z.string().min(8).max(64)
const batchId = z.string().min(8).max(64)

const headerRow = z.number().int().min(1).max(1_048_576)

const runInput = z.strictObject({
  file,
  kind,
  sheet: z.string().max(100).optional(),
  /** The header's row in the first sheet, when the user pointed at it. */
  headerRow: headerRow.optional(),
  mode: z.enum(IMPORT_MODES).optional(),
  mapping: mapping.optional(),
  dryRun: z.boolean().optional(),
  /** Import rows whose credit code fails the check, without the code, flagged for review. */
  flagBadCodes: z.boolean().optional(),
  /** The file has no header row (无表头): `mapping` says what each column is. */
  noHeader: z.boolean().optional(),
  /** Chosen by the caller so it can follow and cancel the run while it is going. */
  jobId: jobId.optional(),
})
export type ImportRunInput = z.infer<typeof runInput>

export const importChannels = {
  'import:preview': channel<ImportPreview>()(
    z.strictObject({
      file,
      kind: kind.optional(),
      sheet: z.string().max(100).optional(),
      headerRow: headerRow.optional(),
      mapping: mapping.optional(),
      noHeader: z.boolean().optional(),
      rows: z.number().int().min(1).max(200).optional(),
    }),
  ),
  'import:run': channel<ImportReport>()(runInput),
  'import:progress': channel<ImportProgress | null>()(z.strictObject({ jobId })),
  'import:cancel': channel<{ cancelled: boolean }>()(z.strictObject({ jobId })),
  'import:batches': channel<ImportBatch[]>()(
    z.strictObject({ limit: z.number().int().min(1).max(500).optional() }).optional(),
  ),
  'import:undo': channel<UndoResult>()(z.strictObject({ batchId })),
  /** The batch's errors and warnings as an .xlsx (base64), for the user to save. */
  'import:errorWorkbook': channel<{ fileName: string; base64: string }>()(z.strictObject({ batchId })),
}
