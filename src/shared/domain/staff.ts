import { z } from 'zod'
import { optionalRef, optionalText, requiredText, type RecordOf, type FieldsOf } from './common'

export const STAFF_ROLES = ['处级干部', '楼掌柜', '营商服务专员', '科室干部'] as const
export type StaffRole = (typeof STAFF_ROLES)[number]

/** Chinese names of the fields: grid headers, form labels, messages, spreadsheet columns. */
export const staffLabels = {
  name: '姓名',
  departmentId: '科室',
  position: '职务',
  roles: '角色',
  phone: '联系电话',
  notes: '备注',
}

export const staffSchema = z.object({
  name: requiredText(staffLabels.name, 50),
  departmentId: optionalRef(staffLabels.departmentId),
  position: optionalText(50),
  roles: z
    .array(z.enum(STAFF_ROLES, { error: '角色无效' }))
    .max(STAFF_ROLES.length)
    .optional(),
  phone: optionalText(50),
  notes: optionalText(2000),
} satisfies FieldsOf<typeof staffLabels>)
export type StaffInput = z.input<typeof staffSchema>
export type Staff = RecordOf<typeof staffSchema> & { departmentName: string | null }
