import { describe, expect, it } from 'vitest'
import { parseReportRoute, reportOrientation, reportRoute } from '../../../src/shared/reports/params'
import { printRequestSchema } from '../../../src/shared/ipc/print'
import { openBackend } from '../../../src/main/app/open'
import { dispatch } from '../../../src/main/ipc/dispatch'

describe('report routes', () => {
  it('round-trips a report and its parameters, text included', () => {
    const route = reportRoute('brief', { campaignId: 3, note: '本期走访 & 诉求:100%' })
    expect(route.startsWith('/print/brief?')).toBe(true)
    expect(parseReportRoute(route)).toEqual({ kind: 'brief', params: { campaignId: 3, note: '本期走访 & 诉求:100%' } })
    expect(parseReportRoute(`#${reportRoute('building', {})}`)).toEqual({ kind: 'building', params: {} })
  })

  it('refuses unknown reports and bad parameters, in Chinese', () => {
    expect(() => parseReportRoute('/print/secrets?')).toThrow('未知的报表')
    expect(() => parseReportRoute('/print/brief?')).toThrow('请选择走访活动或月份')
    expect(() => parseReportRoute('/print/requests?from=2024-13')).toThrow('日期应为 YYYY-MM-DD')
    expect(() => parseReportRoute('/print/enterprise?enterpriseId=1&path=/etc')).toThrow()
    expect(printRequestSchema.safeParse({ route: 'file:///etc/passwd', mode: 'pdf' }).success).toBe(false)
    expect(printRequestSchema.safeParse({ route: '/print/requests?', mode: 'print' }).success).toBe(true)
  })

  it('lays the wide reports on their side', () => {
    expect(reportOrientation(parseReportRoute('/print/requests?'))).toBe('landscape')
    expect(reportOrientation(parseReportRoute('/print/building?'))).toBe('landscape')
    expect(reportOrientation(parseReportRoute('/print/building?buildingId=2'))).toBe('portrait')
  })
})

describe('街道名称', () => {
  it('defaults to 四平路街道, is saved in the ledger and must not be blank', () => {
    const b = openBackend(':memory:', '测试员')
    expect(dispatch(b, 'report:settings', undefined)).toEqual({ ok: true, value: { subdistrict: '四平路街道' } })
    expect(dispatch(b, 'report:saveSettings', { subdistrict: ' 殷行街道 ' })).toEqual({
      ok: true,
      value: { subdistrict: '殷行街道' },
    })
    expect(b.settings.subdistrict()).toBe('殷行街道')
    const blank = dispatch(b, 'report:saveSettings', { subdistrict: '  ' })
    expect(blank.ok).toBe(false)
    b.db.close()
  })
})
