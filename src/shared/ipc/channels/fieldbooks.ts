/**
 * Field workbooks (issue #17): 生成走访任务表 on the plan page, 生成诉求派单表 on 督办, and who
 * has answered. The workbooks come back as base64 files for the page to save (like an
 * export); they come back in through the import's own channels (kinds visit-tasks, dispatch).
 */
import { z } from 'zod'
import { TASK_GROUPING_NAMES, type FieldBookStatus } from '../../domain/field-workbooks'
import type { Channel } from '../contract'

// The contract's helper, repeated: importing it would make the contract import itself.
function channel<O>() {
  return <I extends z.ZodType>(input: I): Channel<I, O> => ({ input })
}

export interface FieldBookFiles {
  files: { fileName: string; base64: string; rows: number; name: string }[]
}

const only = z.array(z.string().min(1).max(100)).min(1).max(500).optional()

export const sendTasksInput = z.strictObject({
  campaignId: z.number().int().positive(),
  by: z.enum(TASK_GROUPING_NAMES, { error: '分组应为 楼掌柜、服务专员 或 楼宇' }),
  only,
})
export const sendDispatchInput = z.strictObject({ only })

export const fieldBookChannels = {
  /** One 走访任务表 per 楼掌柜 / 服务专员 / building (only those named, when `only` is given). */
  'fieldbook:sendTasks': channel<FieldBookFiles>()(sendTasksInput),
  /** One 诉求派单表 per 承办单位 with open requests. */
  'fieldbook:sendDispatch': channel<FieldBookFiles>()(sendDispatchInput),
  /** The latest workbook sent to each person or unit: sent, returned, N of M done. */
  'fieldbook:status': channel<FieldBookStatus[]>()(
    z.strictObject({
      kind: z.enum(['visit-tasks', 'dispatch']),
      campaignId: z.number().int().positive().nullable(),
    }),
  ),
}
