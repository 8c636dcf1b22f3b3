import { z } from 'zod'
import { checkCreditCode, checkRegistrationNo, type CreditCodeCheck, type RegistrationNoCheck } from './credit-code'
import { optionalDate, optionalRef, optionalText, requiredText, type RecordOf, type FieldsOf } from './common'

/** The ledger's 状态: 吊销 (licence revoked, not yet deregistered) is kept apart from 注销. */
export const ENTERPRISE_STATUSES = ['在营', '迁出', '注销', '吊销'] as const

/** 登记状态 as registries word it; 迁出, 注销 and 吊销 are kept apart. */
export const REGISTRATION_STATUSES = ['存续', '在业', '迁出', '注销', '吊销'] as const
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number]

/**
 * The ledger's 状态 a registry's 登记状态 means: 存续 and 在业 are 在营; 迁出, 注销 and 吊销 are
 * themselves (a firm whose licence was revoked still has its deregistration ahead of it).
 */
export const STATUS_OF_REGISTRATION: Record<RegistrationStatus, (typeof ENTERPRISE_STATUSES)[number]> = {
  存续: '在营',
  在业: '在营',
  迁出: '迁出',
  注销: '注销',
  吊销: '吊销',
}

/** 注册资本 with no currency written is in 人民币. */
export const HOME_CURRENCY = '人民币'

/** A code field: blank stays blank; anything else is normalised and must pass its check. */
function checkedCode(check: (raw: string) => CreditCodeCheck | RegistrationNoCheck) {
  return z
    .string()
    .transform((raw, ctx) => {
      if (raw.trim() === '') return null
      const r = check(raw)
      if (!r.ok) {
        ctx.addIssue({ code: 'custom', message: r.reason })
        return z.NEVER
      }
      return 'code' in r ? r.code : r.number
    })
    .nullish()
}

/** Both GB 32100 check characters. */
export const creditCodeField = checkedCode(checkCreditCode)
/** 15 digits passing the GB/T 17710 check digit. */
export const registrationNoField = checkedCode(checkRegistrationNo)

/** Chinese names of the fields: grid headers, form labels, messages, spreadsheet columns. */
export const enterpriseLabels = {
  name: '企业名称',
  shortName: '简称',
  formerNames: '曾用名',
  creditCode: '统一社会信用代码',
  registrationNo: '工商注册号',
  industryId: '行业',
  buildingId: '所在楼宇',
  room: '房间号',
  registeredAddress: '注册地址',
  operatingAddress: '经营地址',
  registeredCapital: '注册资本(万元)',
  capitalCurrency: '注册资本币种',
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
  companyType: '企业类型',
  registrationAuthority: '登记机关',
  registrationStatus: '登记状态',
  businessScope: '经营范围',
  notes: '备注',
}

export const enterpriseFields = z.object({
  name: requiredText(enterpriseLabels.name, 100),
  shortName: optionalText(50),
  formerNames: optionalText(300),
  creditCode: creditCodeField,
  registrationNo: registrationNoField,
  industryId: optionalRef(enterpriseLabels.industryId),
  buildingId: optionalRef('楼宇'),
  room: optionalText(50),
  registeredAddress: optionalText(200),
  operatingAddress: optionalText(200),
  registeredCapital: z.number({ error: '注册资本应为数字(万元)' }).min(0, '注册资本不能为负').nullish(),
  capitalCurrency: optionalText(20),
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
  status: z.enum(ENTERPRISE_STATUSES, { error: '状态应为 在营、迁出、注销 或 吊销' }).optional(),
  companyType: optionalText(100),
  registrationAuthority: optionalText(100),
  registrationStatus: z.enum(REGISTRATION_STATUSES, { error: '登记状态应为 存续、在业、迁出、注销 或 吊销' }).nullish(),
  businessScope: optionalText(4000),
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
