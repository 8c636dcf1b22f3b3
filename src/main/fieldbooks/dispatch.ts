/**
 * 诉求派单表: one workbook per 承办单位 with its open requests. The request is locked; the unit
 * writes its answer, the 办结日期 and the new 状态, a drop-down of only the moves the request
 * flow allows from where the request stands. It comes back through the import (kind dispatch).
 */
import { localToday } from '../../shared/domain/dates'
import type { FieldBookResult } from '../../shared/domain/field-workbooks'
import { REQUEST_TRANSITIONS, daysOverdue, type RequestStatus } from '../../shared/domain/request-flow'
import { AppError } from '../errors'
import { layoutColumns, type LayoutColumnDef } from '../export/columns'
import { bookFileName, dropDown, writeFieldBook, type BookDeps } from './book'

export interface DispatchBooksInput {
  dir: string
  /** Only these units (by name); all with open requests when omitted. */
  only?: readonly string[]
}

interface OpenRequest {
  requestId: number
  enterpriseName: string
  category: string | null
  content: string
  receivedOn: string
  dueOn: string | null
  status: RequestStatus
  unit: string
}

const IDENTITY: LayoutColumnDef[] = [
  { field: 'seq', header: '序号', kind: 'number', width: 5 },
  { key: 'requestId', width: 8 },
  { key: 'enterpriseName', width: 24 },
  { key: 'info.category', field: 'category', width: 10 },
  { key: 'info.content', field: 'content', width: 30 },
  { key: 'info.receivedOn', field: 'receivedOn', width: 11 },
  { key: 'info.dueOn', field: 'dueOn', width: 11 },
  { key: 'info.overdue', field: 'overdue', width: 8 },
  { key: 'info.status', field: 'status', width: 9 },
  { key: 'handlingUnitId', field: 'unit', width: 14 },
]
const TO_FILL: LayoutColumnDef[] = [
  { key: 'response', width: 30 },
  { key: 'closedOn', width: 11 },
  { key: 'status', field: 'newStatus', width: 9 },
  { key: 'reason', width: 24 },
]

/** Open requests that have a handling unit, by unit, oldest first. */
function openRequests(deps: BookDeps): OpenRequest[] {
  return deps.db
    .prepare(
      `SELECT r.id AS requestId, e.name AS enterpriseName, c.name AS category, r.content,
              r.received_on AS receivedOn, r.due_on AS dueOn, r.status, u.name AS unit
       FROM request r
       JOIN dictionary u ON u.id = r.handling_unit_id
       JOIN enterprise e ON e.id = r.enterprise_id
       LEFT JOIN dictionary c ON c.id = r.category_id
       WHERE r.status NOT IN ('已办结', '无法解决')
       ORDER BY u.sort_order, u.name, r.received_on, r.id`,
    )
    .all() as OpenRequest[]
}

export async function writeDispatchBooks(deps: BookDeps, input: DispatchBooksInput): Promise<FieldBookResult> {
  const today = localToday()
  const units = new Map<string, OpenRequest[]>()
  for (const r of openRequests(deps)) units.set(r.unit, [...(units.get(r.unit) ?? []), r])
  const missing = (input.only ?? []).filter((n) => !units.has(n))
  if (missing.length) {
    throw new AppError('VALIDATION', `${missing.map((n) => `“${n}”`).join('、')}没有未办结的诉求`)
  }
  const wanted = input.only ? [...units.keys()].filter((n) => input.only!.includes(n)) : [...units.keys()]
  const columns = [
    ...layoutColumns('dispatch', IDENTITY),
    ...layoutColumns('dispatch', TO_FILL).map((c) => ({ ...c, unlocked: true })),
  ]
  const col = (key: string) => 1 + IDENTITY.length + TO_FILL.findIndex((c) => c.key === key)
  const files: FieldBookResult['files'] = []
  for (const unit of wanted) {
    const requests = units.get(unit)!
    const written = await writeFieldBook(deps, {
      kind: 'dispatch',
      dir: input.dir,
      fileName: bookFileName(['诉求派单表', unit, today]),
      grouping: '承办单位',
      name: unit,
      campaign: null,
      sheetName: '诉求派单表',
      rowHeight: 45,
      title: `诉求派单表(承办单位:${unit},${today})`,
      instructions:
        '填写说明:左侧诉求信息已锁定,请在黄色格中填写办理情况或答复;办结时填写办结日期(不早于受理日期)并把状态选为“已办结”;' +
        '无法解决时状态选“无法解决”并写明原因。状态只能选下拉列表中的几项(按诉求流转规定,从当前状态可改为的)。' +
        '尚未办理的诉求整行留空即可。填好后将本文件交回营商办导入。',
      columns,
      records: requests.map((r, i) => ({
        ...r,
        seq: i + 1,
        overdue: daysOverdue(r, today) || null,
      })),
      items: requests.map((r) => r.requestId),
      lists: {},
      validate(sheet, row, record) {
        const moves = REQUEST_TRANSITIONS[record.status as RequestStatus]
        sheet.validate(row, col('status'), dropDown(`"${moves.join(',')}"`, '状态'))
        sheet.validate(row, col('closedOn'), {
          type: 'date',
          operator: 'greaterThanOrEqual',
          allowBlank: true,
          formulae: [new Date(`${record.receivedOn as string}T00:00:00Z`)],
          showErrorMessage: true,
          errorStyle: 'stop',
          errorTitle: '办结日期',
          error: `办结日期不能早于受理日期 ${record.receivedOn as string}`,
        })
      },
    })
    files.push({ ...written, name: unit })
  }
  return { dir: input.dir, files }
}
