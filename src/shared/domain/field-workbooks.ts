/**
 * Field workbooks (issue #17): the 走访任务表 each visitor gets for a campaign and the 诉求派单表
 * each 承办单位 gets, filled in WPS or Excel away from the app and imported back. One home for
 * what both sides (writer, import, plan page) must agree on: the hidden marker sheet, the
 * groupings, and how a sent workbook is reported.
 */

export const FIELD_BOOK_LABELS = { 'visit-tasks': '走访任务表', dispatch: '诉求派单表' } as const
export type FieldBookKind = keyof typeof FIELD_BOOK_LABELS

/**
 * The hidden sheet that says what a workbook is and which sending it answers. Its name carries
 * the kind, so the import can tell the workbook without reading the sheet; its cells carry the
 * sending's id. Never shown, so nobody renames it.
 */
export const MARKER_SHEETS: Record<FieldBookKind, string> = {
  'visit-tasks': 'BizLedger走访任务表',
  dispatch: 'BizLedger诉求派单表',
}

/** The kind a workbook's marker sheet names, if it has one. */
export function markerKind(sheetNames: readonly string[]): FieldBookKind | null {
  for (const [kind, sheet] of Object.entries(MARKER_SHEETS)) {
    if (sheetNames.includes(sheet)) return kind as FieldBookKind
  }
  return null
}

/** The marker sheet's rows: a label in column A, its value in column B. */
export const MARKER_LABELS = {
  kind: '类型',
  id: '发出编号',
  campaignId: '走访活动编号',
  campaign: '走访活动',
  grouping: '分组',
  name: '发给',
  sentAt: '生成时间',
} as const

export function isMarkerSheet(name: string): boolean {
  return Object.values(MARKER_SHEETS).includes(name)
}

/** One 走访任务表 per 楼掌柜, per 服务专员 or per building. */
export const TASK_GROUPINGS = { manager: '楼掌柜', specialist: '服务专员', building: '楼宇' } as const
export type TaskGrouping = keyof typeof TASK_GROUPINGS
export const TASK_GROUPING_NAMES = Object.keys(TASK_GROUPINGS) as [TaskGrouping, ...TaskGrouping[]]

/** Requests a visitor can write on one firm's row of a 走访任务表. */
export const TASK_REQUEST_SLOTS = 3

/** A workbook as sent and, once imported back, returned: a line of "who has answered". */
export interface FieldBookStatus {
  id: string
  kind: FieldBookKind
  /** 楼掌柜 / 服务专员 / 楼宇 / 承办单位. */
  grouping: string
  /** Whom it went to: the person, the building or the unit. */
  name: string
  file: string
  sentAt: string
  /** The first import of it still standing (not undone); null until it comes back. */
  returnedAt: string | null
  /** Firms (task sheets) or requests (dispatch sheets) it listed. */
  total: number
  /** Of those, visited in the campaign since / closed since. */
  done: number
}

/** What writing the workbooks produced. */
export interface FieldBookResult {
  dir: string
  files: { file: string; name: string; rows: number }[]
}
