import { z } from 'zod'
import { optionalText, refList, requiredDate, requiredText, type RecordOf, type FieldsOf } from './common'

export const EVENT_KINDS = ['发展交流会', '政策宣讲会', '茶话会', '共享直播间', '法律服务', '其他'] as const

/** Chinese names of the fields: grid headers, form labels, messages, spreadsheet columns. */
export const eventLabels = {
  heldOn: '活动日期',
  theme: '活动主题',
  kind: '活动类型',
  organiser: '主办方',
  location: '地点',
  notes: '备注',
  attendeeIds: '参加企业',
}

export const eventSchema = z.object({
  heldOn: requiredDate(eventLabels.heldOn),
  theme: requiredText(eventLabels.theme, 200),
  kind: z.enum(EVENT_KINDS, { error: '活动类型无效' }).optional(),
  organiser: optionalText(100),
  location: optionalText(200),
  notes: optionalText(2000),
  attendeeIds: refList(eventLabels.attendeeIds),
} satisfies FieldsOf<typeof eventLabels>)
export type EventInput = z.input<typeof eventSchema>
export type Event = RecordOf<typeof eventSchema> & { attendeeCount: number }
