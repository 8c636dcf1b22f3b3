import { z } from 'zod'
import {
  dateOrder,
  optionalDate,
  optionalRef,
  optionalText,
  requiredDate,
  requiredRef,
  requiredText,
  type RecordOf,
  type FieldsOf,
} from './common'

/** The closed loop: 受理 → 已派单 → 办理中 → 已办结 | 无法解决. */
export const REQUEST_STATUSES = ['受理', '已派单', '办理中', '已办结', '无法解决'] as const
export const CLOSED_STATUSES: readonly string[] = ['已办结', '无法解决']
export const SATISFACTIONS = ['满意', '基本满意', '不满意'] as const

/** Chinese names of the fields: grid headers, form labels, messages, spreadsheet columns. */
export const requestLabels = {
  enterpriseId: '企业',
  visitId: '走访记录',
  categoryId: '诉求类别',
  content: '诉求内容',
  receivedOn: '受理日期',
  dueOn: '办理时限',
  handlingUnitId: '承办单位',
  status: '办理状态',
  response: '办理情况',
  closedOn: '办结日期',
  followUpOn: '回访日期',
  satisfaction: '满意度',
  notes: '备注',
}

export const requestSchema = z
  .object({
    enterpriseId: requiredRef(requestLabels.enterpriseId),
    visitId: optionalRef(requestLabels.visitId),
    categoryId: optionalRef(requestLabels.categoryId),
    content: requiredText(requestLabels.content, 4000),
    receivedOn: requiredDate(requestLabels.receivedOn),
    dueOn: optionalDate(requestLabels.dueOn),
    handlingUnitId: optionalRef(requestLabels.handlingUnitId),
    status: z.enum(REQUEST_STATUSES, { error: '办理状态无效' }).optional(),
    response: optionalText(4000),
    closedOn: optionalDate(requestLabels.closedOn),
    followUpOn: optionalDate(requestLabels.followUpOn),
    satisfaction: z.enum(SATISFACTIONS, { error: '满意度应为 满意、基本满意 或 不满意' }).nullish(),
    notes: optionalText(2000),
  } satisfies FieldsOf<typeof requestLabels>)
  .refine(...dateOrder('closedOn', 'receivedOn', '办结日期不能早于受理日期'))
  .refine(...dateOrder('dueOn', 'receivedOn', '办理时限不能早于受理日期'))
export type RequestInput = z.input<typeof requestSchema>
export type Request = RecordOf<typeof requestSchema> & {
  enterpriseName: string
  categoryName: string | null
  handlingUnitName: string | null
  /** Days from received to closed, or to today while open. */
  daysOpen: number
  /** Days past the due date while open; 0 on time, null once closed. */
  daysOverdue: number | null
}
