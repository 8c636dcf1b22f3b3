import { describe, expect, it } from 'vitest'
import { table } from '../../../src/renderer/src/features/reports/layout/blocks'

describe('a report table from its header as on paper', () => {
  it('reads titles (spaces allowed), widths and c/r alignment', () => {
    const t = table(
      '编号 7c | 办结日期 / 超期 17c | 金额(元) 18r | 诉求内容 31',
      [{ cells: ['1', '2', '3', '4'] }],
      '表1',
    )
    expect(t).toEqual({
      kind: 'table',
      caption: '表1',
      columns: [
        { title: '编号', width: 7, align: 'center' },
        { title: '办结日期 / 超期', width: 17, align: 'center' },
        { title: '金额(元)', width: 18, align: 'right' },
        { title: '诉求内容', width: 31, align: undefined },
      ],
      rows: [{ cells: ['1', '2', '3', '4'] }],
    })
  })

  it('says (无) in a table without rows, across all its columns', () => {
    const t = table('日期 15c | 活动主题 45', [])
    expect(t.kind === 'table' && t.rows).toEqual([{ cells: ['(无)', ''] }])
  })

  it('refuses a header cell without a width, in Chinese', () => {
    expect(() => table('日期 15c | 活动主题', [])).toThrow('报表表头“活动主题”应为“标题 宽度”')
  })
})
