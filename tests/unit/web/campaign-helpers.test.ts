import { describe, expect, it } from 'vitest'
import type { PlanFirm } from '../../../src/shared/domain'
import { focusedRowId, mergeAttendees } from '../../../src/renderer/src/features/campaign/attendees'
import {
  campaignProblems,
  suggestedName,
  toCampaignInput,
} from '../../../src/renderer/src/features/campaign/campaignInput'
import { hashParams, idParam, planIdFromHash, visitEntryHref } from '../../../src/renderer/src/features/campaign/links'
import {
  campaignForDate,
  campaignState,
  dateOutsideCampaign,
  filterPending,
  firmIds,
  groupByBuilding,
  NO_BUILDING,
  progressPercent,
} from '../../../src/renderer/src/features/campaign/plan'

const summer = { id: 1, name: '2026年夏令大走访', startOn: '2026-06-15', endOn: '2026-08-31' }
const june = { id: 2, name: '2026年6月营商服务主题月', startOn: '2026-06-01', endOn: '2026-06-30' }
const winter = { id: 3, name: '2026年冬令大走访', startOn: '2026-12-01', endOn: '2027-01-22' }

function firm(id: number, buildingName: string | null, more: Partial<PlanFirm> = {}): PlanFirm {
  return {
    id,
    name: `企业${id}`,
    buildingName,
    managerName: null,
    isKey: false,
    assigneeId: null,
    assigneeName: null,
    ...more,
  }
}

describe('campaign dates', () => {
  it('says whether a campaign has begun, is on or is over, its last day included', () => {
    expect(campaignState(summer, '2026-06-14')).toBe('未开始')
    expect(campaignState(summer, '2026-06-15')).toBe('进行中')
    expect(campaignState(summer, '2026-08-31')).toBe('进行中')
    expect(campaignState(summer, '2026-09-01')).toBe('已结束')
  })

  it('chooses the campaign a visit date falls in: the narrowest when they overlap, none outside all', () => {
    const all = [summer, june, winter]
    expect(campaignForDate(all, '2026-06-20')?.id).toBe(june.id)
    expect(campaignForDate(all, '2026-07-01')?.id).toBe(summer.id)
    expect(campaignForDate(all, '2027-01-22')?.id).toBe(winter.id) // across the year end
    expect(campaignForDate(all, '2026-09-15')).toBeNull()
  })

  it('explains a visit date outside its campaign in the words main uses', () => {
    expect(dateOutsideCampaign(summer, '2026-09-01')).toBe(
      '走访日期须在“2026年夏令大走访”的时间范围内(2026-06-15 至 2026-08-31)',
    )
    expect(dateOutsideCampaign(summer, '2026-06-15')).toBeNull()
    expect(dateOutsideCampaign(null, '2026-09-01')).toBeNull()
  })
})

describe('the firms still to visit', () => {
  const firms = [
    firm(1, '紫荆广场', { isKey: true, assigneeId: 7, assigneeName: '张伟' }),
    firm(2, null),
    firm(3, '紫荆广场'),
    firm(4, '旭辉广场', { assigneeId: 8 }),
  ]

  it('groups them by building in the plan’s order, firms without a building last', () => {
    const groups = groupByBuilding(firms)
    expect(groups.map((g) => [g.buildingName, g.firms.map((f) => f.id), g.assigned])).toEqual([
      ['紫荆广场', [1, 3], 1],
      ['旭辉广场', [4], 1],
      [NO_BUILDING, [2], 0],
    ])
    expect(groups.every((g) => typeof g.key === 'string')).toBe(true)
  })

  it('filters by name, by visitor (or nobody yet) and to key firms', () => {
    const ids = (f: Parameters<typeof filterPending>[1]) => filterPending(firms, f).map((p) => p.id)
    expect(ids({ text: '企业3' })).toEqual([3])
    expect(ids({ assignee: 'none' })).toEqual([2, 3])
    expect(ids({ assignee: 8 })).toEqual([4])
    expect(ids({ assignee: 'all', keyOnly: true })).toEqual([1])
  })

  it('keeps only firm ids from a table selection that holds group rows too', () => {
    expect(firmIds(['building:紫荆广场', 3, 1])).toEqual([3, 1])
  })

  it('gives a percent to one decimal, and 0 for an empty scope', () => {
    expect(progressPercent(3, 79)).toBe(3.8)
    expect(progressPercent(0, 0)).toBe(0)
    expect(progressPercent(5, 5)).toBe(100)
  })
})

describe('campaign links', () => {
  it('reads the campaign of a plan URL, with or without what follows', () => {
    expect(planIdFromHash('#/campaign-plan/12')).toBe(12)
    expect(planIdFromHash('#/campaign-plan/12&token=abc')).toBe(12)
    expect(planIdFromHash('#/campaign-plan')).toBeNull()
    expect(planIdFromHash('#/campaign-plan/x')).toBeNull()
  })

  it('writes and reads the parameters of the visit form', () => {
    expect(visitEntryHref({ firm: 5, campaign: 12 })).toBe('#/visit-entry?firm=5&campaign=12')
    expect(visitEntryHref()).toBe('#/visit-entry')
    const p = hashParams('#/visit-entry?firm=5&campaign=12')
    expect([idParam(p, 'firm'), idParam(p, 'campaign'), idParam(p, 'other')]).toEqual([5, 12, null])
    expect(idParam(hashParams('#/visit-entry?firm=-3'), 'firm')).toBeNull()
  })
})

describe('a new campaign', () => {
  it('sends the scope the form chose and checks it with the shared schema', () => {
    const input = toCampaignInput({
      name: '2026年冬令大走访',
      kind: '冬令大走访',
      startOn: '2026-12-01',
      endOn: '2026-11-30',
      scopeKind: 'buildings',
      scopeIds: [],
    })
    expect(input.scope).toEqual({ kind: 'buildings', ids: [] })
    expect(campaignProblems(input)).toEqual({ endOn: '结束日期不能早于开始日期', scopeIds: '请至少选择一座楼宇' })
    expect(
      campaignProblems(
        toCampaignInput({ kind: '主题月', startOn: '2026-03-01', endOn: '2026-03-31', scopeKind: 'key' }),
      ),
    ).toEqual({
      name: '请填写活动名称',
    })
  })

  it('suggests the name the office would give', () => {
    expect(suggestedName('冬令大走访', '2026-12-01')).toBe('2026年冬令大走访')
    expect(suggestedName('主题月', '2026-03-01')).toBe('2026年3月营商服务主题月')
    expect(suggestedName(undefined, '2026-03-01')).toBe('')
  })
})

describe('event attendees', () => {
  it('adds matched firms once, in order, and counts what is new', () => {
    const { next, added } = mergeAttendees(new Map([[1, '甲']]), [
      { id: 2, name: '乙' },
      { id: 1, name: '甲' },
      { id: 3, name: '丙' },
    ])
    expect([...next.keys()]).toEqual([1, 2, 3])
    expect(added).toBe(2)
  })

  it('finds the row of the grid’s focused cell', () => {
    document.body.innerHTML = `<div class="ag-row" row-id="7"><div class="ag-cell ag-cell-focus"></div></div>`
    expect(focusedRowId(document.body)).toBe(7)
    document.body.innerHTML = `<div class="ag-row" row-id="7"><div class="ag-cell"></div></div>`
    expect(focusedRowId(document.body)).toBeNull()
  })
})
