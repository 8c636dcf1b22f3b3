import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Stats } from '../../../src/shared/domain'
import { StatusBar } from '../../../src/renderer/src/components/StatusBar'

const stats: Stats = {
  enterprises: 3102,
  buildings: 14,
  staff: 51,
  partners: 13,
  campaigns: 11,
  visits: 2262,
  requests: 335,
  rentReliefs: 222,
  events: 31,
  organisations: 5,
  servicePoints: 7,
}

describe('StatusBar', () => {
  it('shows the database path and every sidebar ledger count with its counting word', () => {
    render(<StatusBar dbPath="/home/营商办/bizledger.db" stats={stats} />)
    const bar = screen.getByTestId('status-bar')
    expect(bar.textContent).toContain('/home/营商办/bizledger.db')
    const counts = screen.getByTestId('status-counts').textContent
    expect(counts).toBe(
      '企业 3,102 家 · 楼宇 14 座 · 走访 2,262 条 · 诉求 335 件 · 房租减免 222 条 · 招商伙伴 13 家 · 活动 31 场 · 联盟商会 5 个 · 人员 51 人',
    )
  })

  it('says it is still connecting before the first answer', () => {
    render(<StatusBar dbPath={undefined} stats={undefined} />)
    expect(screen.getByTestId('status-bar').textContent).toContain('正在连接数据库')
    expect(screen.getByTestId('status-counts').textContent).toBe('')
  })
})
