import { z } from 'zod'
import { optionalDate, optionalText, requiredText, type RecordOf, type FieldsOf } from './common'

/** Chinese names of the fields: grid headers, form labels, messages, spreadsheet columns. */
export const partnerLabels = {
  name: '合作伙伴名称',
  type: '类型',
  licensedOn: '授牌日期',
  contact: '联系人',
  phone: '联系电话',
  notes: '备注',
}

export const partnerSchema = z.object({
  name: requiredText(partnerLabels.name, 100),
  type: optionalText(50),
  licensedOn: optionalDate(partnerLabels.licensedOn),
  contact: optionalText(50),
  phone: optionalText(50),
  notes: optionalText(2000),
} satisfies FieldsOf<typeof partnerLabels>)
export type PartnerInput = z.input<typeof partnerSchema>
export type Partner = RecordOf<typeof partnerSchema> & { enterpriseCount: number }
