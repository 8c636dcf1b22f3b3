/**
 * Channels of the printed reports (issue #8). The reports' figures come from the channels the
 * app already has (dashboard:get, the profiles, the request ledger); what is the reports' own
 * is the name printed at the top of every sheet, 街道名称.
 */
import { z } from 'zod'
import type { Channel } from '../contract'

// The contract's helper, repeated: importing it would make the contract import itself.
function channel<O>() {
  return <I extends z.ZodType>(input: I): Channel<I, O> => ({ input })
}

export const DEFAULT_SUBDISTRICT = '四平路街道'

export interface ReportSettings {
  /** 街道名称: the header of every printed sheet. */
  subdistrict: string
}

export const reportChannels = {
  'report:settings': channel<ReportSettings>()(z.strictObject({}).optional()),
  'report:saveSettings': channel<ReportSettings>()(
    z.strictObject({
      subdistrict: z.string().trim().min(1, '请填写街道名称').max(30, '街道名称不超过 30 个字'),
    }),
  ),
}
