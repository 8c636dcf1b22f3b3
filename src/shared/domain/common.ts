import { z } from 'zod'

// Chinese messages for every check zod makes itself (type errors and the like).
z.config(z.locales.zhCN())

/** Text that may be left blank: trimmed, NFKC-normalised, '' becomes null. */
export function optionalText(max = 500) {
  return z
    .string()
    .transform((s) => s.normalize('NFKC').trim())
    .pipe(z.string().max(max, `不能超过${max}个字符`))
    .transform((s) => (s === '' ? null : s))
    .nullish()
}

/** Text that must be given. */
export function requiredText(label: string, max = 200) {
  return z
    .string({ error: `请填写${label}` })
    .transform((s) => s.normalize('NFKC').trim())
    .pipe(z.string().min(1, `请填写${label}`).max(max, `${label}不能超过${max}个字符`))
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** True for a real calendar day written YYYY-MM-DD (no 2023-02-30). */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const t = new Date(Date.UTC(y, mo - 1, d))
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d
}

export function requiredDate(label: string) {
  return z
    .string({ error: `请填写${label}` })
    .trim()
    .refine(isIsoDate, `${label}应为有效日期,格式 YYYY-MM-DD`)
}

export function optionalDate(label: string) {
  return z
    .string()
    .trim()
    .refine((s) => s === '' || isIsoDate(s), `${label}应为有效日期,格式 YYYY-MM-DD`)
    .transform((s) => (s === '' ? null : s))
    .nullish()
}

/** A reference to another record; 0 or blank are not ids. */
export function optionalRef(label: string) {
  return z
    .number({ error: `${label}无效` })
    .int()
    .positive(`${label}无效`)
    .nullish()
}

export function requiredRef(label: string) {
  return z
    .number({ error: `请选择${label}` })
    .int()
    .positive(`请选择${label}`)
}

export function refList(label: string) {
  return z
    .array(z.number().int().positive(`${label}无效`))
    .max(1000)
    .optional()
}

export const id = z.number().int().positive()

/** Columns every stored record has. */
export interface Stored {
  id: number
  createdAt: string
  updatedAt: string
}

/**
 * A stored record as the API returns it: every field of the schema present, blank as null,
 * so the type follows the one schema instead of being written out a second time.
 */
export type RecordOf<S extends z.ZodType> = {
  [K in keyof z.output<S>]-?: Exclude<z.output<S>[K], undefined>
} & Stored

/** Compare ISO dates (they sort as text); blank on either side passes. */
export function notBefore(later: string | null | undefined, earlier: string | null | undefined) {
  return !later || !earlier || later >= earlier
}

/**
 * A rule across two date fields, spread into `.refine(...)`: `later` on or after `earlier`,
 * the message shown under `later`.
 */
export function dateOrder<L extends string, E extends string>(
  later: L,
  earlier: E,
  message: string,
): [(r: { [K in L | E]?: string | null }) => boolean, { message: string; path: string[] }] {
  return [(r) => notBefore(r[later], r[earlier]), { message, path: [later] }]
}

/**
 * A ledger's fields, as z.object takes them, checked against its labels (declared first, so
 * the schema's messages can use them): every field has a Chinese name and every name a field.
 */
export type FieldsOf<Labels> = Record<keyof Labels, z.ZodType>

/**
 * A closed set of names, each written once with its Chinese label: the names, in order (for
 * z.enum, menus and usage text), are the labels' keys.
 */
export function namesOf<K extends string>(labels: Record<K, string>): readonly [K, ...K[]] {
  return Object.keys(labels) as unknown as readonly [K, ...K[]]
}
