/**
 * What a grid asks of a ledger: one page of rows under AG Grid's own filter and sort models,
 * plus a quick-search text and a scope (fixed equalities such as "this building's firms").
 * Main turns it into SQL against a whitelist of the ledger's columns; nothing here reaches
 * SQL as text except bound values.
 */
import { z } from 'zod'

const colId = z
  .string()
  .max(64)
  .regex(/^[a-zA-Z][a-zA-Z0-9]*$/, '列名无效')

const TEXT_TYPES = [
  'contains',
  'notContains',
  'equals',
  'notEqual',
  'startsWith',
  'endsWith',
  'blank',
  'notBlank',
] as const
const RANGE_TYPES = [
  'equals',
  'notEqual',
  'greaterThan',
  'greaterThanOrEqual',
  'lessThan',
  'lessThanOrEqual',
  'inRange',
  'blank',
  'notBlank',
] as const

const textCondition = z.object({
  filterType: z.literal('text'),
  type: z.enum(TEXT_TYPES),
  filter: z.string().max(200).nullish(),
})
const numberCondition = z.object({
  filterType: z.literal('number'),
  type: z.enum(RANGE_TYPES),
  filter: z.number().nullish(),
  filterTo: z.number().nullish(),
})
/** AG Grid sends dates as 'YYYY-MM-DD hh:mm:ss'; only the day counts. */
const dateCondition = z.object({
  filterType: z.literal('date'),
  type: z.enum(RANGE_TYPES),
  dateFrom: z.string().max(30).nullish(),
  dateTo: z.string().max(30).nullish(),
})
/** Our value-list filter (AG Grid's set filter is Enterprise-only): any of these values. */
const setCondition = z.object({
  filterType: z.literal('set'),
  values: z.array(z.union([z.string().max(200), z.number(), z.boolean(), z.null()])).max(2000),
})

const condition = z.discriminatedUnion('filterType', [textCondition, numberCondition, dateCondition, setCondition])
const combined = z.object({
  filterType: z.enum(['text', 'number', 'date']),
  operator: z.enum(['AND', 'OR']),
  conditions: z.array(z.discriminatedUnion('filterType', [textCondition, numberCondition, dateCondition])).max(4),
})

export const columnFilterSchema = z.union([combined, condition])
export type ColumnFilter = z.infer<typeof columnFilterSchema>
export const filterModelSchema = z.record(colId, columnFilterSchema)
export type FilterModel = z.infer<typeof filterModelSchema>

export const sortModelSchema = z.array(z.object({ colId, sort: z.enum(['asc', 'desc']) })).max(5)
export type SortModel = z.infer<typeof sortModelSchema>

/** Which rows: filters, quick search and scope together. Also what a bulk edit or an export applies to. */
export const gridWhereSchema = z.strictObject({
  filter: filterModelSchema.optional(),
  search: z.string().max(100).optional(),
  scope: z.record(colId, z.union([z.string().max(200), z.number(), z.boolean(), z.null()])).optional(),
})
export type GridWhere = z.infer<typeof gridWhereSchema>

export const MAX_PAGE = 1000

export const gridQuerySchema = gridWhereSchema
  .extend({
    startRow: z.number().int().min(0),
    endRow: z.number().int().min(1),
    sort: sortModelSchema.optional(),
  })
  .refine((q) => q.endRow > q.startRow && q.endRow - q.startRow <= MAX_PAGE, {
    message: `每次最多读取 ${MAX_PAGE} 行`,
  })
export type GridQuery = z.input<typeof gridQuerySchema>

export interface GridPage<R> {
  rows: R[]
  /** Rows matching the filters, search and scope, all pages together. */
  total: number
}
