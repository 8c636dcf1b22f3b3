/**
 * How a row names a firm: by credit code, else by 工商注册号, else by exact normalised name. Used by the firm
 * directory itself and by every ledger that points at firms (visits, requests, rent reliefs).
 */
import { normaliseName } from '../../../shared/domain/values'
import type { Firm } from '../links'
import { RowError, type KindContext, type RowInput } from './common'

export interface FirmRef {
  code: string | null
  /** The 15-digit 工商注册号, which names a firm as well as its credit code does. */
  regNo: string | null
  name: string | null
}

/** The code and name cells of a row (the name under whichever key this ledger uses). */
export function firmRef(r: RowInput, nameKey: string): FirmRef {
  return {
    code: (r.values.get('creditCode') as string | undefined) ?? null,
    regNo: (r.values.get('registrationNo') as string | undefined) ?? null,
    name: (r.values.get(nameKey) as string | undefined) ?? null,
  }
}

/** A key for "the same firm" within a file: its code when given, else its 注册号, else its name. */
export function firmKey(ref: FirmRef): string | null {
  if (ref.code) return `c:${ref.code}`
  if (ref.regNo) return `r:${ref.regNo}`
  return ref.name ? `n:${normaliseName(ref.name)}` : null
}

/**
 * The stored firm a row means. With a code: the firm holding it, else the firm holding the
 * row's 工商注册号 and no code yet (a firm first listed by its 注册号 gains its code), else a
 * firm of that name that has no code yet. With a 注册号 and no code: the firm holding it, else
 * a firm of that name with no 注册号 yet. Without either: the one firm of that name; several of
 * that name is a problem the user must settle with a code.
 */
export function findFirm(ctx: KindContext, ref: FirmRef, nameKey: string): Firm | null {
  if (ref.code) {
    const byCode = ctx.links.firmByCode(ref.code)
    if (byCode) return byCode
    const byRegNo = ref.regNo ? ctx.links.firmByRegNo(ref.regNo) : undefined
    if (byRegNo && !byRegNo.creditCode) return byRegNo
    if (!ref.name) return null
    return ctx.links.firmsByName(ref.name).find((f) => !f.creditCode) ?? null
  }
  if (ref.regNo) {
    const byRegNo = ctx.links.firmByRegNo(ref.regNo)
    if (byRegNo) return byRegNo
    if (!ref.name) return null
    return ctx.links.firmsByName(ref.name).find((f) => !f.registrationNo) ?? null
  }
  if (!ref.name) return null
  const list = ctx.links.firmsByName(ref.name)
  if (list.length > 1) {
    throw new RowError(`企业名录中有 ${list.length} 家名为“${ref.name}”的企业,请填写统一社会信用代码以区分`, nameKey)
  }
  return list[0] ?? null
}

/** Like findFirm, for ledgers that need the firm to exist already. */
export function requireFirm(ctx: KindContext, r: RowInput, nameKey = 'enterpriseName'): Firm {
  const ref = firmRef(r, nameKey)
  if (!ref.code && !ref.regNo && !ref.name) throw new RowError('请填写企业名称或统一社会信用代码', nameKey)
  const firm = findFirm(ctx, ref, nameKey)
  if (!firm) {
    const what = ref.name ? `“${ref.name}”` : ref.code ? `(统一社会信用代码 ${ref.code})` : `(工商注册号 ${ref.regNo})`
    throw new RowError(`企业${what}不在企业名录中,请先导入或新增该企业`, ref.name ? nameKey : 'creditCode')
  }
  return firm
}
