import { z } from 'zod'
import { checkCreditCode } from './credit-code'
import { optionalDate, optionalRef, optionalText, requiredText, type RecordOf, type FieldsOf } from './common'

export const ENTERPRISE_STATUSES = ['在营', '迁出', '注销'] as const

/** Blank stays blank; anything else is normalised and must pass both GB 32100 check characters. */
export const creditCodeField = z
  .string()
  .transform((raw, ctx) => {
    if (raw.trim() === '') return null
    const r = checkCreditCode(raw)
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', message: r.reason })
      return z.NEVER
    }
    return r.code
  })
  .nullish()

/** Chinese names of the fields: grid headers, form labels, messages, spreadsheet columns. */
export const enterpriseLabels = {
  name: '企业名称',
  shortName: '简称',
  formerNames: '曾用名',
  creditCode: '统一社会信用代码',
  industryId: '行业',
  buildingId: '所在楼宇',
  room: '房间号',
  registeredAddress: '注册地址',
  operatingAddress: '经营地址',
  registeredCapital: '注册资本(万元)',
  establishedOn: '成立日期',
  legalRep: '法定代表人',
  contact: '联系人',
  phone: '联系电话',
  isKey: '重点企业',
  isManaged: '户管企业',
  isAboveScale: '规上企业',
  isHighTech: '高新技术企业',
  isSpecialized: '专精特新',
  specialistId: '服务专员',
  partnerId: '招商伙伴',
  settledOn: '落户日期',
  status: '状态',
  notes: '备注',
}

export const enterpriseFields = z.object({
  name: requiredText(enterpriseLabels.name, 100),
  shortName: optionalText(50),
  formerNames: optionalText(300),
  creditCode: creditCodeField,
  industryId: optionalRef(enterpriseLabels.industryId),
  buildingId: optionalRef('楼宇'),
  room: optionalText(50),
  registeredAddress: optionalText(200),
  operatingAddress: optionalText(200),
  registeredCapital: z.number({ error: '注册资本应为数字(万元)' }).min(0, '注册资本不能为负').nullish(),
  establishedOn: optionalDate(enterpriseLabels.establishedOn),
  legalRep: optionalText(50),
  contact: optionalText(50),
  phone: optionalText(50),
  isKey: z.boolean().optional(),
  isManaged: z.boolean().optional(),
  isAboveScale: z.boolean().optional(),
  isHighTech: z.boolean().optional(),
  isSpecialized: z.boolean().optional(),
  specialistId: optionalRef(enterpriseLabels.specialistId),
  partnerId: optionalRef(enterpriseLabels.partnerId),
  settledOn: optionalDate(enterpriseLabels.settledOn),
  status: z.enum(ENTERPRISE_STATUSES, { error: '状态应为 在营、迁出 或 注销' }).optional(),
  notes: optionalText(2000),
} satisfies FieldsOf<typeof enterpriseLabels>)
export const enterpriseSchema = enterpriseFields

export type EnterpriseInput = z.input<typeof enterpriseSchema>
export type EnterpriseData = z.output<typeof enterpriseSchema>

/** A directory row, with the names of what it links to joined for display. */
export type Enterprise = RecordOf<typeof enterpriseSchema> & {
  industryName: string | null
  buildingName: string | null
  /** 楼掌柜 of the firm's building. */
  managerName: string | null
  specialistName: string | null
  partnerName: string | null
}
