/**
 * Cells as offices really fill them, found by trying real-looking sheets against the CLI:
 * a year where a date belongs, 无 for "no request", a formula showing #REF!, remarks that
 * start with 合计 or 累计, firm names with spaces and slashes. None may turn into wrong data
 * without a word.
 */
import { rmSync, writeFileSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import type { Backend } from '../../../src/main/app/backend'
import { runImport } from '../../../src/main/import/run'
import { memoryBackend } from '../../support/ledger'
import { scratch, workbookParts, writeXlsx, zipBytes, type XlsxCell } from '../../fixtures/workbooks'

const file = scratch()
afterAll(() => rmSync(file.dir, { recursive: true, force: true }))

async function book(name: string, rows: XlsxCell[][]) {
  const path = file(name)
  await writeXlsx(path, [{ name: '表', rows }])
  return path
}

function firms(b: Backend, ...names: string[]) {
  for (const name of names) b.ledgers.enterprise.create({ name })
}

describe('cells as offices fill them', () => {
  it('leaves a year or a year and month in a date column blank, warning of the cell', async () => {
    const path = await book('years.xlsx', [
      ['企业名称', '成立日期'],
      ['上海甲设计有限公司', 2015],
      ['上海乙科技有限公司', '2015.3'],
      ['上海丙咨询有限公司', 201503],
      ['上海丁软件有限公司', '2015/3/4'],
    ])
    const b = memoryBackend()
    const r = await runImport(b, { path, kind: 'enterprises' })
    // A firm is never lost for a date: only its name or code refuse it.
    expect(r).toMatchObject({ inserted: 4, errors: [] })
    expect(r.warnings.map((e) => [e.row, e.column])).toEqual([
      [2, '成立日期'],
      [3, '成立日期'],
      [4, '成立日期'],
    ])
    expect(r.warnings[1].message).toContain('只有年份和月份(2015年3月)')
    expect(b.ledgers.enterprise.list().map((f) => f.establishedOn)).toEqual([null, null, null, '2015-03-04'])
  })

  it('imports rows whose remarks start with 合计 or 累计; skips only a subtotal’s own row', async () => {
    const path = await book('totals.xlsx', [
      ['楼宇名称', '承租方名称', '减免月数', '减免金额(元)', '备注'],
      ['紫荆广场', '上海甲设计有限公司', 3, 30000, '累计减免3个月'],
      ['紫荆广场', '上海乙科技有限公司', 6, 60000, '合计两家分支机构'],
      ['紫荆广场', '小计', null, 90000, null],
      ['旭辉广场', '总计划咖啡店', 2, 8000, null],
      ['合计(3户)', null, null, 98000, null],
    ])
    const b = memoryBackend()
    const r = await runImport(b, { path, kind: 'rent-reliefs' })
    expect(r).toMatchObject({ rowsRead: 5, inserted: 3, skipped: 2, errors: [] })
    expect(r.warnings.map((w) => [w.row, w.message.endsWith('合计/小计行,已跳过')])).toEqual([
      [4, true],
      [6, true],
    ])
    expect(b.ledgers.rentRelief.list().map((x) => x.tenantName)).toEqual([
      '上海甲设计有限公司',
      '上海乙科技有限公司',
      '总计划咖啡店',
    ])
  })

  it('skips a group’s title row, merged across or not', async () => {
    const path = await book('groups.xlsx', [
      ['序号', '企业名称', '联系人'],
      ['一、重点企业', null, null],
      [1, '上海甲设计有限公司', '张三'],
      [null, '二、一般企业(1家)', null],
      [2, '上海乙科技有限公司', '李四'],
    ])
    const b = memoryBackend()
    const r = await runImport(b, { path, kind: 'enterprises' })
    expect(r).toMatchObject({ inserted: 2, skipped: 2, errors: [] })
    expect(r.warnings.map((w) => [w.row, w.message.endsWith('分组标题行,已跳过')])).toEqual([
      [2, true],
      [4, true],
    ])
  })

  it('takes 诉求 written as 无, 暂无, — or / for no request', async () => {
    const path = await book('no-requests.xlsx', [
      ['企业名称', '走访日期', '走访人员', '企业诉求'],
      ['上海甲设计有限公司', '2023/12/5', '张三', '无'],
      ['上海乙科技有限公司', '2023/12/6', '张三', '暂无诉求'],
      ['上海丙咨询有限公司', '2023/12/7', '张三', '—'],
      ['上海甲设计有限公司', '2023/12/8', '张三', '/'],
      ['上海乙科技有限公司', '2023/12/9', '张三', '希望协调停车位'],
    ])
    const b = memoryBackend()
    firms(b, '上海甲设计有限公司', '上海乙科技有限公司', '上海丙咨询有限公司')
    const r = await runImport(b, { path, kind: 'visits' })
    expect(r).toMatchObject({ inserted: 5, requestsInserted: 1, errors: [] })
    expect(b.ledgers.request.list().map((q) => q.content)).toEqual(['希望协调停车位'])
  })

  it('says so when a formula shows an error, and imports the row without that value', async () => {
    const path = await book('formula-errors.xlsx', [
      ['企业名称', '注册资本(万元)', '成立日期'],
      [
        '上海甲设计有限公司',
        { formula: '1/0', result: { error: '#DIV/0!' } },
        { formula: 'C9', result: { error: '#REF!' } },
      ],
      ['上海乙科技有限公司', { formula: '100*5', result: 500 }, '2015/3/4'],
    ])
    const b = memoryBackend()
    const r = await runImport(b, { path, kind: 'enterprises' })
    expect(r).toMatchObject({ inserted: 2, errors: [] })
    // exceljs's streaming reader drops an error result: the import says what it can.
    expect(r.warnings.map((w) => [w.row, w.column, w.message.includes('公式没有可读的结果')])).toEqual([
      [2, '注册资本(万元)', true],
      [2, '成立日期', true],
    ])
    expect(b.ledgers.enterprise.list().map((f) => [f.registeredCapital, f.establishedOn])).toEqual([
      [null, null],
      [500, '2015-03-04'],
    ])
  })

  it('reads a cell typed as a date (t="d", ISO text), as some programs write them', async () => {
    const text = (ref: string, t: string) => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`
    const rows = [
      `<row r="1">${text('A1', '企业名称')}${text('B1', '成立日期')}</row>`,
      `<row r="2">${text('A2', '上海甲设计有限公司')}<c r="B2" t="d"><v>2015-03-04T00:00:00</v></c></row>`,
      `<row r="3">${text('A3', '上海乙科技有限公司')}<c r="B3" t="d"><v>2018-06-01</v></c></row>`,
    ]
    const xml = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`
    const path = file('iso-dates.xlsx')
    writeFileSync(path, zipBytes(workbookParts({ name: '', data: Buffer.from(xml) })))
    const b = memoryBackend()
    const r = await runImport(b, { path, kind: 'enterprises' })
    expect(r).toMatchObject({ inserted: 2, errors: [] })
    expect(b.ledgers.enterprise.list().map((f) => f.establishedOn)).toEqual(['2015-03-04', '2018-06-01'])
  })

  it('finds attending firms whose names hold a space or a slash', async () => {
    const path = await book('attendees.xlsx', [
      ['活动日期', '活动主题', '活动类型', '参会企业'],
      [
        '2023-05-20',
        '环同济发展交流会',
        '交流会',
        'SIEMENS Ltd. (Shanghai)、上海乙/丙联合设计有限公司\n上海丁 咨询有限公司',
      ],
    ])
    const b = memoryBackend()
    firms(b, 'SIEMENS Ltd. (Shanghai)', '上海乙/丙联合设计有限公司', '上海丁 咨询有限公司')
    const r = await runImport(b, { path, kind: 'events' })
    expect(r).toMatchObject({ inserted: 1, errors: [], warnings: [] })
    expect(b.ledgers.event.list()[0]).toMatchObject({ attendeeCount: 3 })
  })
})
