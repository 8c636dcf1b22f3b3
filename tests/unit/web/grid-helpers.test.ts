import { describe, expect, it } from 'vitest'
import { compareText } from '../../../src/renderer/src/components/grid/columns'
import { rowCountText } from '../../../src/renderer/src/components/ledger/LedgerToolbar'
import { staffOptions } from '../../../src/renderer/src/components/ledger/references'
import { describeDependents, describeUses } from '../../../src/renderer/src/lib/dependents'

describe('text sort', () => {
  it('orders Chinese by pinyin and puts blanks last', () => {
    const names = ['紫荆广场', '', '旭辉广场', null, '中天大厦', '渔技所']
    expect([...names].sort(compareText)).toEqual(['旭辉广场', '渔技所', '中天大厦', '紫荆广场', '', null])
  })
})

describe('row count', () => {
  it('reads 共 N 家 from the total main reports, and says when it is loading or failed', () => {
    expect(rowCountText(3102, '家', null)).toBe('共 3,102 家')
    expect(rowCountText(0, '件', null)).toBe('共 0 件')
    expect(rowCountText(undefined, '家', null)).toBe('正在加载…')
    expect(rowCountText(3102, '家', '数据库正被其他程序占用')).toBe('加载失败:数据库正被其他程序占用')
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

  it('names what still uses a record that cannot go while used', () => {
    expect(
      describeUses([
        { label: '企业', count: 5, unit: '家', cascades: false },
        { label: '人员', count: 0, unit: '人', cascades: false },
      ]),
    ).toBe('仍被 企业 5 家 使用')
    expect(describeUses([{ label: '企业', count: 0, unit: '家', cascades: false }])).toBeNull()
  })
})

describe('staff choices', () => {
  it('tells two people of the same name apart by department, and keeps the stored name', () => {
    const opts = staffOptions([
      { id: 1, name: '张伟', departmentName: '营商服务办公室(营商办)' },
      { id: 2, name: '张伟', departmentName: null },
      { id: 3, name: '李娜', departmentName: '党政办公室' },
    ])
    expect(opts.map((o) => o.label)).toEqual(['李娜', '张伟(编号 2)', '张伟(营商服务办公室(营商办))'])
    expect(opts.map((o) => o.name)).toEqual(['李娜', '张伟', '张伟'])
  })
})
