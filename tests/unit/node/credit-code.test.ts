import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CREDIT_CODE_CHARSET,
  checkCreditCode,
  composeCreditCode,
  creditCodeCheckChar,
  normaliseCreditCode,
  orgCodeCheckChar,
} from '../../../src/shared/domain/credit-code'

const symbol = fc.constantFrom(...CREDIT_CODE_CHARSET.split(''))
const validCode = fc
  .tuple(
    fc.constantFrom('91', '92', '93', '11', '12', '51', '52'),
    fc.stringMatching(/^[0-9]{6}$/),
    fc.array(symbol, { minLength: 8, maxLength: 8 }),
  )
  .map(([prefix, region, body]) => composeCreditCode(prefix, region, body.join('')))

describe('统一社会信用代码', () => {
  it('accepts published codes, including the example of GB 32100', () => {
    expect(checkCreditCode('91350100M000100Y43').ok).toBe(true)
    expect(checkCreditCode('91110000600037341L').ok).toBe(true)
  })

  it('normalises full-width characters, lower case, spaces and dashes before checking', () => {
    expect(normaliseCreditCode(' ９１３５０１００ｍ０００１００ｙ４３ ')).toBe('91350100M000100Y43')
    expect(normaliseCreditCode('9135-0100 M000-100Y43')).toBe('91350100M000100Y43')
    expect(checkCreditCode('91350100m000100y43')).toEqual({ ok: true, code: '91350100M000100Y43' })
  })

  it('computes the organisation-code check with X for 10 and 0 for 11', () => {
    expect(orgCodeCheckChar('M000100Y')).toBe('4')
    // Σ = 3·1+7·0+… chosen so that 11 − Σ mod 11 is 10 and 11.
    const bodies = [
      '00000001',
      '00000002',
      '00000003',
      '00000004',
      '00000005',
      '00000006',
      '00000007',
      '00000008',
      '00000009',
      '0000000A',
      '0000000B',
    ]
    const checks = bodies.map(orgCodeCheckChar)
    expect(checks).toContain('X')
    expect(checks).toContain('0')
    expect(orgCodeCheckChar('0000000a')).toBeNull()
  })

  it('explains in Chinese which character is wrong', () => {
    const r = checkCreditCode('91350100M000100Y44')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.reason).toContain('第18位')
    const org = checkCreditCode('91350100M000100Y53')
    if (!org.ok) expect(org.reason).toContain('第17位')
    const len = checkCreditCode('9135010')
    if (!len.ok) expect(len.reason).toContain('18位')
    const bad = checkCreditCode('91350100M000100I43')
    if (!bad.ok) expect(bad.reason).toMatch(/第16位“I”/)
  })

  it('passes every generated valid code', () => {
    fc.assert(
      fc.property(validCode, (code) => {
        expect(checkCreditCode(code)).toEqual({ ok: true, code })
        expect(creditCodeCheckChar(code.slice(0, 17))).toBe(code[17])
      }),
      { numRuns: 2000 },
    )
  })

  it('fails every single-character change of a valid code', () => {
    fc.assert(
      fc.property(validCode, fc.integer({ min: 0, max: 17 }), symbol, (code, pos, replacement) => {
        fc.pre(code[pos] !== replacement)
        const changed = code.slice(0, pos) + replacement + code.slice(pos + 1)
        expect(checkCreditCode(changed).ok).toBe(false)
      }),
      { numRuns: 5000 },
    )
  })

  it('fails a code with a character outside the set at any position', () => {
    fc.assert(
      fc.property(
        validCode,
        fc.integer({ min: 0, max: 17 }),
        fc.constantFrom('I', 'O', 'S', 'V', 'Z', '*', '中'),
        (code, pos, bad) => {
          expect(checkCreditCode(code.slice(0, pos) + bad + code.slice(pos + 1)).ok).toBe(false)
        },
      ),
    )
  })
})
