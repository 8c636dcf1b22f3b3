import { z } from 'zod'
import { optionalText, refList, requiredText, type RecordOf, type FieldsOf } from './common'

export const ORGANISATION_KINDS = ['联盟', '商会', '其他'] as const

/** Chinese names of the fields: grid headers, form labels, messages, spreadsheet columns. */
export const organisationLabels = {
  name: '名称',
  kind: '类型',
  notes: '备注',
  memberIds: '成员企业',
}

export const organisationSchema = z.object({
  name: requiredText(organisationLabels.name, 100),
  kind: z.enum(ORGANISATION_KINDS, { error: '类型应为 联盟、商会 或 其他' }),
  notes: optionalText(2000),
  memberIds: refList(organisationLabels.memberIds),
} satisfies FieldsOf<typeof organisationLabels>)
export type OrganisationInput = z.input<typeof organisationSchema>
export type Organisation = RecordOf<typeof organisationSchema> & { memberCount: number }
