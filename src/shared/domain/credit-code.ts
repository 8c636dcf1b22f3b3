/**
 * 统一社会信用代码 (GB 32100-2015) and its embedded organisation code (GB 11714).
 * Pure functions: used by main (validation), the renderer (inline messages) and the demo generator.
 */

/** The 31 symbols of GB 32100: digits and upper-case letters without I, O, S, V, Z. */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]

/** NFKC (full-width to half-width), upper case, without spaces and dashes of any width. */
export function normaliseCreditCode(raw: string): string {
  return raw
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-‐‑‒–—―−]/g, '')
}

/** Check character (position 18) for the first 17 characters; null if one is outside the set. */
export function creditCodeCheckChar(first17: string): string | null {
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const v = CREDIT_CODE_CHARSET.indexOf(first17[i] ?? '')
    if (v < 0) return null
    sum += v * CREDIT_WEIGHTS[i]
  }
  return CREDIT_CODE_CHARSET[(31 - (sum % 31)) % 31]
}

/** Value of an organisation-code character: digits as themselves, letters 10 + place in A–Z. */
function orgCharValue(c: string): number {
  if (c >= '0' && c <= '9') return c.charCodeAt(0) - 48
  if (c >= 'A' && c <= 'Z') return c.charCodeAt(0) - 55
  return -1
}

/** GB 11714 check character for the 8-character organisation-code body. */
export function orgCodeCheckChar(body8: string): string | null {
  let sum = 0
  for (let i = 0; i < 8; i++) {
    const v = orgCharValue(body8[i] ?? '')
    if (v < 0) return null
    sum += v * ORG_WEIGHTS[i]
  }
  const c = 11 - (sum % 11)
  return c === 10 ? 'X' : c === 11 ? '0' : String(c)
}

export type CreditCodeCheck = { ok: true; code: string } | { ok: false; code: string; reason: string }

/**
 * Normalises and checks a code; the reason is a Chinese sentence fit for the office user.
 * Both check characters are verified: position 17 (organisation code) and position 18.
 */
export function checkCreditCode(raw: string): CreditCodeCheck {
  const code = normaliseCreditCode(raw)
  const fail = (reason: string): CreditCodeCheck => ({ ok: false, code, reason })
  if (code.length !== 18) return fail(`统一社会信用代码应为18位,实际为${code.length}位`)
  for (let i = 0; i < 18; i++) {
    if (!CREDIT_CODE_CHARSET.includes(code[i])) {
      return fail(`统一社会信用代码第${i + 1}位“${code[i]}”不是有效字符(不含 I、O、S、V、Z)`)
    }
  }
  const org = orgCodeCheckChar(code.slice(8, 16))
  if (org !== code[16]) {
    return fail(`统一社会信用代码第17位(组织机构代码校验位)应为“${org ?? '?'}”,实际为“${code[16]}”`)
  }
  const check = creditCodeCheckChar(code.slice(0, 17))
  if (check !== code[17]) {
    return fail(`统一社会信用代码第18位(校验位)应为“${check}”,实际为“${code[17]}”`)
  }
  return { ok: true, code }
}

/**
 * Builds a valid code from its parts: registering authority and entity type (e.g. "91"),
 * the 6-digit region and an 8-character organisation-code body of digits and letters
 * that are in the credit-code set.
 */
export function composeCreditCode(prefix2: string, region6: string, orgBody8: string): string {
  const org = orgCodeCheckChar(orgBody8)
  if (org === null) throw new Error(`组织机构代码本体无效: ${orgBody8}`)
  const first17 = prefix2 + region6 + orgBody8 + org
  const check = creditCodeCheckChar(first17)
  if (check === null) throw new Error(`统一社会信用代码前17位无效: ${first17}`)
  return first17 + check
}

/** Letters a person types for the digit they look like; the code set has none of them. */
const LOOKALIKES: Record<string, string> = { O: '0', I: '1', Z: '2', S: '5' }

/**
 * A code that fails the check only because of look-alike letters (O for 0, I for 1, Z for 2,
 * S for 5): the corrected code when it then passes both checks, else null. Never guesses
 * beyond that: a code that still fails stays the user's to settle.
 */
export function repairCreditCode(raw: string): string | null {
  const code = normaliseCreditCode(raw)
  if (code.length !== 18 || !/[OIZS]/.test(code)) return null
  const fixed = code.replace(/[OIZS]/g, (c) => LOOKALIKES[c])
  return checkCreditCode(fixed).ok ? fixed : null
}

// ---------------------------------------------------------------- 工商注册号

export type RegistrationNoCheck = { ok: true; number: string } | { ok: false; number: string; reason: string }

/**
 * A 15-digit 工商注册号 (the number before the credit code): 6 digits of region, 8 of sequence
 * and a check digit by GB/T 17710 (ISO 7064 MOD 11,10). Full-width digits, spaces and dashes
 * are normalised as for a credit code, and so are O and I typed for 0 and 1.
 */
export function checkRegistrationNo(raw: string): RegistrationNoCheck {
  const number = normaliseCreditCode(raw).replace(/[OI]/g, (c) => LOOKALIKES[c])
  const fail = (reason: string): RegistrationNoCheck => ({ ok: false, number, reason })
  if (!/^\d+$/.test(number)) return fail(`工商注册号应为15位数字,“${number}”含有其他字符`)
  if (number.length !== 15) return fail(`工商注册号应为15位数字,实际为${number.length}位`)
  const check = registrationNoCheckDigit(number.slice(0, 14))
  if (String(check) !== number[14]) return fail(`工商注册号第15位(校验位)应为“${check}”,实际为“${number[14]}”`)
  return { ok: true, number }
}

/** The MOD 11,10 check digit of the first 14 digits. */
export function registrationNoCheckDigit(first14: string): number {
  let p = 10
  for (const ch of first14) {
    let s = (p + Number(ch)) % 10
    if (s === 0) s = 10
    p = (2 * s) % 11
  }
  // Valid when (p + d15) mod 10 = 1.
  return (11 - p) % 10
}
