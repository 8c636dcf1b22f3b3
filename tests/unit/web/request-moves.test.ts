import { describe, expect, it } from 'vitest'
import { REQUEST_STATUSES, REQUEST_TRANSITIONS, type RequestStatus } from '../../../src/shared/domain'
import { TODAY } from '../../../src/shared/views/builtin'
import {
  allowedMoves,
  moveNeeds,
  movePatch,
  moveProblems,
  statusColor,
} from '../../../src/renderer/src/features/supervision/moves'
import {
  countQuery,
  LATENESS_SORT,
  listQuery,
  modeFilter,
} from '../../../src/renderer/src/features/supervision/queries'

const request = {
  status: '受理' as RequestStatus,
  receivedOn: '2026-10-18',
  dueOn: '2026-11-02',
  handlingUnitId: null as number | null,
  response: null as string | null,
  closedOn: null as string | null,
}

describe('the status dialog offers only the loop’s moves', () => {
  it('offers exactly REQUEST_TRANSITIONS from every status', () => {
    for (const from of REQUEST_STATUSES) expect(allowedMoves(from)).toEqual(REQUEST_TRANSITIONS[from])
    expect(allowedMoves('已办结')).toEqual(['办理中'])
  })

  it('asks each move for what it needs', () => {
    expect(moveNeeds('已派单')).toMatchObject({ handlingUnit: true, response: false, closedOn: false })
    expect(moveNeeds('已办结')).toMatchObject({ response: true, closedOn: true, responseLabel: '办理情况' })
    expect(moveNeeds('无法解决')).toMatchObject({ response: true, closedOn: true, responseLabel: '无法解决的原因' })
    expect(moveNeeds('受理')).toMatchObject({ handlingUnit: false, response: false, closedOn: false })
  })
})

describe('the rules, explained before saving', () => {
  it('closing needs a response, and a closed date not before receipt', () => {
    expect(moveProblems(request, '已办结', { closedOn: '2026-11-27' })).toEqual({
      response: '已办结的诉求须填写办理情况',
    })
    expect(moveProblems(request, '无法解决', { closedOn: '2026-11-27', response: '  ' })).toEqual({
      response: '无法解决的诉求须在办理情况中写明原因',
    })
    expect(moveProblems(request, '已办结', { closedOn: '2026-10-17', response: '已办' })).toEqual({
      closedOn: '办结日期不能早于受理日期',
    })
    // Main fills a blank closed date with today: nothing to complain about.
    expect(moveProblems(request, '已办结', { closedOn: null, response: '已办' })).toEqual({})
    // A response already on the request counts.
    expect(moveProblems({ ...request, response: '上次已答复' }, '已办结', { closedOn: '2026-11-27' })).toEqual({})
  })

  it('dispatching needs a handling unit', () => {
    expect(moveProblems(request, '已派单', {})).toEqual({ handlingUnitId: '已派单的诉求须指定承办单位' })
    expect(moveProblems(request, '已派单', { handlingUnitId: 4 })).toEqual({})
    expect(moveProblems({ ...request, handlingUnitId: 4 }, '已派单', { handlingUnitId: 4 })).toEqual({})
  })

  it('refuses a move the loop does not allow, in the shared words', () => {
    const closed = { ...request, status: '已办结' as RequestStatus, response: '已办', closedOn: '2026-11-01' }
    expect(moveProblems(closed, '已派单', { handlingUnitId: 4 }).status).toContain('不能从“已办结”改为“已派单”')
    expect(moveProblems(closed, '办理中', {})).toEqual({})
  })
})

describe('what a move sends', () => {
  it('the status and only what the move asks for and the user changed', () => {
    expect(
      movePatch(request, '已办结', { response: ' 已推荐三名候选人 ', closedOn: '2026-11-27', handlingUnitId: 4 }),
    ).toEqual({
      status: '已办结',
      response: '已推荐三名候选人',
      closedOn: '2026-11-27',
    })
    expect(movePatch(request, '已派单', { handlingUnitId: 4, response: 'x' })).toEqual({
      status: '已派单',
      handlingUnitId: 4,
    })
    expect(movePatch({ ...request, handlingUnitId: 4 }, '办理中', { handlingUnitId: 4 })).toEqual({ status: '办理中' })
  })

  it('colours a status: late ones red, closed ones green or grey', () => {
    expect(statusColor('办理中', true)).toBe('red')
    expect(statusColor('办理中')).toBe('orange')
    expect(statusColor('已办结', true)).toBe('green')
    expect(statusColor('无法解决')).toBe('default')
  })
})

describe('督办 queries', () => {
  it('uses the built-in 逾期诉求 filter and sorts by days overdue, most first', () => {
    expect(modeFilter('overdue', '2026-11-27')).toEqual({
      status: { filterType: 'set', values: ['受理', '已派单', '办理中'] },
      dueOn: { filterType: 'date', type: 'lessThan', dateFrom: TODAY },
    })
    expect(listQuery('overdue', '2026-11-27').sort).toEqual(LATENESS_SORT)
    expect(LATENESS_SORT[0]).toEqual({ colId: 'daysOverdue', sort: 'desc' })
    expect(countQuery('open', '2026-11-27')).toMatchObject({ startRow: 0, endRow: 1 })
  })

  it('即将到期 is due today to three days ahead, across a month end', () => {
    expect(modeFilter('soon', '2026-11-29').dueOn).toEqual({
      filterType: 'date',
      type: 'inRange',
      dateFrom: '2026-11-29',
      dateTo: '2026-12-02',
    })
  })
})
