import { z } from 'zod'
import {
  dateOrder,
  optionalDate,
  optionalRef,
  optionalText,
  requiredText,
  type RecordOf,
  type FieldsOf,
} from './common'

/** Chinese names of the fields: grid headers, form labels, messages, spreadsheet columns. */
export const rentReliefLabels = {
  buildingId: '楼宇',
  operator: '运营方',
  enterpriseId: '企业',
  tenantName: '承租方',
  periodStart: '减免开始日期',
  periodEnd: '减免结束日期',
  months: '减免月数',
  amount: '减免金额(元)',
  batch: '政策批次',
  notes: '备注',
}

export const rentReliefSchema = z
  .object({
    buildingId: optionalRef(rentReliefLabels.buildingId),
    operator: optionalText(100),
    /** Blank when the tenant is a shop that is not in the directory. */
    enterpriseId: optionalRef(rentReliefLabels.enterpriseId),
    tenantName: requiredText('承租方名称', 100),
    periodStart: optionalDate(rentReliefLabels.periodStart),
    periodEnd: optionalDate(rentReliefLabels.periodEnd),
    months: z.number({ error: '减免月数应为数字' }).positive('减免月数应大于0').max(36, '减免月数不能超过36').nullish(),
    /** 元, to the fen. */
    amount: z
      .number({ error: '减免金额应为数字(元)' })
      .min(0, '减免金额不能为负')
      .max(1e10, '减免金额过大')
      .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, '减免金额最多两位小数'),
    batch: optionalText(100),
    notes: optionalText(2000),
  } satisfies FieldsOf<typeof rentReliefLabels>)
  .refine(...dateOrder('periodEnd', 'periodStart', '减免结束日期不能早于开始日期'))
export type RentReliefInput = z.input<typeof rentReliefSchema>
export type RentRelief = RecordOf<typeof rentReliefSchema> & {
  buildingName: string | null
  enterpriseName: string | null
}
