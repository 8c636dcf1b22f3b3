/**
 * The current view of a grid as .xlsx and CSV, opened with a reader that shares no code with
 * the writer (tests/support/xlsx-xml.ts): headers from the dictionary, cell types and formats,
 * the frozen bold header, the auto-filter, widths, the title row, the grid's filters, sort and
 * column order, formula-looking text kept as text, and the file importing back unchanged.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import iconv from 'iconv-lite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Backend } from '../../../src/main/app/backend'
import { defaultColumns, viewColumns } from '../../../src/main/export/columns'
import { exportView, type ViewExport } from '../../../src/main/export/view'
import { csvCell } from '../../../src/main/export/csv'
import { unguardCsvText } from '../../../src/shared/domain/cell-text'
import { runImport } from '../../../src/main/import/run'
import { IMPORT_FIELDS, matchHeader } from '../../../src/shared/domain/fields'
import { code, scratch } from '../../fixtures/workbooks'
import { memoryBackend, seedBasics } from '../../support/ledger'
import { readXlsx, rowValues, widthOf } from '../../support/xlsx-xml'

const file = scratch('bizledger-export-view-')
afterAll(() => rmSync(file.dir, { recursive: true, force: true }))

// What the ledger can hold (it trims, so a leading tab or CR never reaches a record: see csvCell below).
const HOSTILE = ['=HYPERLINK("http://x.test","点我")', '+86 21 6598 3000', '-2+3', '@SUM(A1)', '=1+1']
/** A string cell: exceljs writes t="str" (a string, no <f>), other programs inlineStr or shared strings. */
const TEXT = expect.stringMatching(/^(str|inlineStr|s)$/)

const CODE = code(2)
let b: Backend
beforeAll(() => {
  b = memoryBackend()
  const { building, industry } = seedBasics(b)
  b.ledgers.enterprise.create({
    name: '上海旭辉智能科技有限公司',
    creditCode: CODE,
    phone: '02165983000',
    registeredCapital: 1234.5,
    establishedOn: '2016-05-06',
    buildingId: building.id as number,
    industryId: industry.id as number,
    isKey: true,
    status: '在营',
  })
  HOSTILE.forEach((text, i) =>
    b.ledgers.enterprise.create({ name: `上海注入测试${i}有限公司`, notes: text, contact: text, status: '迁出' }),
  )
})

async function view(extra: Partial<ViewExport> & { name: string }): Promise<string> {
  const path = file(extra.name)
  await exportView(
    b,
    {
      ledger: 'enterprise',
      columns: defaultColumns('enterprise'),
      format: 'xlsx',
      sheetName: '企业名录',
      ...extra,
    },
    path,
  )
  return path
}

describe('current view to .xlsx', () => {
  it('writes dictionary headers, a frozen bold filtered header, widths, and typed cells', async () => {
    const path = await view({
      name: 'view.xlsx',
      where: { filter: { name: { filterType: 'text', type: 'contains', filter: '旭辉' } } },
      columns: viewColumns('enterprise', [
        { id: 'name', label: '企业名称', width: 260 },
        { id: 'creditCode' },
        { id: 'phone' },
        { id: 'registeredCapital', label: '随便写的表头' },
        { id: 'establishedOn' },
        { id: 'buildingName', label: '所在楼宇' },
        { id: 'isKey' },
        { id: 'managerName', label: '楼掌柜' },
      ]),
    })
    const book = readXlsx(path)
    expect(book.sharedStrings).toBe(false)
    const s = book.sheets[0]
    expect(s.name).toBe('企业名录')
    expect(rowValues(s, 1, 8)).toEqual([
      '企业名称',
      '统一社会信用代码',
      '联系电话',
      '注册资本(万元)', // the dictionary's label, not the grid's
      '成立日期',
      '所在楼宇',
      '重点企业',
      '楼掌柜',
    ])
    expect(s.styleOf('A1').bold).toBe(true)
    expect(s.pane).toMatchObject({ state: 'frozen', ySplit: '1', topLeftCell: 'A2' })
    expect(s.autoFilter).toBe('A1:H1')
    expect(widthOf(s, 1)).toBe(37) // 260 px
    expect(widthOf(s, 2)).toBeGreaterThanOrEqual(18)
    expect(s.rows).toEqual([1, 2])

    // Codes and phones are text (no lost zero, no 9.1E+17), in a text-formatted column.
    expect(s.cells.get('B2')).toMatchObject({ type: TEXT, value: CODE, formula: null })
    expect(s.styleOf('B2').numFmt).toBe('@')
    expect(s.cells.get('C2')).toMatchObject({ type: TEXT, value: '02165983000', formula: null })
    // Amounts are numbers shown in 万元; dates are day numbers shown as dates.
    expect(s.cells.get('D2')).toMatchObject({ type: 'n', value: 1234.5 })
    expect(s.styleOf('D2').numFmt).toBe('#,##0.00"万元"')
    expect(s.cells.get('E2')).toMatchObject({ type: 'n', value: 42496 }) // 2016-05-06
    expect(s.styleOf('E2').numFmt).toBe('yyyy-mm-dd')
    expect(s.value('F2')).toBe('紫荆广场')
    expect(s.value('G2')).toBe('是')
    expect(s.value('H2')).toBe('王建国')
  })

  it('puts an optional title row above the header and freezes below both', async () => {
    const s = readXlsx(await view({ name: 'title.xlsx', title: '四平路街道企业名录(2026年11月)' })).sheets[0]
    expect(s.value('A1')).toBe('四平路街道企业名录(2026年11月)')
    expect(s.merges).toContain('A1:AD1') // over every column of the directory
    expect(s.styleOf('A1').bold).toBe(true)
    expect(s.value('A2')).toBe('企业名称')
    expect(s.pane).toMatchObject({ ySplit: '2', topLeftCell: 'A3' })
    expect(s.autoFilter).toBe('A2:AD2')
  })

  it('follows the grid: filter, sort and the visible columns in their order', async () => {
    const path = await view({
      name: 'sorted.xlsx',
      where: { filter: { status: { filterType: 'set', values: ['迁出'] } } },
      sort: [{ colId: 'name', sort: 'desc' }],
      columns: viewColumns('enterprise', [{ id: 'status' }, { id: 'name' }]),
    })
    const s = readXlsx(path).sheets[0]
    expect(rowValues(s, 1, 2)).toEqual(['状态', '企业名称'])
    const names = s.rows.slice(1).map((r) => s.value(`B${r}`))
    expect(names).toEqual(HOSTILE.map((_, i) => `上海注入测试${i}有限公司`).reverse())
    expect(s.rows.slice(1).every((r) => s.value(`A${r}`) === '迁出')).toBe(true)
  })

  it('never writes text as a formula, whatever it starts with', async () => {
    const path = await view({
      name: 'hostile.xlsx',
      where: { filter: { status: { filterType: 'set', values: ['迁出'] } } },
      columns: viewColumns('enterprise', [{ id: 'name' }, { id: 'contact' }, { id: 'notes' }]),
    })
    const s = readXlsx(path).sheets[0]
    const cells = [...s.cells.values()]
    expect(cells.filter((c) => c.formula !== null)).toEqual([])
    const contacts = s.rows.slice(1).map((r) => s.cells.get(`B${r}`)!)
    for (const c of contacts) expect(c).toMatchObject({ type: TEXT, formula: null })
    expect(contacts.map((c) => c.value).sort()).toEqual([...HOSTILE].sort())
  })

  it('heads a column the import does not read so that no import mistakes it for a field', () => {
    // 诉求(件) would be read as the visit sheet's 诉求 column.
    const cols = viewColumns('visit', [{ id: 'requestCount', label: '诉求(件)' }, { id: 'visitorNames' }])
    expect(cols.map((c) => c.header)).toEqual(['诉求(件)(只读)', '走访人'])
    expect(matchHeader('visits', cols[0].header)).toBeNull()
    for (const kind of Object.keys(IMPORT_FIELDS) as (keyof typeof IMPORT_FIELDS)[]) {
      for (const spec of IMPORT_FIELDS[kind]) expect(matchHeader(kind, spec.label)?.spec.key).toBe(spec.key)
    }
  })

  it('re-imports to the same records: nothing added, nothing changed', async () => {
    const path = await view({ name: 'all.xlsx' })
    const report = await runImport(b, { path, kind: 'enterprises', dryRun: true })
    expect(report).toMatchObject({ rowsRead: 7, inserted: 0, updated: 0, unchanged: 7, errors: [] })
  })
})

describe('current view to CSV', () => {
  it('writes UTF-8 with a BOM by default, quoting and guarding as spreadsheet programs need', async () => {
    const path = await view({
      name: 'view.csv',
      format: 'csv',
      title: '企业名录',
      sort: [{ colId: 'name', sort: 'asc' }],
      columns: viewColumns('enterprise', [
        { id: 'name' },
        { id: 'creditCode' },
        { id: 'phone' },
        { id: 'registeredCapital' },
        { id: 'establishedOn' },
        { id: 'notes' },
      ]),
    })
    const bytes = readFileSync(path)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = bytes.subarray(3).toString('utf8').split('\r\n')
    expect(lines[0]).toBe('企业名录') // the title on a line of its own
    expect(lines[1]).toBe('企业名称,统一社会信用代码,联系电话,注册资本(万元),成立日期,备注')
    expect(lines).toContain(`上海旭辉智能科技有限公司,="${CODE}",="02165983000",1234.5,2016-05-06,`)
    expect(lines).toContain(`上海注入测试0有限公司,,,,,"'=HYPERLINK(""http://x.test"",""点我"")"`)
    for (const text of ["'+86 21 6598 3000", "'-2+3", "'@SUM(A1)", "'=1+1"]) {
      expect(lines.some((l) => l.endsWith(`,${text}`))).toBe(true)
    }
    // Text a record cannot hold but a cell could: a leading tab or carriage return.
    expect(csvCell({ t: 's', v: '\t=1+1' }, 'text')).toBe("'\t=1+1")
    expect(csvCell({ t: 's', v: '\r=1+1' }, 'text')).toBe('"\'\r=1+1"')
    expect(csvCell({ t: 's', v: '0123' }, 'text')).toBe('0123')
    expect(csvCell({ t: 's', v: '-' }, 'text')).toBe("'-")
    expect(unguardCsvText("'-")).toBe('-')
    expect(unguardCsvText("'abc")).toBe("'abc") // an apostrophe the export did not put there stays
  })

  it('writes GBK (as GB18030) on request, and both encodings re-import unchanged', async () => {
    const gbk = await view({ name: 'view-gbk.csv', format: 'csv', encoding: 'gbk' })
    const bytes = readFileSync(gbk)
    expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false)
    expect(bytes.includes(Buffer.from('企业名称', 'utf8'))).toBe(false)
    expect(iconv.decode(bytes, 'gb18030').startsWith('企业名称,统一社会信用代码')).toBe(true)
    const utf8 = await view({ name: 'view-utf8.csv', format: 'csv' })
    for (const path of [gbk, utf8]) {
      const report = await runImport(b, { path, kind: 'enterprises', dryRun: true })
      expect(report).toMatchObject({ rowsRead: 7, inserted: 0, updated: 0, unchanged: 7, errors: [] })
    }
    // The guarded texts came back without their apostrophe.
    const notes = b.ledgers.enterprise.list().map((e) => e.notes)
    for (const text of HOSTILE.slice(0, 4)) expect(notes).toContain(text)
  })
})

describe('a failed export', () => {
  it('leaves no file, no half file, and an earlier file of the same name as it was', async () => {
    const path = file('kept.xlsx')
    writeFileSync(path, 'earlier export')
    const controller = new AbortController()
    controller.abort()
    const job = { signal: controller.signal }
    const columns = defaultColumns('enterprise')
    const error = await exportView(
      b,
      { ledger: 'enterprise', columns, format: 'xlsx', sheetName: 'x' },
      path,
      job,
    ).catch((e: Error) => e)
    expect(String(error)).toContain('导出已取消')
    expect(readFileSync(path, 'utf8')).toBe('earlier export')
    const csv = file('never.csv')
    await exportView(b, { ledger: 'enterprise', columns, format: 'csv', sheetName: 'x' }, csv, job).catch(() => null)
    expect(existsSync(csv)).toBe(false)
    expect(readdirSync(file.dir).filter((n) => n.endsWith('.part'))).toEqual([])
  })

  it('names the missing folder', async () => {
    const error = await exportView(
      b,
      { ledger: 'enterprise', columns: defaultColumns('enterprise'), format: 'xlsx', sheetName: 'x' },
      file('no-such-dir/x.xlsx'),
    ).catch((e: Error) => e)
    expect(String(error)).toMatch(/文件夹“.*no-such-dir”不存在/)
  })
})
