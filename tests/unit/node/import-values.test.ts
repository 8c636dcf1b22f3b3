import { describe, expect, it } from 'vitest'
import { guessKind, matchHeader } from '../../../src/shared/domain/fields'
import {
  cellError,
  excelSerialToIso,
  normaliseText,
  parseAmount,
  parseBoolean,
  parseChoice,
  parseCreditCode,
  parseDate,
  parsePhone,
  splitFirmNames,
  splitNames,
} from '../../../src/shared/domain/values'
import { badCode, code } from '../../fixtures/workbooks'

const value = <T>(r: { ok: boolean; value?: T | null }) => (r.ok ? r.value : 'ERROR')

describe('values as spreadsheets hold them', () => {
  it('reads every date form to the same day, with no timezone shift', () => {
    for (const v of [
      '2015/3/4',
      '2015-03-04',
      '2015年3月4日',
      '2015.03.04',
      '20150304',
      ' 2015 年 3 月 4 日 ',
      '2015-03-04 00:00:00',
    ]) {
      expect(value(parseDate(v)), v).toBe('2015-03-04')
    }
    expect(value(parseDate(42067))).toBe('2015-03-04') // an Excel serial
    expect(value(parseDate(42067.75))).toBe('2015-03-04') // with a time of day
    expect(value(parseDate(20150304))).toBe('2015-03-04') // 20150304 typed as a number
    expect(value(parseDate('42067'))).toBe('2015-03-04') // a serial exported as text
    expect(value(parseDate(40605, true))).toBe('2015-03-04') // 1904 date system
    expect(value(parseDate(new Date(Date.UTC(2015, 2, 4))))).toBe('2015-03-04')
    expect(value(parseDate('２０１５－０３－０４'))).toBe('2015-03-04') // full-width
  })

  it('knows Excel’s calendar around its phantom 1900-02-29', () => {
    expect(excelSerialToIso(1)).toBe('1900-01-01')
    expect(excelSerialToIso(59)).toBe('1900-02-28')
    expect(excelSerialToIso(60)).toBeNull()
    expect(excelSerialToIso(61)).toBe('1900-03-01')
    expect(excelSerialToIso(45000)).toBe('2023-03-15')
  })

  it('refuses what is not a date, and leaves blanks blank', () => {
    expect(parseDate('2015-02-30').ok).toBe(false)
    expect(parseDate('下周一').ok).toBe(false)
    expect(parseDate('15/3/4').ok).toBe(false)
    expect(value(parseDate(''))).toBeNull()
    expect(value(parseDate('—'))).toBeNull()
    const bad = parseDate('三月四日')
    expect(bad.ok || bad.reason).toContain('不是可识别的日期')
  })

  it('refuses a year or a year and month, which as a serial would be a day in 1905 or 2451', () => {
    for (const v of ['2015', 2015, '2015.3', 2015.03, '2015.10', '2015-3', '2015年3月', '201503', 201503]) {
      const r = parseDate(v)
      expect(r.ok, String(v)).toBe(false)
      expect(r.ok || r.reason, String(v)).toMatch(/只有年份.*不是完整日期/)
    }
    const month = parseDate('2015.3')
    expect(month.ok || month.reason).toContain('2015年3月')
    // Past 2100 no number is a ledger's date.
    expect(parseDate(80000).ok).toBe(false)
    // Real serials, and whole dates written compactly, still read.
    expect(value(parseDate(43000))).toBe('2017-09-22')
    expect(value(parseDate('20150304'))).toBe('2015-03-04')
  })

  it('takes 无, 暂无, 无诉求, — and / for nothing, and knows a failed formula', () => {
    for (const t of ['无', '暂无', '无诉求', '暂无需求', '—', '/', '-', 'N/A']) {
      expect(value(parseDate(t)), t).toBeNull()
      expect(value(parsePhone(t)), t).toBeNull()
    }
    expect(cellError('#REF!')).toBe('单元格显示公式错误“#REF!”,按空白处理')
    expect(cellError('#DIV/0!')).toContain('#DIV/0!')
    expect(cellError('#井号')).toBeNull()
    expect(cellError(5)).toBeNull()
  })

  it('reads amounts into the unit of the field', () => {
    // 注册资本 is kept in 万元
    expect(value(parseAmount(500, '万元'))).toBe(500)
    expect(value(parseAmount('500万', '万元'))).toBe(500)
    expect(value(parseAmount('500万元', '万元'))).toBe(500)
    expect(value(parseAmount('1,000', '万元'))).toBe(1000)
    expect(value(parseAmount('1,000', '万元'))).toBe(1000)
    expect(value(parseAmount('5000000元', '万元'))).toBe(500)
    expect(value(parseAmount('1.5亿', '万元'))).toBe(15000)
    expect(value(parseAmount(5_000_000, '万元', '元'))).toBe(500) // header said 注册资本(元)
    // 减免金额 is kept in 元
    expect(value(parseAmount('500万', '元'))).toBe(5_000_000)
    expect(value(parseAmount('¥1,234.50', '元'))).toBe(1234.5)
    expect(value(parseAmount(12.3, '元', '万元'))).toBe(123_000) // header said (万元)
    expect(value(parseAmount(0.1 * 3, '元'))).toBe(0.3)
    expect(parseAmount('五百万', '元').ok).toBe(false)
    expect(value(parseAmount('-', '元'))).toBeNull()
  })

  it('reads flags: 是/否/√/✓/×/blank', () => {
    for (const t of ['是', '√', '✓', '✔\ufe0f', 'Y', 'yes', 1, true])
      expect(value(parseBoolean(t)), String(t)).toBe(true)
    for (const f of ['否', '×', 'N', 'no', 0, false]) expect(value(parseBoolean(f)), String(f)).toBe(false)
    expect(value(parseBoolean(''))).toBeNull()
    expect(value(parseBoolean(null))).toBeNull()
    expect(parseBoolean('也许').ok).toBe(false)
  })

  it('normalises credit codes, checks both check characters, and never trusts a number', () => {
    expect(value(parseCreditCode(code(1).toLowerCase()))).toBe(code(1))
    const fullWidth = code(2).replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
    expect(value(parseCreditCode(` ${fullWidth} `))).toBe(code(2))
    expect(value(parseCreditCode(`${code(3).slice(0, 6)}-${code(3).slice(6)}`))).toBe(code(3))
    const wrong = parseCreditCode(badCode(4))
    expect(wrong.ok).toBe(false)
    if (!wrong.ok) expect(wrong.reason).toContain('第18位')
    const number = parseCreditCode(913101100000000000)
    expect(number.ok).toBe(false)
    if (!number.ok) expect(number.reason).toContain('存成了数字')
    expect(parseCreditCode('9.13101E+17').ok).toBe(false)
    expect(value(parseCreditCode(`'${code(5)}`))).toBe(code(5)) // Excel's text mark, left in a CSV
  })

  it('puts back the 0 a Shanghai landline lost as a number', () => {
    expect(parsePhone(2165983000)).toMatchObject({ ok: true, value: '02165983000' })
    expect(value(parsePhone(13812345678))).toBe('13812345678')
    expect(value(parsePhone('021-65983000'))).toBe('021-65983000')
    // The same number in a CSV saved from such a sheet, or marked as text with a '.
    expect(parsePhone('2165983000')).toMatchObject({ ok: true, value: '02165983000' })
    expect(value(parsePhone("'02165983000"))).toBe('02165983000')
  })

  it('splits visitors on 、 , , / and spaces', () => {
    expect(splitNames('张三、李四')).toEqual(['张三', '李四'])
    expect(splitNames('张三,李四,王五')).toEqual(['张三', '李四', '王五'])
    expect(splitNames('张三,李四/王五 赵六')).toEqual(['张三', '李四', '王五', '赵六'])
    expect(splitNames('')).toEqual([])
  })

  it('splits firms only on list marks and line breaks: a firm’s name may hold a space or a slash', () => {
    expect(splitFirmNames('SIEMENS Ltd. (Shanghai)、上海乙/丙联合设计有限公司;上海丁 咨询有限公司')).toEqual([
      'SIEMENS Ltd. (Shanghai)',
      '上海乙/丙联合设计有限公司',
      '上海丁 咨询有限公司',
    ])
    expect(splitFirmNames('上海甲设计有限公司\n上海乙科技有限公司，上海丙咨询有限公司')).toEqual([
      '上海甲设计有限公司',
      '上海乙科技有限公司',
      '上海丙咨询有限公司',
    ])
  })

  it('keeps text that looks like a formula as text', () => {
    for (const t of ['=SUM(A1:A3)', '+8613800000000', '-', '@张三']) expect(normaliseText(t)).toBe(t)
  })

  it('accepts the office’s short forms of closed lists', () => {
    expect(value(parseChoice('上门', ['上门走访', '座谈会'], { 上门: '上门走访' }))).toBe('上门走访')
    expect(parseChoice('飞鸽传书', ['上门走访']).ok).toBe(false)
  })
})

describe('headers to fields', () => {
  it('knows the synonyms offices use', () => {
    for (const h of [
      '企业名称',
      '单位名称',
      '公司名称',
      '企业(单位)名称',
      '企业（单位）名称',
      ' 企业 名称 ',
      '*企业名称',
    ]) {
      expect(matchHeader('enterprises', h)?.spec.key, h).toBe('name')
    }
    for (const h of ['统一社会信用代码', '信用代码', '社会信用代码']) {
      expect(matchHeader('enterprises', h)?.spec.key, h).toBe('creditCode')
    }
    for (const h of ['所在楼宇', '楼宇名称', '楼宇'])
      expect(matchHeader('enterprises', h)?.spec.key, h).toBe('buildingId')
    expect(matchHeader('enterprises', '是否重点企业')?.spec.key).toBe('isKey')
    expect(matchHeader('enterprises', '与本表无关')).toBeNull()
  })

  it('reads a money unit from the header', () => {
    expect(matchHeader('enterprises', '注册资本(万元)')).toMatchObject({
      spec: { key: 'registeredCapital' },
      unit: '万元',
    })
    expect(matchHeader('enterprises', '注册资本(元)')).toMatchObject({ spec: { key: 'registeredCapital' }, unit: '元' })
    expect(matchHeader('rent-reliefs', '减免金额(万元)')).toMatchObject({ spec: { key: 'amount' }, unit: '万元' })
  })

  it('finds the unit behind 人民币, 单位 and separators, and never takes a foreign currency for 人民币', () => {
    const capital = (h: string) => matchHeader('enterprises', h)
    for (const h of [
      '注册资本(人民币元)',
      '注册资本（元人民币）',
      '注册资本(单位:元)',
      '注册资本(RMB 元)',
      '注册资本(元/人民币)',
    ]) {
      expect(capital(h), h).toMatchObject({ spec: { key: 'registeredCapital' }, unit: '元', currency: null })
    }
    for (const h of [
      '注册资本(万元人民币)',
      '注册资本(人民币万元)',
      '注册资本（单位：万元）',
      '注册资本(人民币,万元)',
      '注册资本【万】',
      '注册资本(人民币)(万元)',
      '注册资本(外币折合人民币万元)',
    ]) {
      expect(capital(h), h).toMatchObject({ spec: { key: 'registeredCapital' }, unit: '万元', currency: null })
    }
    expect(capital('注册资本(人民币)')).toMatchObject({ unit: null, currency: null })
    expect(matchHeader('rent-reliefs', '减免金额(元人民币)')).toMatchObject({ spec: { key: 'amount' }, unit: '元' })
    for (const [h, currency] of [
      ['注册资本(万美元)', '美元'],
      ['注册资本(美元,万元)', '美元'],
      ['注册资本(USD)', 'USD'],
      ['注册资本(万元港币)', '港币'],
    ]) {
      expect(capital(h), h).toMatchObject({ spec: { key: 'registeredCapital' }, unit: null, currency })
    }
  })

  it('guesses the ledger from the headers', () => {
    expect(guessKind(['企业名称', '统一社会信用代码', '注册资本', '成立日期'])).toBe('enterprises')
    expect(guessKind(['企业名称', '走访日期', '走访人', '诉求内容'])).toBe('visits')
    expect(guessKind(['楼宇', '承租方', '减免月数', '减免金额'])).toBe('rent-reliefs')
    expect(guessKind(['活动日期', '活动主题', '参加企业'])).toBe('events')
    expect(guessKind(['姓名', '科室', '职务'])).toBe('staff')
    expect(guessKind(['甲', '乙'])).toBeNull()
  })
})
