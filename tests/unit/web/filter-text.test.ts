import { describe, expect, it } from 'vitest'
import { describeFilter } from '../../../src/renderer/src/components/ledger/filterText'

describe('filters in words', () => {
  it('lists values, naming flags and blanks', () => {
    expect(describeFilter({ filterType: 'set', values: ['迁出', '注销'] })).toBe('迁出、注销')
    expect(describeFilter({ filterType: 'set', values: [true] })).toBe('是')
    expect(describeFilter({ filterType: 'set', values: [null, 'a', 'b', 'c'] })).toBe('(空白)、a、b等 4 项')
    expect(describeFilter({ filterType: 'set', values: ['industry'] }, (v) => (v === 'industry' ? '行业' : ''))).toBe(
      '行业',
    )
  })

  it('says text, number and date conditions the way the office reads them', () => {
    expect(describeFilter({ filterType: 'text', type: 'contains', filter: '设计' })).toBe('包含“设计”')
    expect(describeFilter({ filterType: 'text', type: 'blank' })).toBe('为空')
    expect(describeFilter({ filterType: 'number', type: 'greaterThanOrEqual', filter: 500 })).toBe('≥ 500')
    expect(describeFilter({ filterType: 'number', type: 'inRange', filter: 1, filterTo: 9 })).toBe('1 ~ 9')
    expect(describeFilter({ filterType: 'date', type: 'lessThan', dateFrom: '2024-05-06 00:00:00' })).toBe(
      '< 2024-05-06',
    )
    expect(
      describeFilter({
        filterType: 'text',
        operator: 'OR',
        conditions: [
          { filterType: 'text', type: 'startsWith', filter: '上海' },
          { filterType: 'text', type: 'endsWith', filter: '公司' },
        ],
      }),
    ).toBe('以“上海”开头 或 以“公司”结尾')
  })
})
