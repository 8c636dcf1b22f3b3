/**
 * What an import found and did, as it goes: counts, problems (each placed by sheet, row and
 * column, with a Chinese sentence saying where and why) and the records it created.
 */
import type { ImportKind, RefTarget } from '../../shared/domain/fields'
import { normaliseText, type CellValue } from '../../shared/domain/values'
import type { ImportIssue, ImportReport, ImportTotals } from '../../shared/ipc/channels/import'
import type { Column } from './header'

export interface Issue extends ImportIssue {
  level: 'error' | 'warning'
  /** The reason alone, for the error workbook's 原因 column. */
  reason: string
}

export interface Place {
  sheet: string
  row: number
}

const CREATED_LABELS: Record<RefTarget, string> = {
  building: '楼宇',
  staff: '人员',
  partner: '招商合作伙伴',
  campaign: '走访活动',
  enterprise: '企业',
  industry: '行业',
  department: '科室',
  handlingUnit: '承办单位',
  requestCategory: '诉求类别',
}

export class ReportBuilder {
  rowsRead = 0
  inserted = 0
  updated = 0
  unchanged = 0
  skipped = 0
  requestsInserted = 0
  /** Firms: new rows likely to be a firm already in the ledger (疑似重复), imported with a warning. */
  suspectedDuplicates = 0
  readonly sheets: string[] = []
  headerRow: number | null = null
  readonly issues: Issue[] = []
  /** The file's own 小计/合计 against the imported rows (see totals.ts), when it has them. */
  totals: ImportTotals | undefined
  private readonly created = new Map<RefTarget, string[]>()
  /** Rows with at least one error: not imported. */
  private readonly failedRows = new Set<string>()

  constructor(readonly file: string) {}

  error(at: Place, column: Column | null, value: CellValue, reason: string): void {
    this.failedRows.add(`${at.sheet}\u0000${at.row}`)
    this.add('error', at, column, value, reason)
  }

  warning(at: Place, column: Column | null, value: CellValue, reason: string): void {
    this.add('warning', at, column, value, reason)
  }

  /** Whether the row at `at` had an error (was not imported). */
  failed(at: Place): boolean {
    return this.failedRows.has(`${at.sheet}\u0000${at.row}`)
  }

  get errorRows(): number {
    return this.failedRows.size
  }

  noteCreated(target: RefTarget, name: string): void {
    const list = this.created.get(target)
    if (list) list.push(name)
    else this.created.set(target, [name])
  }

  forgetCreated(target: RefTarget, name: string): void {
    const list = this.created.get(target)
    const i = list?.lastIndexOf(name) ?? -1
    if (list && i >= 0) list.splice(i, 1)
  }

  private add(level: Issue['level'], at: Place, column: Column | null, value: CellValue, reason: string) {
    const where = column ? `${column.letter}列“${column.header}”` : ''
    this.issues.push({
      level,
      sheet: at.sheet,
      row: at.row,
      column: column?.header ?? '',
      value: normaliseText(value),
      reason,
      message: `“${this.file}”工作表“${at.sheet}”第${at.row}行${where}:${reason}`,
    })
  }

  build(kind: ImportKind, batchId: string | null, dryRun: boolean): ImportReport {
    const strip = ({ sheet, row, column, value, message }: Issue): ImportIssue => ({
      sheet,
      row,
      column,
      value,
      message,
    })
    const created: Record<string, string[]> = {}
    for (const [target, names] of this.created) if (names.length) created[CREATED_LABELS[target]] = names
    return {
      file: this.file,
      kind,
      sheets: this.sheets,
      headerRow: this.headerRow,
      rowsRead: this.rowsRead,
      inserted: this.inserted,
      updated: this.updated,
      unchanged: this.unchanged,
      skipped: this.skipped,
      errors: this.issues.filter((i) => i.level === 'error').map(strip),
      warnings: this.issues.filter((i) => i.level === 'warning').map(strip),
      ...(kind === 'visits' || kind === 'visit-tasks' ? { requestsInserted: this.requestsInserted } : {}),
      ...(kind === 'enterprises' ? { suspectedDuplicates: this.suspectedDuplicates } : {}),
      created,
      batchId,
      dryRun,
      ...(this.totals ? { totals: this.totals } : {}),
    }
  }
}
