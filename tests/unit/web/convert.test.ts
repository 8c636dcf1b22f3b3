import { describe, expect, it } from 'vitest'
import { isSameValue, toPatchValue } from '../../../src/renderer/src/lib/convert'

describe('toPatchValue: what a grid editor gives, as the API wants it', () => {
  it('turns blank text into null and keeps real text', () => {
    expect(toPatchValue('text', '')).toBeNull()
    expect(toPatchValue('text', '   ')).toBeNull()
    expect(toPatchValue('text', undefined)).toBeNull()
    expect(toPatchValue('text', '021-65980000')).toBe('021-65980000')
  })

  it('reads numbers as the office types them, and leaves nonsense for the backend to refuse', () => {
    expect(toPatchValue('number', 500)).toBe(500)
    expect(toPatchValue('number', '1,000')).toBe(1000)
    expect(toPatchValue('number', '500万')).toBe(500)
    expect(toPatchValue('number', '１２０')).toBe(120) // full-width digits
    expect(toPatchValue('number', '')).toBeNull()
    expect(toPatchValue('number', null)).toBeNull()
    expect(toPatchValue('number', Number.NaN)).toBeNull()
    expect(toPatchValue('number', '五百')).toBe('五百')
    // Read as the import reads them: 注册资本 in 万元, money in 元; a foreign amount is left to be refused.
    expect(toPatchValue('number', '50(万元人民币)')).toBe(50)
    expect(toPatchValue('number', '1亿元')).toBe(10000)
    expect(toPatchValue('money', '1.4万')).toBe(14000)
    expect(toPatchValue('number', '100万美元')).toBe('100万美元')
  })

  it('writes dates as YYYY-MM-DD in local time', () => {
    expect(toPatchValue('date', new Date(2023, 6, 5))).toBe('2023-07-05')
    expect(toPatchValue('date', '2023-07-05')).toBe('2023-07-05')
    expect(toPatchValue('date', '')).toBeNull()
    expect(toPatchValue('date', new Date('invalid'))).toBeNull()
  })

  it('reads 是/否 and checkbox values as booleans', () => {
    expect(toPatchValue('boolean', true)).toBe(true)
    expect(toPatchValue('boolean', '是')).toBe(true)
    expect(toPatchValue('boolean', '√')).toBe(true)
    expect(toPatchValue('boolean', '否')).toBe(false)
    expect(toPatchValue('boolean', '')).toBe(false)
    expect(toPatchValue('boolean', null)).toBe(false)
  })

  it('maps the "(无)" choice of a relation select to null', () => {
    expect(toPatchValue('ref', 0)).toBeNull()
    expect(toPatchValue('ref', null)).toBeNull()
    expect(toPatchValue('ref', 7)).toBe(7)
  })

  it('reads a typed list of words (角色) and keeps lists of ids', () => {
    expect(toPatchValue('tags', '楼掌柜、营商服务专员')).toEqual(['楼掌柜', '营商服务专员'])
    expect(toPatchValue('tags', '楼掌柜,处级干部 ')).toEqual(['楼掌柜', '处级干部'])
    expect(toPatchValue('tags', '')).toEqual([])
    expect(toPatchValue('refs', [3, 4])).toEqual([3, 4])
    expect(toPatchValue('enterprises', undefined)).toEqual([])
    expect(toPatchValue('enterprise', 0)).toBeNull()
  })

  it('turns a date picked in a form (dayjs) into YYYY-MM-DD', () => {
    expect(toPatchValue('date', { format: (f: string) => (f === 'YYYY-MM-DD' ? '2024-03-08' : '') })).toBe('2024-03-08')
  })

  it('treats null and undefined as the same value, so an untouched cell sends nothing', () => {
    expect(isSameValue(null, undefined)).toBe(true)
    expect(isSameValue('a', 'a')).toBe(true)
    expect(isSameValue('a', null)).toBe(false)
    expect(isSameValue(0, null)).toBe(false)
    expect(isSameValue(['楼掌柜'], ['楼掌柜'])).toBe(true)
    expect(isSameValue([1, 2], [2, 1])).toBe(false)
  })
})
