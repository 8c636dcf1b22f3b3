import { z } from 'zod'
import { optionalText, requiredText, type RecordOf, type FieldsOf } from './common'

/** Chinese names of the fields: grid headers, form labels, messages, spreadsheet columns. */
export const servicePointLabels = {
  name: '站点名称',
  address: '地址',
  kind: '类型',
  notes: '备注',
}

export const servicePointSchema = z.object({
  name: requiredText(servicePointLabels.name, 100),
  address: optionalText(200),
  kind: optionalText(50),
  notes: optionalText(2000),
} satisfies FieldsOf<typeof servicePointLabels>)
export type ServicePointInput = z.input<typeof servicePointSchema>
export type ServicePoint = RecordOf<typeof servicePointSchema>
