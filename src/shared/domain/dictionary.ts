import { z } from 'zod'
import { requiredText, type RecordOf, type FieldsOf } from './common'

/** The lists the office edits itself. */
export const DICTIONARY_KINDS = {
  industry: '行业',
  requestCategory: '诉求类别',
  department: '科室',
  handlingUnit: '承办单位',
} as const
export type DictionaryKind = keyof typeof DICTIONARY_KINDS

/** Days to solve a request when its category sets none. */
export const DEFAULT_TIME_LIMIT_DAYS = 15

/** Chinese names of the fields: grid headers, form labels, messages, spreadsheet columns. */
export const dictionaryLabels = {
  kind: '字典类型',
  name: '名称',
  sortOrder: '排序',
  timeLimitDays: '办理时限(天)',
}

export const dictionarySchema = z.object({
  kind: z.enum(Object.keys(DICTIONARY_KINDS) as [DictionaryKind, ...DictionaryKind[]], {
    error: '字典类型无效',
  }),
  name: requiredText(dictionaryLabels.name, 100),
  sortOrder: z.number().int().optional(),
  /** For request categories: days allowed to close one. */
  timeLimitDays: z.number().int().min(1, '办理时限至少1天').max(365, '办理时限不超过365天').nullish(),
} satisfies FieldsOf<typeof dictionaryLabels>)
export type DictionaryInput = z.input<typeof dictionarySchema>
export type DictionaryEntry = RecordOf<typeof dictionarySchema> & { usageCount: number }
