/**
 * Subtotal and total rows wherever their label stands (issue #16, part 4), in a 房租减免 summary
 * shaped like the office's own: `紫荆广场小计` in the building column and `3户` in the tenant
 * column, a bare count beside the sums, 合计 under 序号 and in the remarks, full-width and
 * spaced forms. Each file is written by exceljs, saved again by LibreOffice, and as CSV in
 * UTF-8 and GBK. No such row becomes a record or a building; the file's own totals are checked
 * against the imported rows both when they agree and when one is off by a row.
 */
import { rmSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { runImport } from '../../../src/main/import/run'
import { Links } from '../../../src/main/import/links'
import { ReportBuilder } from '../../../src/main/import/report'
import { readSubtotal } from '../../../src/main/import/subtotal'
import { memoryBackend } from '../../support/ledger'
import { SHAPES, writeShaped, type Shape } from '../../fixtures/shapes'
import { scratch, type Cell } from '../../fixtures/workbooks'

const file = scratch('bizledger-totals-')
afterAll(() => rmSync(file.dir, { recursive: true, force: true }))

const HEADER = ['序号', '楼宇名称', '承租方名称', '减免月数', '减免金额(元)', '备注']

/** 紫荆广场 10,000,000 元 in 3 户, 旭辉广场 4,000,000 元 in 2 户: 1,400 万元 in 5 户. */
function reliefRows(opts: { grandTotal?: number; jingCount?: string } = {}): Cell[][] {
  return [
    ['四平路街道2026年房租减免汇总表'],
    HEADER,
    [1, '紫荆广场', '上海甲设计有限公司', 6, 5_000_000, '累计减免3个月'],
    [2, '紫荆广场', '上海乙科技有限公司', 6, 4_000_000, '合计两家分支机构'],
    [3, '紫荆广场', '总计划咖啡店', 3, 1_000_000, null],
    [null, '紫荆广场小计', opts.jingCount ?? '3户', null, 10_000_000, null],
    [4, '旭辉广场', '上海丙贸易有限公司', 6, 3_000_000, null],
    [5, '旭辉广场', '上海丁餐饮有限公司', 3, 1_000_000, null],
    // No label at all: the group's name as above it, a count where a tenant belongs, the sum.
    [null, '旭辉广场', '2户', null, 4_000_000, null],
    ['合　计', null, '5户', null, opts.grandTotal ?? 14_000_000, null],
    [null, null, null, null, opts.grandTotal ?? 14_000_000, '总 计'],
  ]
}

const write = (name: string, shape: Shape, rows: Cell[][]) => writeShaped(file, name, shape, rows, '减免汇总')

describe('subtotal rows wherever their label stands', () => {
  it('reads the label alone, after a group name, spaced, full-width, or a bare count beside sums', () => {
    const prev = [1, '紫荆广场', '上海甲设计有限公司', 6, 5000]
    expect(readSubtotal([null, '紫荆广场小计', '120户', null, 1400])).toMatchObject({
      group: '紫荆广场',
      scope: 'section',
      count: 120,
    })
    expect(readSubtotal(['合 计', null, null, null, 9])).toMatchObject({ group: '', scope: 'all', count: null })
    expect(readSubtotal(['合計', null])).toBeNull() // 計 is not 计: no guess at traditional forms
    expect(readSubtotal(['（合计）'.slice(1, 3) + '（５户）', null, 9])).toMatchObject({ scope: 'all', count: 5 })
    expect(readSubtotal(['本页小计', null, 9])).toMatchObject({ scope: 'section' })
    expect(readSubtotal(['本月合计', null, 9])).toMatchObject({ scope: 'section' })
    expect(readSubtotal([null, '紫荆广场', '81家', null, 1400], prev)).toMatchObject({ group: '紫荆广场', count: 81 })
    // Remarks and names that merely contain a label, and a count beside a firm's own name.
    expect(readSubtotal([1, '紫荆广场', '甲公司', 3, 10, '累计减免3个月'])).toBeNull()
    expect(readSubtotal([1, '紫荆广场', '甲公司', 3, 10, '合计两家分支机构'])).toBeNull()
    expect(readSubtotal([1, '旭辉广场', '总计划咖啡店', 3, 10])).toBeNull()
    expect(readSubtotal([2, '旭辉广场', '上海乙公司', '3家', 10], prev)).toBeNull()
    expect(readSubtotal([null, '紫荆广场', '81家', null, null], prev)).toBeNull()
  })

  for (const shape of SHAPES) {
    it(`${shape}: skips and lists every subtotal row, creates no building for one, and says the totals agree`, async () => {
      const path = await write('agree', shape, reliefRows())
      const b = memoryBackend()
      const r = await runImport(b, { path, kind: 'rent-reliefs' })
      expect(r).toMatchObject({ inserted: 5, skipped: 4, errors: [] })
      expect(r.warnings.filter((w) => w.message.endsWith('合计/小计行,已跳过')).map((w) => w.row)).toEqual([
        6, 9, 10, 11,
      ])
      expect(b.ledgers.building.list().map((x) => x.name)).toEqual(['紫荆广场', '旭辉广场'])
      expect(r.created).toEqual({ 楼宇: ['紫荆广场', '旭辉广场'] })
      expect(b.ledgers.rentRelief.list().map((x) => x.tenantName)).toEqual([
        '上海甲设计有限公司',
        '上海乙科技有限公司',
        '总计划咖啡店',
        '上海丙贸易有限公司',
        '上海丁餐饮有限公司',
      ])
      expect(r.totals?.agrees).toBe(true)
      expect(r.totals?.summary).toBe('文件合计 1,400 万元,与导入的 5 条之和一致')
      expect(r.totals?.groups.map((g) => [g.row, g.group, g.fileCount, g.importedCount, g.agrees])).toEqual([
        [6, '紫荆广场', 3, 3, true],
        [9, '旭辉广场', 2, 2, true],
        [10, '全部', 5, 5, true],
        [11, '全部', null, 5, true],
      ])
    })
  }

  for (const shape of SHAPES) {
    it(`${shape}: a 合计 off by one row's amount, and a 小计 off by one row, are shown by group`, async () => {
      const path = await write('off', shape, reliefRows({ grandTotal: 15_000_000, jingCount: '4户' }))
      const b = memoryBackend()
      const r = await runImport(b, { path, kind: 'rent-reliefs' })
      expect(r).toMatchObject({ inserted: 5, skipped: 4, errors: [] })
      expect(r.totals?.agrees).toBe(false)
      const off = r.totals!.groups.filter((g) => !g.agrees)
      expect(off.map((g) => g.text)).toEqual([
        '紫荆广场:文件 4 户、1,000 万元,导入 3 条、1,000 万元,相差 1 条',
        '全部:文件 5 户、1,500 万元,导入 5 条、1,400 万元,相差 100 万元',
        '全部:文件 1,500 万元,导入 5 条、1,400 万元,相差 100 万元',
      ])
      expect(r.totals?.summary).toMatch(/^文件的合计与导入的不一致\(3 处\):紫荆广场:文件 4 户/)
      expect(r.totals?.groups.find((g) => g.group === '旭辉广场')?.agrees).toBe(true)
    })
  }

  it('compares with what was imported: a refused row makes its group differ', async () => {
    const rows = reliefRows()
    rows[6] = [4, '旭辉广场', null, 6, 3_000_000, null] // no tenant: refused
    const path = await write('refused', 'exceljs', rows)
    const r = await runImport(memoryBackend(), { path, kind: 'rent-reliefs' })
    expect(r.inserted).toBe(4)
    expect(r.errors).toHaveLength(1)
    expect(r.totals?.groups.find((g) => g.group === '旭辉广场')?.text).toBe(
      '旭辉广场:文件 2 户、400 万元,导入 1 条、100 万元,相差 1 条、300 万元;文件本身的合计无误,差额来自未导入的 1 行(第7行)',
    )
  })

  it('a bare 合计 closing each group sums its own group', async () => {
    const path = await write('bare', 'exceljs', [
      ['楼宇名称', '承租方名称', '减免金额(元)'],
      ['紫荆广场', '上海甲设计有限公司', 3000],
      ['紫荆广场', '上海乙科技有限公司', 2000],
      ['合计', null, 5000],
      ['旭辉广场', '上海丙贸易有限公司', 1000],
      ['合计', null, 1000],
    ])
    const r = await runImport(memoryBackend(), { path, kind: 'rent-reliefs' })
    expect(r.totals?.agrees).toBe(true)
    expect(r.totals?.groups.map((g) => g.group)).toEqual(['全部', '第5–5行'])
  })

  it('never creates a building, person or partner named by a subtotal’s label, however it comes', () => {
    const b = memoryBackend()
    const links = new Links(b, new ReportBuilder('x.xlsx'))
    expect(links.ref('building', '紫荆广场小计')).toBeNull()
    expect(links.ref('staff', '合 计')).toBeNull()
    expect(links.ref('partner', '120户')).toBeNull()
    expect(links.ref('building', '紫荆广场')).toBeTypeOf('number')
    expect(b.ledgers.building.list().map((x) => x.name)).toEqual(['紫荆广场'])
    expect(b.ledgers.staff.list()).toEqual([])
    expect(b.ledgers.partner.list()).toEqual([])
  })

  it('says nothing of totals for a file without any', async () => {
    const path = await write('none', 'exceljs', [HEADER, [1, '紫荆广场', '上海甲设计有限公司', 6, 5000, null]])
    const r = await runImport(memoryBackend(), { path, kind: 'rent-reliefs' })
    expect(r.totals).toBeUndefined()
    expect('totals' in r).toBe(false)
  })
})
