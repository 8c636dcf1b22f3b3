/**
 * Finding the table in sheets as offices make them: titles and 填报单位 lines above the
 * header, two-row merged headers, vertical merges, 小计/合计 and 制表人 rows, several sheets of
 * one layout (one per building or per cadre).
 */
import { rmSync, writeFileSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { previewImport } from '../../../src/main/import/preview'
import { runImport } from '../../../src/main/import/run'
import { memoryBackend } from '../../support/ledger'
import { code, scratch, workbookParts, writeSheet, writeXlsx, zipBytes, type Cell } from '../../fixtures/workbooks'

const file = scratch()
afterAll(() => rmSync(file.dir, { recursive: true, force: true }))

const TITLED: Cell[][] = [
  ['四平路街道重点企业服务台账'],
  ['填报单位:四平路街道营商办', null, null, '制表日期:2023年7月5日'],
  [],
  ['序号', '企业名称', '统一社会信用代码', '所在楼宇', '注册资本(万元)', '重点企业'],
  [1, '上海紫荆建筑设计有限公司', code(1), '紫荆广场', 500, '是'],
  [2, '上海旭辉智能科技有限公司', code(2), '旭辉广场', 300, '√'],
  [],
  [3, '上海中天软件有限公司', code(3), '中天大厦', 200, null],
  ['小计', null, null, null, 1000, null],
  [4, '上海渔技所咨询有限公司', code(4), '渔技所', 50, '否'],
  ['合 计', null, null, null, 1050, null],
  ['制表人:王建国', null, '审核人:李四', null, null, null],
  [],
  [],
]

describe('finding the table', () => {
  it('skips titles, the 填报单位 line and blank rows above the header; skips totals and footers below', async () => {
    const path = file('titled.xlsx')
    await writeXlsx(path, [{ name: '重点企业', rows: TITLED, merges: ['A1:F1'] }])
    const b = memoryBackend()
    const r = await runImport(b, { path, kind: 'enterprises' })
    expect(r).toMatchObject({ headerRow: 4, inserted: 4, errors: [] })
    // Rows 5–12 below the header: 4 firms; 1 blank between them, 2 totals and a footer skipped.
    // The trailing blank rows are not counted.
    expect(r.rowsRead).toBe(8)
    expect(r.skipped).toBe(4)
    expect(r.warnings.map((w) => w.row)).toEqual([9, 11, 12])
    expect(r.warnings[0].message).toContain('第9行')
    expect(r.warnings[0].message).toContain('合计/小计行')
    expect(b.ledgers.enterprise.list().map((f) => [f.name, f.isKey])).toEqual([
      ['上海紫荆建筑设计有限公司', true],
      ['上海旭辉智能科技有限公司', true],
      ['上海中天软件有限公司', false],
      ['上海渔技所咨询有限公司', false],
    ])
  })

  it('flattens a two-row header whose upper cells are merged, and fills vertically merged cells', async () => {
    const path = await writeSheet(
      file('visits.xlsx'),
      '夏令大走访',
      [
        ['2023年夏令大走访企业诉求台账'],
        ['企业名称', '走访日期', '走访人', '企业诉求', null, null],
        [null, null, null, '诉求内容', '诉求类别', '办理情况'],
        ['上海紫荆建筑设计有限公司', '2023-07-05', '王建国、李四', '希望协调停车位', '其他', '已协调物业'],
        [null, null, null, '人才公寓申请', '人才招聘', null],
        [null, null, null, '融资对接', '融资需求', null],
        ['上海旭辉智能科技有限公司', '2023-07-06', '张三', null, null, null],
      ],
      { merges: ['A1:F1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:F2', 'A4:A6', 'B4:B6', 'C4:C6'] },
    )
    const b = memoryBackend()
    b.ledgers.enterprise.create({ name: '上海紫荆建筑设计有限公司' })
    b.ledgers.enterprise.create({ name: '上海旭辉智能科技有限公司' })
    const preview = await previewImport(b, { path, kind: 'visits' })
    expect(preview).toMatchObject({ headerRow: 2, headerDepth: 2 })
    expect(preview.columns.map((c) => c.field)).toEqual([
      'enterpriseName',
      'visitedOn',
      'visitorIds',
      'request.content',
      'request.categoryId',
      'request.response',
    ])
    const r = await runImport(b, { path, kind: 'visits' })
    expect(r).toMatchObject({ headerRow: 2, rowsRead: 4, inserted: 2, requestsInserted: 3, errors: [] })
    const visits = b.ledgers.visit.list()
    expect(visits.map((v) => [v.enterpriseName, v.visitedOn, v.visitorNames, v.requestCount])).toEqual([
      ['上海紫荆建筑设计有限公司', '2023-07-05', '王建国、李四', 3],
      ['上海旭辉智能科技有限公司', '2023-07-06', '张三', 0],
    ])
    expect(b.ledgers.request.list().map((q) => [q.content, q.categoryName, q.response, q.receivedOn])).toEqual([
      ['希望协调停车位', '其他', '已协调物业', '2023-07-05'],
      ['人才公寓申请', '人才招聘', null, '2023-07-05'],
      ['融资对接', '融资需求', null, '2023-07-05'],
    ])
  })

  it('reads several sheets of one layout as one table, and says which sheets it left out', async () => {
    const header: Cell[] = ['企业名称', '统一社会信用代码', '所在楼宇']
    const path = file('per-building.xlsx')
    await writeXlsx(path, [
      {
        name: '紫荆广场',
        rows: [['紫荆广场企业名单'], header, ['甲公司', code(11), '紫荆广场'], ['乙公司', code(12), '紫荆广场']],
      },
      { name: '旭辉广场', rows: [header, ['丙公司', code(13), '旭辉广场']] },
      { name: '说明', rows: [['本表由各楼掌柜填写,每月5日前报送。']] },
      {
        name: '汇总',
        rows: [
          ['楼宇', '企业数'],
          ['紫荆广场', 2],
        ],
      },
      { name: '旧名单', rows: [header, ['丁公司', code(14), '中天大厦']], hidden: true },
    ])
    const b = memoryBackend()
    const r = await runImport(b, { path, kind: 'enterprises' })
    expect(r).toMatchObject({ sheets: ['紫荆广场', '旭辉广场'], headerRow: 2, rowsRead: 3, inserted: 3 })
    expect(r.warnings.map((w) => w.sheet)).toEqual(['旧名单', '说明', '汇总'])
    expect(r.warnings[0].message).toContain('工作表“旧名单”是隐藏的,未导入')
    expect(b.ledgers.enterprise.list().map((f) => [f.name, f.buildingName])).toEqual([
      ['甲公司', '紫荆广场'],
      ['乙公司', '紫荆广场'],
      ['丙公司', '旭辉广场'],
    ])

    // One sheet chosen, even a hidden one: only it.
    const one = memoryBackend()
    const r2 = await runImport(one, { path, kind: 'enterprises', sheet: '旧名单' })
    expect(r2).toMatchObject({ sheets: ['旧名单'], inserted: 1 })
    const missing = await runImport(one, { path, kind: 'enterprises', sheet: '不存在' }).catch((e: Error) => e.message)
    expect(missing).toContain('没有名为“不存在”的工作表')
    expect(missing).toContain('紫荆广场')
  })

  it('takes a sheet with a column more or less as part of the list, and says so; not another ledger’s', async () => {
    const path = file('per-building-uneven.xlsx')
    await writeXlsx(path, [
      {
        name: '紫荆广场',
        rows: [
          ['企业名称', '统一社会信用代码', '所在楼宇', '联系电话'],
          ['甲公司', code(21), '紫荆广场', '021-65980001'],
        ],
      },
      {
        name: '旭辉广场',
        rows: [
          ['企业名称', '统一社会信用代码', '所在楼宇', '联系电话', '备注'],
          ['乙公司', code(22), '旭辉广场', '021-65980002', '新入驻'],
        ],
      },
      {
        name: '中天大厦',
        rows: [
          ['企业名称', '统一社会信用代码', '所在楼宇'],
          ['丙公司', code(23), '中天大厦'],
        ],
      },
      {
        name: '走访',
        rows: [
          ['企业名称', '走访日期', '走访人员', '企业诉求'],
          ['甲公司', '2023/12/5', '张三', '停车难'],
        ],
      },
    ])
    const b = memoryBackend()
    const r = await runImport(b, { path, kind: 'enterprises' })
    expect(r).toMatchObject({ sheets: ['紫荆广场', '旭辉广场', '中天大厦'], inserted: 3, errors: [] })
    expect(r.warnings.map((w) => [w.sheet, w.message.replace(/^.*?:/, '')])).toEqual([
      ['旭辉广场', '工作表“旭辉广场”与“紫荆广场”相比多了“备注”,已按它自己的表头一并导入'],
      ['中天大厦', '工作表“中天大厦”与“紫荆广场”相比少了“联系电话”,已按它自己的表头一并导入'],
      ['走访', '工作表“走访”的表头与“紫荆广场”不同,未导入(可用 --sheet 单独导入)'],
    ])
    expect(b.ledgers.enterprise.list().map((f) => [f.name, f.notes, f.phone])).toEqual([
      ['甲公司', null, '021-65980001'],
      ['乙公司', '新入驻', '021-65980002'],
      ['丙公司', null, null],
    ])
  })

  it('skips a header repeated mid-sheet and a merged group title', async () => {
    const path = await writeSheet(
      file('grouped.xlsx'),
      'Sheet1',
      [
        ['企业名称', '统一社会信用代码', '所在楼宇'],
        ['紫荆广场', null, null],
        ['甲公司', code(21), '紫荆广场'],
        ['企业名称', '统一社会信用代码', '所在楼宇'],
        ['乙公司', code(22), '旭辉广场'],
      ],
      { merges: ['A2:C2'] },
    )
    const r = await runImport(memoryBackend(), { path, kind: 'enterprises' })
    expect(r).toMatchObject({ inserted: 2, skipped: 2, errors: [] })
    expect(r.warnings.map((w) => [w.row, w.message.includes('分组标题') || w.message.includes('重复的表头')])).toEqual([
      [2, true],
      [4, true],
    ])
  })

  it('takes the first data row for data, not for a second header row under a header merged across columns', async () => {
    // 联系方式 merged over D:E made a two-row header plausible, and 法人 (a synonym of 法定代表人)
    // under 备注 made it score higher: 上海甲 vanished with no error.
    const path = await writeSheet(
      file('first-row.xlsx'),
      'Sheet1',
      [
        ['序号', '企业名称', '统一社会信用代码', '联系方式', null, '备注'],
        [1, '上海甲设计有限公司', code(31), '13812345678', 'a@x.cn', '法人'],
        [2, '上海乙智能科技有限公司', code(32), '13912345678', 'b@x.cn', null],
      ],
      { merges: ['D1:E1'] },
    )
    const b = memoryBackend()
    expect(await previewImport(b, { path, kind: 'enterprises' })).toMatchObject({ headerRow: 1, headerDepth: 1 })
    const r = await runImport(b, { path, kind: 'enterprises' })
    expect(r).toMatchObject({ headerRow: 1, rowsRead: 2, inserted: 2, skipped: 0, errors: [], warnings: [] })
    expect(b.ledgers.enterprise.list().map((f) => [f.name, f.creditCode, f.phone, f.legalRep, f.notes])).toEqual([
      ['上海甲设计有限公司', code(31), '13812345678', null, '法人'],
      ['上海乙智能科技有限公司', code(32), '13912345678', null, null],
    ])
  })

  it('takes the first data row for data when a header cell above it is blank', async () => {
    // 重点 under the blank header of D read as the header 重点企业.
    const path = await writeSheet(file('first-row-blank.xlsx'), 'Sheet1', [
      ['序号', '企业名称', '统一社会信用代码', null, '联系电话'],
      [1, '上海甲设计有限公司', code(33), '重点', '13812345678'],
    ])
    const b = memoryBackend()
    const r = await runImport(b, { path, kind: 'enterprises' })
    expect(r).toMatchObject({ headerRow: 1, rowsRead: 1, inserted: 1, skipped: 0, errors: [], warnings: [] })
    expect(b.ledgers.enterprise.list().map((f) => [f.name, f.creditCode, f.phone, f.isKey])).toEqual([
      ['上海甲设计有限公司', code(33), '13812345678', false],
    ])
  })

  it('reads a units row under the header as part of it, merged or not', async () => {
    const rows = (units: Cell[]): Cell[][] => [
      ['序号', '企业名称', '统一社会信用代码', '注册资本', '成立日期'],
      units,
      [1, '上海甲设计有限公司', code(34), 5000000, '2015/3/4'],
    ]
    const merged = file('units-merged.xlsx')
    await writeXlsx(merged, [
      { name: 'Sheet1', rows: rows([null, null, null, '元', null]), merges: ['A1:A2', 'B1:B2', 'C1:C2', 'E1:E2'] },
    ])
    const plain = file('units-plain.xlsx')
    await writeXlsx(plain, [{ name: 'Sheet1', rows: rows(['', '', '', '（元）', '（年/月/日）']) }])
    for (const path of [merged, plain]) {
      const b = memoryBackend()
      const preview = await previewImport(b, { path, kind: 'enterprises' })
      expect(preview, path).toMatchObject({ headerRow: 1, headerDepth: 2 })
      expect(preview.columns.map((c) => [c.header, c.field])[3], path).toEqual(['注册资本(元)', 'registeredCapital'])
      const r = await runImport(b, { path, kind: 'enterprises' })
      expect(r, path).toMatchObject({ headerRow: 1, rowsRead: 1, inserted: 1, skipped: 0, errors: [], warnings: [] })
      expect(
        b.ledgers.enterprise.list().map((f) => [f.name, f.registeredCapital, f.establishedOn]),
        path,
      ).toEqual([['上海甲设计有限公司', 500, '2015-03-04']])
    }
  })

  it('says when no header can be found', async () => {
    const path = file('noheader.xlsx')
    await writeXlsx(path, [{ name: 'Sheet1', rows: [['随便写的'], ['一些内容']] }])
    const message = await runImport(memoryBackend(), { path, kind: 'enterprises' }).catch((e: Error) => e.message)
    expect(message).toContain('noheader.xlsx')
    expect(message).toContain('没有找到')
  })

  it('rolls back rows already written when the sheet turns out broken further down', async () => {
    const rows = [
      '<row r="1"><c r="A1" t="inlineStr"><is><t>企业名称</t></is></c></row>',
      '<row r="2"><c r="A2" t="inlineStr"><is><t>甲公司</t></is></c></row>',
      '<row r="3"><c r="A3" t="inlineStr"><is><t>乙公司</t></is></c></row>',
      '<row r="4"><c r="A4"><v>1</v></c><<bad/></row>',
    ]
    const xml = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`
    const path = file('半坏.xlsx')
    writeFileSync(path, zipBytes(workbookParts({ name: '', data: Buffer.from(xml) })))
    const b = memoryBackend()
    const message = await runImport(b, { path, kind: 'enterprises' }).catch((e: Error) => e.message)
    expect(message).toContain('半坏.xlsx')
    expect(message).toContain('Sheet1')
    expect(b.stats().enterprises).toBe(0)
  })
})
