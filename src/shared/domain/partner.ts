import { z } from 'zod'
import { optionalDate, optionalText, requiredText, type RecordOf } from './common'

export const partnerSchema = z.object({
  name: requiredText('合作伙伴名称', 100),
  type: optionalText(50),
  licensedOn: optionalDate('授牌日期'),
  contact: optionalText(50),
  phone: optionalText(50),
  notes: optionalText(2000),
})
export type PartnerInput = z.input<typeof partnerSchema>
export type Partner = RecordOf<typeof partnerSchema> & { enterpriseCount: number }

/** Chinese names of the fields: grid headers, form labels, messages, spreadsheet columns. */
export const partnerLabels = {
  name: '合作伙伴名称',
  type: '类型',
  licensedOn: '授牌日期',
  contact: '联系人',
  phone: '联系电话',
  notes: '备注',
} satisfies Record<keyof z.input<typeof partnerSchema>, string>
