/**
 * The ledger's own zod schema, run in the renderer before anything is sent: a wrong value is
 * named in Chinese on the cell or form item at once, and main checks it again on arrival.
 */
import type { z } from 'zod'

type Schema = z.ZodObject<z.ZodRawShape>
type Values = Record<string, unknown>

/** Rules beyond the schema (诉求闭环): field → message for the record after a change. */
export type Rules = (after: Values, before: Values | null) => Record<string, string>

/**
 * The message for one field's value on its own, or null when it is acceptable. The value is
 * checked as it will be sent: null for a cleared field of an update, undefined for a blank
 * item of a new record.
 */
export function checkField(schema: Schema, key: string, value: unknown): string | null {
  const field = schema.shape[key] as z.ZodType | undefined
  if (!field) return null
  const r = field.safeParse(value)
  return r.success ? null : (r.error.issues[0]?.message ?? '输入无效')
}

/** True when leaving the field empty is not allowed: the form's asterisk. */
export function isRequired(schema: Schema, key: string): boolean {
  const field = schema.shape[key] as z.ZodType | undefined
  return !!field && !field.safeParse(undefined).success
}

/** A stored record as main merges a patch into it: the schema's keys, blanks as null. */
export function storedInput(schema: Schema, record: Values): Values {
  const out: Values = {}
  for (const key of Object.keys(schema.shape)) out[key] = record[key] ?? null
  return out
}

/**
 * What is wrong with changing one field of a stored record: the field's own rule first, then
 * rules across fields (结束日期不能早于开始日期) and the ledger's own rules that the change
 * breaks. Problems the record already had are not the edit's fault and are not reported.
 */
export function checkEdit(schema: Schema, record: Values, key: string, value: unknown, rules?: Rules): string | null {
  const own = checkField(schema, key, value)
  if (own) return own
  const before = storedInput(schema, record)
  const after = { ...before, [key]: value }
  const r = schema.safeParse(after)
  if (!r.success) {
    const old = schema.safeParse(before)
    const known = new Set(old.success ? [] : old.error.issues.map(issueKey))
    const fresh = r.error.issues.find((i) => !known.has(issueKey(i)))
    if (fresh) return fresh.message
  }
  if (!rules) return null
  const had = rules(before, null)
  const now = rules(after, before)
  // The edited field's own problem first (状态 cannot go there), then what it breaks elsewhere.
  if (now[key] && had[key] !== now[key]) return now[key]
  return Object.entries(now).find(([k, m]) => had[k] !== m)?.[1] ?? null
}

function issueKey(i: z.core.$ZodIssue): string {
  return `${i.path.join('.')}\u0000${i.message}`
}

/**
 * Every problem of a whole record, first message per field (issues of the whole record under
 * ''): the schema's, then the ledger's rules once the schema is satisfied.
 */
export function checkRecord(
  schema: Schema,
  input: Values,
  rules?: Rules,
  before: Values | null = null,
): Record<string, string> {
  const out: Record<string, string> = {}
  const r = schema.safeParse(input)
  if (!r.success) {
    for (const issue of r.error.issues) {
      const key = typeof issue.path[0] === 'string' ? issue.path[0] : ''
      out[key] ??= issue.message
    }
    return out
  }
  return rules ? rules(input, before) : out
}
