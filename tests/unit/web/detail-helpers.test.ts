import { describe, expect, it } from 'vitest'
import type { RequestWithAge, Visit } from '../../../src/shared/domain'
import { auditValue } from '../../../src/renderer/src/components/AuditHistory'
import { activityEntries } from '../../../src/renderer/src/features/detail/enterprise/ActivityTimeline'
import { moneyText, percent } from '../../../src/renderer/src/features/detail/format'
import { withEmptyYears, yearLabel } from '../../../src/renderer/src/features/detail/partner/ByYearChart'

const visit = (id: number, visitedOn: string) => ({ id, visitedOn }) as Visit
const request = (id: number, receivedOn: string) => ({ id, receivedOn }) as RequestWithAge

describe('the 一企一档 timeline', () => {
  it('runs newest first, a visit before the requests raised the same day', () => {
    const entries = activityEntries(
      [visit(1, '2024-06-20'), visit(2, '2025-07-15')],
      [request(7, '2025-07-15'), request(8, '2026-01-09')],
    )
    expect(entries.map((e) => `${e.kind}:${e.on}`)).toEqual([
      'request:2026-01-09',
      'visit:2025-07-15',
      'request:2025-07-15',
      'visit:2024-06-20',
    ])
  })
})

describe('numbers on the record pages', () => {
  it('gives coverage as a percentage, and — when nothing is in scope', () => {
    expect(percent(68, 379)).toBe('17.9%')
    expect(percent(0, 379)).toBe('0%')
    expect(percent(379, 379)).toBe('100%')
    expect(percent(0, 0)).toBe('—')
  })

  it('writes money in 元, and in 万元 beside it once it is large', () => {
    expect(moneyText(14_000_000)).toBe('14,000,000.00 元(1,400.00 万元)')
    expect(moneyText(8_500)).toBe('8,500.00 元')
  })

  it('fills the years a partner brought in nobody, and keeps 未知 last', () => {
    const rows = withEmptyYears([
      { year: '2021', count: 1 },
      { year: '2024', count: 3 },
      { year: '未知', count: 2 },
    ])
    expect(rows).toEqual([
      { year: '2021', count: 1 },
      { year: '2022', count: 0 },
      { year: '2023', count: 0 },
      { year: '2024', count: 3 },
      { year: '未知', count: 2 },
    ])
    expect(yearLabel('2021')).toBe('2021年')
    expect(yearLabel('未知')).toBe('未知')
  })
})

describe('history values', () => {
  it('reads flags as 是/否, blanks as (空) and lists joined', () => {
    expect(auditValue(true)).toBe('是')
    expect(auditValue(false)).toBe('否')
    expect(auditValue(null)).toBe('(空)')
    expect(auditValue('')).toBe('(空)')
    expect(auditValue(['张三', '李四'])).toBe('张三、李四')
    expect(auditValue(2500)).toBe('2500')
  })
})
