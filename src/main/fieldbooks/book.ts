/**
 * One field workbook on disk: a protected, printable sheet of locked identity columns and
 * unlocked columns to fill, with drop-downs and date checks, and the hidden marker sheet that
 * names the sending it answers. Written by the app's streaming writer (export/xlsx.ts) under a
 * temporary name and renamed when whole; the sending is recorded only when the file exists.
 */
import { join } from 'node:path'
import type ExcelJS from 'exceljs'
import { localToday } from '../../shared/domain/dates'
import { MARKER_LABELS, MARKER_SHEETS, type FieldBookKind } from '../../shared/domain/field-workbooks'
import type { Deps } from '../core/deps'
import type { ExportColumn } from '../export/columns'
import { writeAtomically } from '../export/target'
import { XlsxBook, letter, type XlsxSheet } from '../export/xlsx'
import { forgetSent, recordSent } from './sent'

/** What this module uses of the ledger's services (src/main/core/deps.ts). */
export type BookDeps = Pick<Deps, 'db' | 'audit'>

export interface BookSpec {
  kind: FieldBookKind
  dir: string
  fileName: string
  /** 楼掌柜 / 服务专员 / 楼宇 / 承办单位, and whom it goes to. */
  grouping: string
  name: string
  campaign: { id: number; name: string } | null
  sheetName: string
  /** Points per row: room to write in, and wrapped text shown whole. */
  rowHeight: number
  title: string
  instructions: string
  columns: ExportColumn[]
  records: readonly Record<string, unknown>[]
  /** The firm or request id of each record: what "N of M done" counts. */
  items: readonly number[]
  /** Drop-down lists, by name, kept on the marker sheet for lists too long to write inline. */
  lists: Readonly<Record<string, readonly string[]>>
  /** The checks of a record's row (1-based row), given each list's validation formula. */
  validate(sheet: XlsxSheet, row: number, record: Record<string, unknown>, lists: Record<string, string>): void
}

/** Excel keeps an inline list to 255 characters, commas included; longer lists sit on a sheet. */
const INLINE_LIMIT = 250

/** A file name Windows accepts, saying who and which campaign. */
export function bookFileName(parts: readonly string[]): string {
  return `${parts.join('-')}.xlsx`.replace(/[\\/:*?"<>|\s]+/g, '_')
}

/** A drop-down of `values`, as its formula: inline when short, else the sheet range `ref`. */
function listFormula(values: readonly string[], ref: string): string {
  const inline = `"${values.join(',')}"`
  return inline.length <= INLINE_LIMIT && !values.some((v) => /[,"]/.test(v)) ? inline : ref
}

export function dropDown(formula: string, what: string): ExcelJS.DataValidation {
  return {
    type: 'list',
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: what,
    error: `请从下拉列表中选择${what}`,
  }
}

export async function writeFieldBook(deps: BookDeps, spec: BookSpec): Promise<{ file: string; rows: number }> {
  const path = join(spec.dir, spec.fileName)
  const id = recordSent(deps.db, {
    kind: spec.kind,
    campaignId: spec.campaign?.id ?? null,
    grouping: spec.grouping,
    name: spec.name,
    file: spec.fileName,
    sentBy: deps.audit.actor,
    items: spec.items,
  })
  const marker = MARKER_SHEETS[spec.kind]
  const listNames = Object.keys(spec.lists)
  const formulas: Record<string, string> = {}
  listNames.forEach((name, i) => {
    const values = spec.lists[name]
    const col = letter(4 + i)
    formulas[name] = listFormula(values, `'${marker}'!$${col}$2:$${col}$${Math.max(2, values.length + 1)}`)
  })
  try {
    await writeAtomically(path, async (tmp) => {
      const book = new XlsxBook(tmp)
      try {
        const sheet = book.sheet({
          name: spec.sheetName,
          columns: spec.columns,
          title: spec.title,
          subtitle: spec.instructions,
          subtitleLines: 3,
          rowHeight: spec.rowHeight,
          print: { orientation: 'landscape' },
          protect: true,
        })
        for (const r of spec.records) {
          const row = sheet.nextRow
          sheet.record(r)
          spec.validate(sheet, row, r, formulas)
        }
        sheet.finish()
        book.hiddenSheet(marker, markerRows(spec, id, listNames))
        await book.commit()
      } catch (e) {
        await book.destroy()
        throw e
      }
    })
  } catch (e) {
    forgetSent(deps.db, id)
    throw e
  }
  return { file: spec.fileName, rows: spec.records.length }
}

/** Column A/B: what the workbook is; from column D: the drop-down lists, a title row each. */
function markerRows(spec: BookSpec, id: string, listNames: readonly string[]): string[][] {
  const head: [string, string][] = [
    [MARKER_LABELS.kind, spec.kind],
    [MARKER_LABELS.id, id],
    [MARKER_LABELS.campaignId, spec.campaign ? String(spec.campaign.id) : ''],
    [MARKER_LABELS.campaign, spec.campaign?.name ?? ''],
    [MARKER_LABELS.grouping, spec.grouping],
    [MARKER_LABELS.name, spec.name],
    [MARKER_LABELS.sentAt, localToday()],
    ['说明', '本工作表由营商台账生成,用于识别交回的表格,请勿修改或删除。'],
  ]
  const height = Math.max(head.length, ...listNames.map((n) => spec.lists[n].length + 1))
  return Array.from({ length: height }, (_, r) => [
    ...(head[r] ?? ['', '']),
    '',
    ...listNames.map((n) => (r === 0 ? n : (spec.lists[n][r - 1] ?? ''))),
  ])
}
