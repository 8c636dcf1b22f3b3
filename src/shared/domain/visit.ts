import { z } from 'zod'
import { optionalRef, optionalText, refList, requiredDate, requiredRef, type RecordOf, type FieldsOf } from './common'

export const VISIT_FORMS = ['上门走访', '座谈会', '电话回访'] as const

/** Chinese names of the fields: grid headers, form labels, messages, spreadsheet columns. */
export const visitLabels = {
  enterpriseId: '企业',
  campaignId: '走访活动',
  visitedOn: '走访日期',
  form: '走访形式',
  summary: '走访情况',
  visitorIds: '走访人',
}

export const visitSchema = z.object({
  enterpriseId: requiredRef(visitLabels.enterpriseId),
  campaignId: optionalRef(visitLabels.campaignId),
  visitedOn: requiredDate(visitLabels.visitedOn),
  form: z.enum(VISIT_FORMS, { error: '走访形式应为 上门走访、座谈会 或 电话回访' }).optional(),
  summary: optionalText(4000),
  /** Staff who made the visit (走访人), several allowed. */
  visitorIds: refList(visitLabels.visitorIds),
} satisfies FieldsOf<typeof visitLabels>)
export type VisitInput = z.input<typeof visitSchema>
export type Visit = RecordOf<typeof visitSchema> & {
  enterpriseName: string
  creditCode: string | null
  campaignName: string | null
  visitorNames: string | null
  requestCount: number
}
