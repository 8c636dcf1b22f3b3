import { describe, expect, it } from 'vitest'
import { campaignSchema, enterpriseSchema, requestSchema } from '../../../src/shared/domain'
import { checkEdit, checkField, checkRecord, isRequired } from '../../../src/renderer/src/components/ledger/validate'
import { requestLedger } from '../../../src/renderer/src/features/request/ledger'

describe('client-side checks with the shared schemas', () => {
  it('names a wrong field value in Chinese', () => {
    expect(checkField(enterpriseSchema, 'creditCode', '91310110MA1TEXT1X0')).toContain('统一社会信用代码')
    expect(checkField(enterpriseSchema, 'name', null)).toBe('请填写企业名称')
    expect(checkField(enterpriseSchema, 'registeredCapital', -1)).toBe('注册资本不能为负')
    expect(checkField(enterpriseSchema, 'phone', null)).toBeNull()
  })

  it('marks required fields for the form', () => {
    expect(isRequired(enterpriseSchema, 'name')).toBe(true)
    expect(isRequired(enterpriseSchema, 'phone')).toBe(false)
    expect(isRequired(requestSchema, 'enterpriseId')).toBe(true)
  })

  it('catches a rule across fields that an edit breaks', () => {
    const campaign = {
      id: 1,
      name: '冬令大走访',
      kind: '冬令大走访',
      startOn: '2024-01-01',
      endOn: '2024-01-31',
      scope: { kind: 'all' },
      notes: null,
    }
    expect(checkEdit(campaignSchema, campaign, 'endOn', '2023-12-01')).toBe('结束日期不能早于开始日期')
    expect(checkEdit(campaignSchema, campaign, 'startOn', '2024-02-01')).toBe('结束日期不能早于开始日期')
    expect(checkEdit(campaignSchema, campaign, 'endOn', '2024-02-01')).toBeNull()
  })

  it('does not blame an edit for what was already wrong with the record', () => {
    const legacy = { id: 1, name: '旧数据', creditCode: 'NOT-A-CODE' }
    expect(checkEdit(enterpriseSchema, legacy, 'phone', '021-1')).toBeNull()
  })

  it('applies the request loop’s rules and its allowed moves', () => {
    const open = {
      id: 1,
      enterpriseId: 3,
      content: '融资',
      receivedOn: '2024-01-02',
      status: '受理',
      response: null,
      closedOn: null,
    }
    expect(checkEdit(requestSchema, open, 'status', '已办结', requestLedger.rules)).toBe('已办结的诉求须填写办理情况')
    expect(checkEdit(requestSchema, open, 'status', '办理中', requestLedger.rules)).toBeNull()
    const closed = { ...open, status: '已办结', response: '已解决', closedOn: '2024-01-05' }
    expect(checkEdit(requestSchema, closed, 'status', '受理', requestLedger.rules)).toContain(
      '不能从“已办结”改为“受理”',
    )
  })

  it('checks a whole new record, schema first, then rules', () => {
    expect(checkRecord(enterpriseSchema, {})).toEqual({ name: '请填写企业名称' })
    expect(checkRecord(enterpriseSchema, { name: '上海同济设计院' })).toEqual({})
    const problems = checkRecord(
      requestSchema,
      { enterpriseId: 3, content: 'x', receivedOn: '2024-01-02', status: '已派单' },
      requestLedger.rules,
    )
    expect(problems).toEqual({ handlingUnitId: '已派单的诉求须指定承办单位' })
  })
})
