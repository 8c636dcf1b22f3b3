import { z } from 'zod'
import { filterModelSchema, gridWhereSchema, sortModelSchema } from '../grid'

const colId = z
  .string()
  .max(64)
  .regex(/^[a-zA-Z][a-zA-Z0-9]*$/)

/** Everything a named view restores: rows (filters, sort, search, scope) and columns. */
export const viewStateSchema = z.strictObject({
  filter: filterModelSchema.optional(),
  sort: sortModelSchema.optional(),
  search: z.string().max(100).optional(),
  scope: gridWhereSchema.shape.scope,
  /** In display order. */
  columns: z
    .array(
      z.strictObject({
        colId,
        hide: z.boolean().optional(),
        width: z.number().int().min(20).max(2000).optional(),
        pinned: z.enum(['left', 'right']).nullish(),
      }),
    )
    .max(100)
    .optional(),
})
export type ViewState = z.infer<typeof viewStateSchema>

export interface SavedView {
  id: number
  ledger: string
  name: string
  state: ViewState
}

export const LEDGER_NAMES = [
  'enterprise',
  'building',
  'staff',
  'partner',
  'campaign',
  'visit',
  'request',
  'rentRelief',
  'event',
  'organisation',
  'servicePoint',
  'dictionary',
] as const

export const viewListInput = z.strictObject({ ledger: z.enum(LEDGER_NAMES) })
export const viewSaveInput = z.strictObject({
  /** Absent: a new view. */
  id: z.number().int().positive().optional(),
  ledger: z.enum(LEDGER_NAMES),
  name: z
    .string()
    .transform((s) => s.normalize('NFKC').trim())
    .pipe(z.string().min(1, '请填写视图名称').max(50, '视图名称不能超过50个字符')),
  state: viewStateSchema,
})
export const viewDeleteInput = z.strictObject({ id: z.number().int().positive() })
