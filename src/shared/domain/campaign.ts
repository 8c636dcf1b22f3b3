import { z } from 'zod'
import { dateOrder, optionalText, requiredDate, requiredText, type RecordOf, type FieldsOf } from './common'

export const CAMPAIGN_KINDS = ['冬令大走访', '夏令大走访', '主题月', '专项走访'] as const

/**
 * Which firms a campaign means to visit. Firms that moved out or closed are never in scope:
 * they cannot be planned into a campaign.
 */
export const campaignScopeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('all') }),
  z.strictObject({ kind: z.literal('key') }),
  z.strictObject({
    kind: z.literal('buildings'),
    ids: z.array(z.number().int().positive()).min(1, '请至少选择一座楼宇').max(500),
  }),
  z.strictObject({
    kind: z.literal('industries'),
    ids: z.array(z.number().int().positive()).min(1, '请至少选择一个行业').max(100),
  }),
])
export type CampaignScope = z.infer<typeof campaignScopeSchema>

export const CAMPAIGN_SCOPE_LABELS: Record<CampaignScope['kind'], string> = {
  all: '全部在营企业',
  key: '重点企业',
  buildings: '指定楼宇',
  industries: '指定行业',
}

/** Chinese names of the fields: grid headers, form labels, messages, spreadsheet columns. */
export const campaignLabels = {
  name: '活动名称',
  kind: '类型',
  startOn: '开始日期',
  endOn: '结束日期',
  scope: '走访范围',
  targetCoverage: '覆盖率目标(%)',
  notes: '备注',
}

export const campaignSchema = z
  .object({
    name: requiredText(campaignLabels.name, 100),
    kind: z.enum(CAMPAIGN_KINDS, { error: '走访类型无效' }),
    startOn: requiredDate(campaignLabels.startOn),
    endOn: requiredDate(campaignLabels.endOn),
    scope: campaignScopeSchema.optional(),
    /** 覆盖率目标, %: the dashboard's target line for this campaign; blank for its default. */
    targetCoverage: z
      .number({ error: '覆盖率目标应为数字' })
      .min(0, '覆盖率目标不能小于 0')
      .max(100, '覆盖率目标不能超过 100')
      .nullable()
      .optional(),
    notes: optionalText(2000),
  } satisfies FieldsOf<typeof campaignLabels>)
  .refine(...dateOrder('endOn', 'startOn', '结束日期不能早于开始日期'))
export type CampaignInput = z.input<typeof campaignSchema>
export type Campaign = RecordOf<typeof campaignSchema> & { visitCount: number }
