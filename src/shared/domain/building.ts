import { z } from 'zod'
import { optionalRef, optionalText, requiredText, type RecordOf, type FieldsOf } from './common'

export const BUILDING_KINDS = ['商务楼宇', '园区'] as const
export const OWNERSHIPS = ['国有', '非国有'] as const

/** Chinese names of the fields: grid headers, form labels, messages, spreadsheet columns. */
export const buildingLabels = {
  name: '楼宇名称',
  kind: '类型',
  address: '地址',
  operator: '运营方',
  ownership: '权属',
  managerId: '楼掌柜',
  notes: '备注',
}

export const buildingSchema = z.object({
  name: requiredText(buildingLabels.name, 100),
  kind: z.enum(BUILDING_KINDS, { error: '类型应为 商务楼宇 或 园区' }).optional(),
  address: optionalText(200),
  operator: optionalText(100),
  ownership: z.enum(OWNERSHIPS, { error: '权属应为 国有 或 非国有' }).nullish(),
  managerId: optionalRef(buildingLabels.managerId),
  notes: optionalText(2000),
} satisfies FieldsOf<typeof buildingLabels>)
export type BuildingInput = z.input<typeof buildingSchema>
export type Building = RecordOf<typeof buildingSchema> & {
  managerName: string | null
  enterpriseCount: number
}
