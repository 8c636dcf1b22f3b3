import { describe, expect, it } from 'vitest'
import { compareIsoDateToFilter, compareText } from '../../../src/renderer/src/components/grid/columns'
import { rowCountText } from '../../../src/renderer/src/components/grid/DataGrid'
import { describeDependents } from '../../../src/renderer/src/features/enterprise/dependents'
import { staffOptions } from '../../../src/renderer/src/features/enterprise/references'

describe('date filter comparator', () => {
  const day = new Date(2023, 6, 5) // local midnight, as the grid's date filter gives it
  it('compares YYYY-MM-DD text with the filter day', () => {
    expect(compareIsoDateToFilter(day, '2023-07-05')).toBe(0)
    expect(compareIsoDateToFilter(day, '2023-07-04')).toBe(-1)
    expect(compareIsoDateToFilter(day, '2024-01-01')).toBe(1)
  })
  it('never matches a blank or malformed value', () => {
    expect(compareIsoDateToFilter(day, null)).toBe(-1)
    expect(compareIsoDateToFilter(day, '2023/7/5')).toBe(-1)
  })
})

describe('text sort', () => {
  it('orders Chinese by pinyin and puts blanks last', () => {
    const names = ['紫荆广场', '', '旭辉广场', null, '中天大厦', '渔技所']
    expect([...names].sort(compareText)).toEqual(['旭辉广场', '渔技所', '中天大厦', '紫荆广场', '', null])
  })
})

describe('row count', () => {
  it('reads 共 N 家 and adds 显示 M 家 only while something is hidden', () => {
    expect(rowCountText(3102, 3102, '家')).toBe('共 3,102 家')
    expect(rowCountText(3102, 12, '家')).toBe('共 3,102 家,显示 12 家')
    expect(rowCountText(undefined, null, '家')).toBe('正在加载…')
  })
})

describe('delete confirmation text', () => {
  it('lists what is deleted with the record and what only loses its link', () => {
    expect(
      describeDependents([
        { label: '诉求', count: 3, unit: '件', cascades: true },
        { label: '走访记录', count: 12, unit: '条', cascades: true },
        { label: '活动参加记录', count: 0, unit: '条', cascades: true },
      ]),
    ).toBe('将一并删除:诉求 3 件、走访记录 12 条')
    expect(describeDependents([{ label: '企业(服务专员)', count: 4, unit: '家', cascades: false }])).toBe(
      '将解除关联:企业(服务专员) 4 家',
    )
    expect(describeDependents([])).toBeNull()
  })
})

describe('staff choices', () => {
  it('tells two people of the same name apart by department', () => {
    const opts = staffOptions([
      { id: 1, name: '张伟', departmentName: '营商服务办公室(营商办)' },
      { id: 2, name: '张伟', departmentName: null },
      { id: 3, name: '李娜', departmentName: '党政办公室' },
    ])
    expect(opts.map((o) => o.label)).toEqual(['李娜', '张伟(编号 2)', '张伟(营商服务办公室(营商办))'])
  })
})
