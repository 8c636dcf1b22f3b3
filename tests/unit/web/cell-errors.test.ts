import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../src/shared/ipc/api'
import { CellErrors } from '../../../src/renderer/src/components/grid/cellErrors'
import { errorMessage, fieldError, withLabel } from '../../../src/renderer/src/lib/errors'

describe('CellErrors', () => {
  it('marks, reads and clears one cell without touching its neighbours', () => {
    const errors = new CellErrors()
    errors.set(12, 'creditCode', '校验位不对')
    errors.set(12, 'phone', '太长')
    errors.set(13, 'creditCode', '重复')
    expect(errors.get(12, 'creditCode')).toBe('校验位不对')
    expect(errors.has('12', 'creditCode')).toBe(true) // row ids from the grid are strings
    expect(errors.clear(12, 'creditCode')).toBe(true)
    expect(errors.has(12, 'creditCode')).toBe(false)
    expect(errors.clear(12, 'creditCode')).toBe(false)
    expect(errors.get(12, 'phone')).toBe('太长')
    expect(errors.size).toBe(2)
  })

  it('forgets every mark of a deleted row, and only of that row', () => {
    const errors = new CellErrors()
    errors.set(1, 'a', 'x')
    errors.set(1, 'b', 'y')
    errors.set(11, 'a', 'z') // "1" is a prefix of "11": must survive
    errors.clearRow(1)
    expect(errors.size).toBe(1)
    expect(errors.get(11, 'a')).toBe('z')
  })
})

describe('error messages', () => {
  const refused = (fields?: Record<string, string>) =>
    new ApiError({ code: 'VALIDATION', message: '统一社会信用代码第18位(校验位)应为“D”,实际为“E”', fields })

  it('takes the field’s own message when the backend names the field', () => {
    expect(fieldError(refused({ creditCode: '第18位校验位不对' }), 'creditCode')).toBe('第18位校验位不对')
  })

  it('takes an issue keyed by the update envelope ("patch") as the one edited field’s', () => {
    expect(fieldError(refused({ patch: '第18位校验位不对' }), 'creditCode')).toBe('第18位校验位不对')
  })

  it('falls back to the whole message, and words unexpected failures in Chinese', () => {
    expect(fieldError(refused(), 'creditCode')).toContain('校验位')
    expect(errorMessage(new Error('boom'))).toBe('操作失败: boom')
  })

  it('adds the column label only when the message does not already name it', () => {
    expect(withLabel('联系电话', '不能超过50个字符')).toBe('联系电话: 不能超过50个字符')
    const named = '统一社会信用代码应为18位,实际为17位'
    expect(withLabel('统一社会信用代码', named)).toBe(named)
    expect(withLabel('注册资本(万元)', '注册资本不能为负')).toBe('注册资本不能为负')
  })
})
