import { z } from 'zod'
import { notBefore, optionalText, requiredDate, requiredText, type RecordOf } from './common'

export const CAMPAIGN_KINDS = ['冬令大走访', '夏令大走访', '主题月', '专项走访'] as const

export const campaignSchema = z
  .object({
    name: requiredText('活动名称', 100),
    kind: z.enum(CAMPAIGN_KINDS, { error: '走访类型无效' }),
    startOn: requiredDate('开始日期'),
    endOn: requiredDate('结束日期'),
    notes: optionalText(2000),
  })
  .refine((c) => notBefore(c.endOn, c.startOn), {
    message: '结束日期不能早于开始日期',
    path: ['endOn'],
  })
export type CampaignInput = z.input<typeof campaignSchema>
export type Campaign = RecordOf<typeof campaignSchema> & { visitCount: number }

/** Chinese names of the fields: grid headers, form labels, messages, spreadsheet columns. */
export const campaignLabels = {
  name: '活动名称',
  kind: '类型',
  startOn: '开始日期',
  endOn: '结束日期',
  notes: '备注',
} satisfies Record<keyof z.input<typeof campaignSchema>, string>
