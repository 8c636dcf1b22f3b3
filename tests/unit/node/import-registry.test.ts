/**
 * Registry exports as they come (issue #16 parts 1, 2, 3 and 5): 注册资本 in every written form
 * with its currency kept, 15-digit 工商注册号 in their own column or in the credit-code column,
 * codes with look-alike letters corrected and reported, and a bad optional value that leaves
 * its field blank with a warning instead of losing the firm. Files are built here as exceljs
 * workbooks and as CSV (UTF-8 and GBK) in the shapes registries export.
 */
import ExcelJS from 'exceljs'
import { rmSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { defaultColumns } from '../../../src/main/export/columns'
import { exportView } from '../../../src/main/export/view'
import { problemsWorkbook } from '../../../src/main/import/problems'
import { previewImport } from '../../../src/main/import/preview'
import { runImport } from '../../../src/main/import/run'
import { checkCreditCode, checkRegistrationNo } from '../../../src/shared/domain/credit-code'
import { parseAmount, parseCreditCode, parseMoney, type CellValue } from '../../../src/shared/domain/values'
import { memoryBackend } from '../../support/ledger'
import { REG_A, REG_B, REGISTRY_HEADER, regNo, registryRows } from '../../fixtures/registry'
import { code, scratch, writeCsv, writeXlsx } from '../../fixtures/workbooks'

const file = scratch('bizledger-registry-')
afterAll(() => rmSync(file.dir, { recursive: true, force: true }))

const money = (v: CellValue, unit: '元' | '万元' = '万元') => {
  const r = parseMoney(v, unit)
  return r.ok ? r.value : r.reason
}

describe('注册资本 as registries write it', () => {
  it('reads units, brackets, full width, commas and decimals, keeping the currency written', () => {
    expect(money('50(万元人民币)')).toEqual({ amount: 50, currency: '人民币' })
    expect(money('1000.75万人民币')).toEqual({ amount: 1000.75, currency: '人民币' })
    expect(money('６，０００（万元人民币）')).toEqual({ amount: 6000, currency: '人民币' })
    expect(money('6,000万元人民币')).toEqual({ amount: 6000, currency: '人民币' })
    expect(money('人民币 500 万元')).toEqual({ amount: 500, currency: '人民币' })
    expect(money('1亿元')).toEqual({ amount: 10000, currency: null })
    expect(money('500万')).toEqual({ amount: 500, currency: null })
    expect(money('5000000元')).toEqual({ amount: 500, currency: null })
    expect(money(500)).toEqual({ amount: 500, currency: null })
    expect(money('100万美元')).toEqual({ amount: 100, currency: '美元' })
    expect(money('200万港元')).toEqual({ amount: 200, currency: '港元' })
    expect(money('(50万欧元)')).toEqual({ amount: 50, currency: '欧元' })
    expect(money('3000万日元')).toEqual({ amount: 3000, currency: '日元' })
    expect(money('120万新加坡元')).toEqual({ amount: 120, currency: '新加坡元' })
    // A hundred dollars is 0.01 万美元: the currency's own 元 is the unit.
    expect(money('100美元')).toEqual({ amount: 0.01, currency: '美元' })
    expect(money('100万美元人民币')).toContain('两种币种')
    expect(money('很多')).toContain('不是可识别的金额')
  })

  it('refuses a foreign amount where only 人民币 has a column (rent relief)', () => {
    const r = parseAmount('100万美元', '元')
    expect(r.ok).toBe(false)
    expect(r.ok ? '' : r.reason).toContain('美元')
    expect(parseAmount('50(万元人民币)', '元')).toEqual({ ok: true, value: 500_000 })
  })
})

describe('identity as registries write it', () => {
  it('checks a 注册号 by its MOD 11,10 check digit', () => {
    for (const body of ['31011000012345', '11010800000001', '44030100987654']) {
      const good = regNo(body)
      expect(checkRegistrationNo(good)).toEqual({ ok: true, number: good })
      for (let d = 0; d < 10; d++) {
        if (String(d) === good[14]) continue
        expect(checkRegistrationNo(body + d).ok).toBe(false)
      }
    }
    expect(checkRegistrationNo('３１０１１０００００１２３４５').ok).toBe(checkRegistrationNo('310110000012345').ok)
    expect(checkRegistrationNo('31011000012345').ok).toBe(false)
  })

  it('corrects look-alike letters, case, spaces and full width only when the result passes, and says so', () => {
    const good = code(7)
    const withO = good.replace(/0/g, 'O')
    const r = parseCreditCode(withO)
    expect(r).toMatchObject({ ok: true, value: good })
    expect(r.ok && r.note).toContain(`已规范为“${good}”`)
    const spaced = parseCreditCode(
      ` ${good.slice(0, 6)} ${good.slice(6)}`.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
    )
    expect(spaced).toMatchObject({ ok: true, value: good })
    expect(parseCreditCode(good)).toEqual({ ok: true, value: good })
    // O for 0 in a code that then still fails is not guessed at.
    expect(parseCreditCode(withO.slice(0, 17) + (good[17] === '1' ? '2' : '1')).ok).toBe(false)
  })

  it('never judges a text cell of digits-E-digits a number when it is a valid code', () => {
    expect(checkCreditCode('91310110584E108615').ok).toBe(true)
    expect(parseCreditCode('91310110584E108615')).toEqual({ ok: true, value: '91310110584E108615' })
    const lost = parseCreditCode('9.13101105840E+17')
    expect(lost.ok ? '' : lost.reason).toContain('被存成了数字')
    expect(parseCreditCode(913101105840000000).ok).toBe(false)
  })
})

describe('登记状态 and 状态 as registries write them', () => {
  it('keeps 吊销 a 状态 of its own; a revoked firm since deregistered is 注销', async () => {
    const path = file('statuses.csv')
    const rows: [string, string, string][] = [
      ['上海一有限公司', '吊销', ''],
      ['上海二有限公司', '吊销,未注销', ''],
      ['上海三有限公司', '吊销,已注销', ''],
      ['上海四有限公司', '吊销未注销', ''],
      ['上海五有限公司', '存续', ''],
      ['上海六有限公司', '注销', ''],
      ['上海七有限公司', '迁出', ''],
      // 企业状态 written by the office wins over 登记状态.
      ['上海八有限公司', '吊销', '在营'],
      ['上海九有限公司', '', '吊销,未注销'],
      ['上海十有限公司', '', '已吊销'],
      ['上海十一有限公司', '', '吊销,已注销'],
    ]
    writeCsv(path, [['企业名称', '登记状态', '企业状态'], ...rows], 'utf8')
    const b = memoryBackend()
    const r = await runImport(b, { path, kind: 'enterprises' })
    expect(r).toMatchObject({ inserted: rows.length, errors: [] })
    const firms = new Map(b.ledgers.enterprise.list().map((f) => [f.name, [f.registrationStatus, f.status]]))
    expect(rows.map(([name]) => [name, ...firms.get(name)!])).toEqual([
      ['上海一有限公司', '吊销', '吊销'],
      ['上海二有限公司', '吊销', '吊销'],
      ['上海三有限公司', '注销', '注销'],
      ['上海四有限公司', '吊销', '吊销'],
      ['上海五有限公司', '存续', '在营'],
      ['上海六有限公司', '注销', '注销'],
      ['上海七有限公司', '迁出', '迁出'],
      ['上海八有限公司', '吊销', '在营'],
      ['上海九有限公司', null, '吊销'],
      ['上海十有限公司', null, '吊销'],
      ['上海十一有限公司', null, '注销'],
    ])
  })
})

describe('a registry export imported', () => {
  for (const shape of ['xlsx', 'csv-utf8', 'csv-gbk'] as const) {
    it(`(${shape}): every firm in, capital with its currency, 注册号 and registry fields kept`, async () => {
      const rows = [REGISTRY_HEADER, ...registryRows()]
      const path = file(`registry-${shape}.${shape === 'xlsx' ? 'xlsx' : 'csv'}`)
      if (shape === 'xlsx') await writeXlsx(path, [{ name: '企业信息', rows }])
      else writeCsv(path, rows, shape === 'csv-gbk' ? 'gbk' : 'utf8')
      const b = memoryBackend()
      const r = await runImport(b, { path, kind: 'enterprises' })
      expect(r).toMatchObject({ rowsRead: 6, inserted: 6, errors: [] })
      const firms = new Map(b.ledgers.enterprise.list().map((f) => [f.name, f]))
      expect(firms.get('上海甲设计有限公司')).toMatchObject({
        registeredCapital: 50,
        capitalCurrency: '人民币',
        companyType: '有限责任公司(自然人投资或控股)',
        registrationAuthority: '杨浦区市场监督管理局',
        registrationStatus: '存续',
        status: '在营',
        businessScope: '建筑设计;工程咨询',
      })
      expect(firms.get('上海乙科技有限公司')).toMatchObject({ creditCode: code(2), registeredCapital: 1000.75 })
      expect(firms.get('上海丙贸易有限公司')).toMatchObject({
        registeredCapital: 100,
        capitalCurrency: '美元',
        registrationStatus: '吊销',
        status: '吊销',
      })
      expect(firms.get('上海丁餐饮管理有限公司')).toMatchObject({
        creditCode: null,
        registrationNo: REG_A,
        registeredCapital: 6000,
        status: '注销',
      })
      expect(firms.get('上海戊咨询有限公司')).toMatchObject({ registeredCapital: null, establishedOn: null })
      expect(firms.get('上海己软件有限公司')).toMatchObject({ capitalCurrency: '港元', status: '迁出' })
      // Warnings: the corrected code, and the two unreadable values of 戊, kept as written.
      expect(r.warnings.map((w) => [w.row, w.column, w.value])).toEqual([
        [3, '统一社会信用代码', code(2).replace(/0/g, 'O')],
        [6, '注册资本', '很多'],
        [6, '成立日期', '下周'],
      ])
      // The same file again changes nothing.
      const again = await runImport(b, { path, kind: 'enterprises' })
      expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 6, errors: [] })
    })
  }

  it('matches a firm first listed by its 注册号 when a later file brings its credit code', async () => {
    const b = memoryBackend()
    const first = file('by-regno.csv')
    writeCsv(first, [
      ['企业名称', '统一社会信用代码/注册号', '注册资本'],
      ['上海庚物流有限公司', REG_B, '300万'],
      ['上海辛服务有限公司', REG_A, '100'],
    ])
    expect(await runImport(b, { path: first, kind: 'enterprises' })).toMatchObject({ inserted: 2, errors: [] })
    // Again by 注册号 alone, a name written differently: the same firm.
    const again = file('by-regno-again.xlsx')
    await writeXlsx(again, [
      {
        name: 'Sheet1',
        rows: [
          ['注册号', '企业名称', '注册资本(万元)'],
          [REG_B, '上海庚物流有限公司', 300],
        ],
      },
    ])
    expect(await runImport(b, { path: again, kind: 'enterprises' })).toMatchObject({ inserted: 0, unchanged: 1 })
    // A later registry file: credit code and the same 注册号, in their own columns.
    const later = file('with-code.xlsx')
    await writeXlsx(later, [
      {
        name: '企业信息',
        rows: [
          ['企业名称', '统一社会信用代码', '工商注册号', '注册资本'],
          ['上海庚物流有限公司(新名)', code(9), REG_B, '300万元人民币'],
        ],
      },
    ])
    const r = await runImport(b, { path: later, kind: 'enterprises' })
    expect(r).toMatchObject({ inserted: 0, updated: 1, errors: [] })
    expect(b.ledgers.enterprise.count()).toBe(2)
    const firm = b.ledgers.enterprise.list().find((f) => f.registrationNo === REG_B)
    expect(firm).toMatchObject({ creditCode: code(9), name: '上海庚物流有限公司(新名)', capitalCurrency: '人民币' })
  })

  it('keeps a foreign currency when a re-import writes the amount without one; 人民币 only when written', async () => {
    const b = memoryBackend()
    const put = async (name: string, capital: string) => {
      const path = file(name)
      await writeXlsx(path, [
        {
          name: 'S',
          rows: [
            ['企业名称', '统一社会信用代码', '注册资本'],
            ['上海壬有限公司', code(11), capital],
          ],
        },
      ])
      return runImport(b, { path, kind: 'enterprises' })
    }
    await put('c1.xlsx', '100万美元')
    expect(b.ledgers.enterprise.list()[0]).toMatchObject({ registeredCapital: 100, capitalCurrency: '美元' })
    expect(await put('c2.xlsx', '100万')).toMatchObject({ unchanged: 1 })
    expect(b.ledgers.enterprise.list()[0].capitalCurrency).toBe('美元')
    expect(await put('c3.xlsx', '100万人民币')).toMatchObject({ updated: 1 })
    expect(b.ledgers.enterprise.list()[0].capitalCurrency).toBe('人民币')
  })

  it('shows the warned cells in the preview and lists them, as written, in the problems workbook', async () => {
    const path = file('registry-preview.xlsx')
    await writeXlsx(path, [{ name: '企业信息', rows: [REGISTRY_HEADER, ...registryRows()] }])
    const b = memoryBackend()
    const preview = await previewImport(b, { path, kind: 'enterprises' })
    const capital = preview.columns.find((c) => c.field === 'registeredCapital')!.index
    const date = preview.columns.find((c) => c.field === 'establishedOn')!.index
    const bad = preview.rows.find((r) => r.row === 6)!
    expect(bad.cells[capital]).toMatchObject({ value: '很多' })
    expect(bad.cells[capital].warning).toContain('留空导入')
    expect(bad.cells[capital].problem).toBeUndefined()
    expect(bad.cells[date].warning).toContain('留空导入')
    const dollars = preview.rows.find((r) => r.row === 4)!
    expect(dollars.cells[capital].storedAs).toBe('100 万美元')

    const r = await runImport(b, { path, kind: 'enterprises' })
    const { bytes } = await problemsWorkbook(b.db, r.batchId!)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(bytes as unknown as ArrayBuffer)
    const rows = wb.worksheets[0].getSheetValues().slice(2) as unknown[][]
    expect(rows.map((x) => [x[1], x[3], x[4], x[5]])).toEqual([
      ['提示', 3, '统一社会信用代码', code(2).replace(/0/g, 'O')],
      ['提示', 6, '注册资本', '很多'],
      ['提示', 6, '成立日期', '下周'],
    ])
  })
})

describe('the registry fields exported', () => {
  for (const format of ['xlsx', 'csv'] as const) {
    it(`(${format}) say a foreign capital with its currency, and import back unchanged`, async () => {
      const b = memoryBackend()
      b.ledgers.enterprise.create({
        name: '上海外资甲有限公司',
        creditCode: code(31),
        registeredCapital: 100,
        capitalCurrency: '美元',
        registrationStatus: '存续',
        companyType: '有限责任公司(外国法人独资)',
      })
      b.ledgers.enterprise.create({ name: '上海内资乙有限公司', registrationNo: REG_A, registeredCapital: 50 })
      const path = file(`registry-export.${format}`)
      await exportView(
        b,
        { ledger: 'enterprise', columns: defaultColumns('enterprise'), format, sheetName: '企业名录' },
        path,
      )
      if (format === 'xlsx') {
        const wb = new ExcelJS.Workbook()
        await wb.xlsx.readFile(path)
        const ws = wb.worksheets[0]
        const header = (ws.getRow(1).values as unknown[]).slice(1)
        const at = (label: string) => header.indexOf(label) + 1
        expect(header).toEqual(
          expect.arrayContaining(['工商注册号', '企业类型', '登记机关', '登记状态', '经营范围', '注册资本币种']),
        )
        const rows = [2, 3].map((r) => ws.getRow(r))
        const foreign = rows.find((r) => r.getCell(at('企业名称')).value === '上海外资甲有限公司')!
        expect(foreign.getCell(at('注册资本(万元)')).value).toBe('100 万美元')
        const home = rows.find((r) => r.getCell(at('企业名称')).value === '上海内资乙有限公司')!
        expect(home.getCell(at('注册资本(万元)')).value).toBe(50)
        expect(home.getCell(at('工商注册号')).value).toBe(REG_A)
      }
      const again = await runImport(b, { path, kind: 'enterprises' })
      expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 2, errors: [] })
    })
  }
})
