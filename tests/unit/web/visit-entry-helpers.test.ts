import { describe, expect, it } from 'vitest'
import {
  buildRecord,
  draftProblems,
  isBlankDraft,
  parseTypedDate,
  splitFieldErrors,
  weekday,
  type RequestDraft,
} from '../../../src/renderer/src/features/visit-entry/entry'
import { entryFields, moveFocus, selectState } from '../../../src/renderer/src/features/visit-entry/keyboard'
import { isVisitEntryKey } from '../../../src/renderer/src/features/visit-entry/shortcut'

const TODAY = '2026-11-27'

describe('dates typed from notes', () => {
  it('reads the ways a date is written, this year when it is left out', () => {
    for (const t of [
      '2026-11-20',
      '2026/11/20',
      '2026.11.20',
      '20261120',
      '2026年11月20日',
      ' 2026-11-20 ',
      '２０２６-11-20',
    ])
      expect(parseTypedDate(t, TODAY), t).toBe('2026-11-20')
    expect(parseTypedDate('11-20', TODAY)).toBe('2026-11-20')
    expect(parseTypedDate('3/5', TODAY)).toBe('2026-03-05')
    expect(parseTypedDate('11月20日', TODAY)).toBe('2026-11-20')
  })

  it('refuses what is not a calendar day', () => {
    for (const t of ['2026-02-30', '2025-02-29', '20261320', '昨天', '', '2026-11'])
      expect(parseTypedDate(t, TODAY), t).toBeNull()
    expect(parseTypedDate('2024-02-29', TODAY)).toBe('2024-02-29')
  })

  it('names the weekday', () => {
    expect(weekday('2026-11-27')).toBe('星期五')
    expect(weekday('2026-11-29')).toBe('星期日')
  })
})

const draft = (d: Partial<RequestDraft>): RequestDraft => ({ key: Math.random(), status: '受理', ...d })

describe('one save for a visit and its requests', () => {
  const rows = [
    draft({ categoryId: 3, content: ' 希望对接银行贷款 ', handlingUnitId: 9 }),
    draft({}), // added and left empty
    draft({ content: '咨询认定条件', status: '已办结', response: '当场答复' }),
  ]

  it('skips blank rows and remembers which row each request came from', () => {
    expect(isBlankDraft(rows[1])).toBe(true)
    const { input, rowOf } = buildRecord(
      { enterpriseId: 5, date: '11-20', visitorIds: [1, 2], form: '上门走访', campaignId: 4, summary: '  ' },
      '2026-11-20',
      rows,
    )
    expect(rowOf).toEqual([0, 2])
    expect(input.visit).toEqual({
      enterpriseId: 5,
      visitedOn: '2026-11-20',
      visitorIds: [1, 2],
      form: '上门走访',
      campaignId: 4,
      summary: null,
    })
    expect(input.requests).toEqual([
      { categoryId: 3, content: '希望对接银行贷款', handlingUnitId: 9, status: '受理', response: null, closedOn: null },
      // Solved on the spot: closed the day of the visit.
      {
        categoryId: null,
        content: '咨询认定条件',
        handlingUnitId: null,
        status: '已办结',
        response: '当场答复',
        closedOn: '2026-11-20',
      },
    ])
  })

  it('explains the loop rules per row before anything is sent', () => {
    const problems = draftProblems(
      [
        draft({ categoryId: 3 }),
        draft({}),
        draft({ content: '融资', status: '已办结' }),
        draft({ content: '招聘', status: '已派单' }),
        draft({ content: '法律', status: '无法解决' }),
        draft({ content: 'x'.repeat(4001) }),
      ],
      '2026-11-20',
    )
    expect(problems).toEqual({
      0: { content: '请填写诉求内容' },
      2: { response: '已办结的诉求须填写办理情况' },
      3: { handlingUnitId: '已派单的诉求须指定承办单位' },
      4: { response: '无法解决的诉求须在办理情况中写明原因' },
      5: { content: '诉求内容不能超过4000个字符' },
    })
  })

  it('puts main’s field errors on the visit’s inputs and on the rows they name', () => {
    const { visit, rows: byRow } = splitFieldErrors(
      {
        visitedOn: '走访日期须在“冬令大走访”的时间范围内',
        'requests.1.response': '已办结的诉求须填写办理情况',
        'requests.0.content': '请填写诉求内容',
        requests: '诉求内容不能超过4000个字符',
      },
      [0, 2],
    )
    expect(visit).toEqual({ visitedOn: '走访日期须在“冬令大走访”的时间范围内', requests: '诉求内容不能超过4000个字符' })
    expect(byRow).toEqual({ 2: { response: '已办结的诉求须填写办理情况' }, 0: { content: '请填写诉求内容' } })
  })
})

describe('Enter moves through the form', () => {
  function form() {
    document.body.innerHTML = `
      <div id="root">
        <div data-entry id="a"><input id="a-in"></div>
        <div data-entry id="b"><label><input type="radio" name="f" value="1"></label><label><input type="radio" name="f" value="2" checked id="b-in"></label></div>
        <div data-entry id="c"><input disabled></div>
        <div data-entry id="d"><textarea id="d-in"></textarea></div>
        <button data-entry id="e">添加诉求</button>
      </div>`
    return document.getElementById('root')!
  }

  it('goes from field to field in order, to the checked radio, past what is disabled', () => {
    const root = form()
    expect(entryFields(root).map((f) => f.id)).toEqual(['a', 'b', 'c', 'd', 'e'])
    expect(moveFocus(root, document.getElementById('a-in')!)).toBe(true)
    expect(document.activeElement?.id).toBe('b-in')
    moveFocus(root, document.activeElement!)
    expect(document.activeElement?.id).toBe('d-in')
    moveFocus(root, document.activeElement!)
    expect(document.activeElement?.id).toBe('e')
    expect(moveFocus(root, document.activeElement!)).toBe(false)
    moveFocus(root, document.getElementById('d-in')!, -1)
    expect(document.activeElement?.id).toBe('b-in')
  })

  it('knows an antd select’s input from any other, and whether its list is open', () => {
    document.body.innerHTML = `
      <div class="ant-select ant-select-multiple"><input role="combobox" aria-expanded="true" value="张" id="m"></div>
      <div class="ant-select"><input role="combobox" aria-expanded="false" id="s"></div>
      <input id="plain">`
    expect(selectState(document.getElementById('m'))).toEqual({ multiple: true, open: true, search: '张' })
    expect(selectState(document.getElementById('s'))).toEqual({ multiple: false, open: false, search: '' })
    expect(selectState(document.getElementById('plain'))).toBeNull()
  })

  it('opens 录入走访 with Alt+N, by the key’s place so a Mac’s Option+N counts', () => {
    const key = { altKey: true, ctrlKey: false, metaKey: false, shiftKey: false, code: 'KeyN' }
    expect(isVisitEntryKey(key)).toBe(true)
    expect(isVisitEntryKey({ ...key, ctrlKey: true })).toBe(false)
    expect(isVisitEntryKey({ ...key, code: 'KeyM' })).toBe(false)
  })
})
