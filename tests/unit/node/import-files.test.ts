/**
 * Files as they arrive: .xlsx from any program, CSV in UTF-8 (with or without BOM) or GBK,
 * old .xls, and files that are broken, huge or hostile. Each is read or refused with a Chinese
 * message naming the file, fast, and a refused file leaves the ledger untouched.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { runImport } from '../../../src/main/import/run'
import { memoryBackend } from '../../support/ledger'
import {
  code,
  deflatedFiller,
  scratch,
  workbookParts,
  writeCsv,
  writeXlsx,
  zipBytes,
  type Cell,
} from '../../fixtures/workbooks'

const file = scratch()
afterAll(() => rmSync(file.dir, { recursive: true, force: true }))
const HEADER: Cell[] = ['企业名称', '统一社会信用代码', '注册资本(万元)', '成立日期', '所在楼宇']
const ROWS: Cell[][] = [
  HEADER,
  ['上海紫荆建筑设计有限公司', code(1), '500万', '2015/3/4', '紫荆广场'],
  ['上海旭辉智能科技有限公司', code(2), '1,000', '2016年5月6日', '旭辉广场'],
]

async function importFile(
  path: string,
  extra: Parameters<typeof runImport>[1] extends infer O ? Partial<O> : never = {},
) {
  const b = memoryBackend()
  const report = await runImport(b, { path, kind: 'enterprises', ...extra })
  return { b, report }
}

async function refusal(path: string, extra = {}) {
  const b = memoryBackend()
  const started = Date.now()
  const error = await runImport(b, { path, kind: 'enterprises', ...extra }).then(
    () => null,
    (e: Error) => e,
  )
  expect(error, 'should be refused').not.toBeNull()
  expect(Date.now() - started).toBeLessThan(5000)
  expect(b.stats().enterprises).toBe(0)
  expect(b.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(0)
  return error!.message
}

describe('formats', () => {
  it('reads an .xlsx', async () => {
    const path = file('名录.xlsx')
    await writeXlsx(path, [{ name: 'Sheet1', rows: ROWS }])
    const { b, report } = await importFile(path)
    expect(report).toMatchObject({ file: '名录.xlsx', sheets: ['Sheet1'], headerRow: 1, rowsRead: 2, inserted: 2 })
    const firms = b.ledgers.enterprise.list()
    expect(firms.map((f) => [f.name, f.creditCode, f.registeredCapital, f.establishedOn, f.buildingName])).toEqual([
      ['上海紫荆建筑设计有限公司', code(1), 500, '2015-03-04', '紫荆广场'],
      ['上海旭辉智能科技有限公司', code(2), 1000, '2016-05-06', '旭辉广场'],
    ])
  })

  for (const encoding of ['gbk', 'utf8', 'utf8bom'] as const) {
    it(`reads a CSV in ${encoding} without being told the encoding`, async () => {
      const path = file(`名录-${encoding}.csv`)
      writeCsv(path, ROWS, encoding)
      if (encoding === 'gbk') expect(readFileSync(path).includes(Buffer.from('企业', 'utf8'))).toBe(false)
      const { b, report } = await importFile(path)
      expect(report).toMatchObject({ sheets: [`名录-${encoding}`], headerRow: 1, rowsRead: 2, inserted: 2, errors: [] })
      expect(b.ledgers.enterprise.list().map((f) => [f.name, f.registeredCapital, f.buildingName])).toEqual([
        ['上海紫荆建筑设计有限公司', 500, '紫荆广场'],
        ['上海旭辉智能科技有限公司', 1000, '旭辉广场'],
      ])
    })
  }

  it('reads GB18030 characters beyond GBK, tab-separated text, quoted cells and ="..." codes', async () => {
    const path = file('wps.txt')
    const rows: Cell[][] = [
      ['企业名称', '统一社会信用代码', '备注'],
      ['上海𠀀设计有限公司', `="${code(3)}"`, '第一行\n第二行, "引号"'],
    ]
    const text = rows.map((r) => r.map((v) => `"${String(v).replace(/"/g, '""')}"`).join('\t')).join('\r\n')
    writeFileSync(path, (await import('iconv-lite')).default.encode(text, 'gb18030'))
    const { b, report } = await importFile(path)
    expect(report.errors).toEqual([])
    const [firm] = b.ledgers.enterprise.list()
    expect(firm).toMatchObject({ name: '上海𠀀设计有限公司', creditCode: code(3), notes: '第一行\n第二行, "引号"' })
  })

  it('numbers CSV rows as Excel shows them, a quoted line break staying in its row', async () => {
    const path = file('rows.csv')
    writeCsv(
      path,
      [
        ['企业名称', '备注'],
        ['甲公司', '两\n行'],
        ['乙公司', '   '],
        ['', ''],
        ['丙公司', ''],
      ],
      'utf8',
    )
    const { report } = await importFile(path)
    expect(report).toMatchObject({ rowsRead: 4, inserted: 3, skipped: 1 })
  })

  it('asks for .xlsx when given an old .xls or WPS .et', async () => {
    const path = file('旧台账.xls')
    writeFileSync(path, Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(2048)]))
    const message = await refusal(path)
    expect(message).toContain('旧台账.xls')
    expect(message).toContain('另存为')
    expect(message).toContain('.xlsx')
    const et = file('台账.et')
    writeFileSync(et, readFileSync(path))
    expect(await refusal(et)).toContain('WPS')
  })

  it('asks for .xlsx when given an OpenDocument spreadsheet', async () => {
    const path = file('台账.ods')
    writeFileSync(
      path,
      zipBytes([
        { name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.spreadsheet') },
        { name: 'content.xml', data: Buffer.from('<office:document-content/>') },
      ]),
    )
    expect(await refusal(path)).toContain('另存为')
  })

  it('says an HTML table named .xls is not a real Excel file', async () => {
    const path = file('系统导出.xls')
    writeFileSync(path, '<html><body><table><tr><td>企业名称</td></tr></table></body></html>')
    expect(await refusal(path)).toContain('网页')
  })

  it('refuses empty and non-spreadsheet files', async () => {
    const empty = file('空.xlsx')
    writeFileSync(empty, '')
    expect(await refusal(empty)).toContain('空的')
    const pdf = file('报告.pdf')
    writeFileSync(pdf, Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, 0]))
    expect(await refusal(pdf)).toContain('不是电子表格')
    expect(await refusal(file('不存在.xlsx'))).toContain('找不到文件')
  })
})

describe('broken, huge and hostile files', () => {
  it('refuses a truncated .xlsx, naming the file', async () => {
    const whole = file('whole.xlsx')
    await writeXlsx(whole, [{ name: 'Sheet1', rows: ROWS }])
    const bytes = readFileSync(whole)
    const cut = file('截断.xlsx')
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)))
    const message = await refusal(cut)
    expect(message).toContain('截断.xlsx')
    expect(message).toMatch(/损坏|不完整/)
  })

  it('refuses random bytes named .xlsx', async () => {
    const path = file('乱码.xlsx')
    writeFileSync(path, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(5000, 7)]))
    expect(await refusal(path)).toContain('乱码.xlsx')
  })

  it('refuses a sheet whose XML is broken, naming the sheet', async () => {
    const path = file('坏表.xlsx')
    const sheet =
      '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>企业名称</t></is></c></row><row r="2"><c'
    writeFileSync(path, zipBytes(workbookParts({ name: '', data: Buffer.from(sheet) })))
    const message = await refusal(path)
    expect(message).toContain('坏表.xlsx')
    expect(message).toContain('Sheet1')
  })

  it('refuses a file over the size limit before reading it', async () => {
    const path = file('大.xlsx')
    await writeXlsx(path, [{ name: 'Sheet1', rows: ROWS }])
    const message = await refusal(path, { limits: { maxFileBytes: 1000 } })
    expect(message).toContain('超过导入上限')
    expect(message).toContain('大.xlsx')
  })

  it('refuses a decompression bomb from its directory, in moments', async () => {
    const path = file('炸弹.xlsx')
    // 1 GB of blanks in a 1 MB file: the directory says so honestly.
    const filler = deflatedFiller(1024)
    writeFileSync(
      path,
      zipBytes(workbookParts({ name: '', data: Buffer.alloc(0), declaredSize: 1024 ** 3, deflated: filler })),
    )
    expect(readFileSync(path).length).toBeLessThan(2 * 1024 * 1024)
    const message = await refusal(path)
    expect(message).toContain('压缩炸弹')
  })

  it('stops a bomb whose directory lies about its size as soon as it overflows', async () => {
    const path = file('说谎.xlsx')
    writeFileSync(
      path,
      zipBytes(workbookParts({ name: '', data: Buffer.alloc(0), declaredSize: 1000, deflated: deflatedFiller(64) })),
    )
    const before = process.memoryUsage().rss
    const message = await refusal(path)
    expect(message).toContain('压缩炸弹')
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024)
  })

  it('refuses a workbook with more rows than the limit, before parsing them', async () => {
    const path = file('多行.xlsx')
    const rows: Cell[][] = [
      HEADER,
      ...Array.from({ length: 50 }, (_, i): Cell[] => [`企业${i}`, null, null, null, null]),
    ]
    await writeXlsx(path, [{ name: 'Sheet1', rows }])
    const early = await refusal(path, { limits: { maxRows: 10 } })
    expect(early).toContain('超过单次导入上限 10 行')
    // Rows the first pass cannot count (CSV) are stopped while reading, still rolled back.
    const csv = file('多行.csv')
    writeCsv(csv, rows, 'utf8')
    const late = await refusal(csv, { limits: { maxRows: 10 } })
    expect(late).toContain('第12行')
  })

  it('refuses an unclosed quote in a CSV with its row and column', async () => {
    const path = file('引号.csv')
    writeFileSync(path, '企业名称,备注\r\n甲公司,"没有结束\r\n乙公司,x\r\n')
    const message = await refusal(path)
    expect(message).toContain('引号.csv')
    expect(message).toContain('第2行第2列')
  })
})
