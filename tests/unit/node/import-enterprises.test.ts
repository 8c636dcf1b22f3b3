/**
 * The firm directory imported the way the office expects: values read in every form, codes
 * checked, links created, duplicates caught, the three modes, and the whole import one
 * audited, undoable, cancellable transaction. Importing the same file twice changes nothing.
 */
import { rmSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { undoBatch } from '../../../src/main/import/batches'
import { previewImport } from '../../../src/main/import/preview'
import { runImport } from '../../../src/main/import/run'
import { memoryBackend } from '../../support/ledger'
import { badCode, code, scratch, writeSheet, writeXlsx, type Cell } from '../../fixtures/workbooks'

const file = scratch()
afterAll(() => rmSync(file.dir, { recursive: true, force: true }))

const HEADER: Cell[] = [
  '企业名称',
  '统一社会信用代码',
  '行业',
  '所在楼宇',
  '注册资本(万元)',
  '成立日期',
  '联系人',
  '联系电话',
  '重点企业',
  '服务专员',
  '招商伙伴',
  '备注',
]

async function sheet(name: string, rows: Cell[][], dateColumns?: number[]) {
  const path = file(name)
  await writeXlsx(path, [{ name: '企业名录', rows: [HEADER, ...rows], dateColumns }])
  return path
}

const serial = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000 + 25_569

describe('the firm directory', () => {
  it('reads every value form into the stored field, and creates what rows name', async () => {
    const path = await sheet(
      'forms.xlsx',
      [
        [
          '上海甲设计有限公司',
          code(1),
          '建筑设计',
          '紫荆广场',
          '500万',
          serial(2015, 3, 4),
          '张三',
          2165983000,
          '是',
          '王建国',
          '同济科技园',
          null,
        ],
        [
          '上海乙科技有限公司',
          code(2).toLowerCase(),
          '智能制造',
          '旭辉广场',
          '1,000',
          '2015/3/4',
          '李四',
          '13800000001',
          '√',
          '王建国、',
          null,
          null,
        ],
        [
          '上海丙咨询有限公司',
          ` ${code(3).slice(0, 9)}-${code(3).slice(9)} `,
          '建筑设计',
          '紫荆广场',
          '500万元',
          '2015年3月4日',
          null,
          null,
          '✓',
          null,
          null,
          '=HYPERLINK("x")',
        ],
        ['上海丁软件有限公司', null, null, null, 500, '2015.03.04', null, null, '×', null, null, '+86 备用'],
        ['上海戊文化有限公司', null, null, null, '1,000', '20150304', null, null, null, null, null, '-待补充'],
      ],
      [6],
    )
    const b = memoryBackend()
    const r = await runImport(b, { path, kind: 'enterprises' })
    expect(r).toMatchObject({ rowsRead: 5, inserted: 5, updated: 0, unchanged: 0, skipped: 0, errors: [] })
    expect(r.created).toEqual({
      行业: ['建筑设计', '智能制造'],
      楼宇: ['紫荆广场', '旭辉广场'],
      人员: ['王建国'],
      招商合作伙伴: ['同济科技园'],
    })
    const firms = b.ledgers.enterprise.list()
    expect(firms.map((f) => f.registeredCapital)).toEqual([500, 1000, 500, 500, 1000])
    expect(new Set(firms.map((f) => f.establishedOn))).toEqual(new Set(['2015-03-04']))
    expect(firms.map((f) => f.isKey)).toEqual([true, true, true, false, false])
    expect(firms.map((f) => f.creditCode)).toEqual([code(1), code(2), code(3), null, null])
    expect(firms.map((f) => f.notes)).toEqual([null, null, '=HYPERLINK("x")', '+86 备用', '-待补充'])
    expect(firms[0]).toMatchObject({ phone: '02165983000', industryName: '建筑设计', buildingName: '紫荆广场' })
    expect(firms[0]).toMatchObject({ specialistName: '王建国', partnerName: '同济科技园' })
    // The phone's lost 0, put back; the code written with spaces and a dash, normalised.
    expect(r.warnings.map((w) => w.row)).toEqual([2, 4])
    expect(r.warnings[1]).toMatchObject({ column: '统一社会信用代码' })
    expect(r.warnings[1].message).toContain(`已规范为“${code(3)}”`)
    expect(b.ledgers.building.count()).toBe(2)
  })

  it('reads 注册资本 in the unit its header names behind 人民币, and leaves a foreign currency out, saying so', async () => {
    const capital = async (header: string, value: Cell) => {
      const path = await writeSheet(file(`capital-${header}.xlsx`), '企业名录', [
        ['企业名称', '统一社会信用代码', header],
        ['上海甲设计有限公司', code(1), value],
      ])
      const b = memoryBackend()
      const preview = await previewImport(b, { path, kind: 'enterprises' })
      const r = await runImport(b, { path, kind: 'enterprises' })
      return { preview, r, stored: b.ledgers.enterprise.list().map((f) => f.registeredCapital) }
    }
    for (const [header, value] of [
      ['注册资本(人民币元)', 5_000_000],
      ['注册资本（元人民币）', 5_000_000],
      ['注册资本(万元人民币)', 500],
      ['注册资本(人民币万元)', 500],
    ] as const) {
      const { r, stored } = await capital(header, value)
      expect(r, header).toMatchObject({ headerRow: 1, rowsRead: 1, inserted: 1, errors: [], warnings: [] })
      expect(stored, header).toEqual([500])
    }
    // 100 万美元 is not 100 万元: the column is not imported, and the report says why.
    const { preview, r, stored } = await capital('注册资本(万美元)', 100)
    expect(preview.columns.map((c) => c.field)).toEqual(['name', 'creditCode', null])
    expect(preview.warnings.map((w) => w.message)).toEqual([r.warnings[0]?.message])
    expect(r).toMatchObject({ headerRow: 1, rowsRead: 1, inserted: 1, errors: [] })
    expect(r.warnings.map((w) => [w.row, w.column])).toEqual([[1, '注册资本(万美元)']])
    expect(r.warnings[0].message).toContain('C列')
    expect(r.warnings[0].message).toContain('美元')
    expect(r.warnings[0].message).toContain('本列未导入')
    expect(stored).toEqual([null])
  })

  it('refuses a code that fails its check, naming the row and column; never stores a code as a number', async () => {
    const path = await sheet('codes.xlsx', [
      ['上海甲设计有限公司', code(1)],
      ['上海乙科技有限公司', badCode(2)],
      ['上海丙咨询有限公司', 913101100000000000],
      ['上海丁软件有限公司', 'ABC'],
    ])
    const b = memoryBackend()
    const r = await runImport(b, { path, kind: 'enterprises' })
    expect(r).toMatchObject({ rowsRead: 4, inserted: 1 })
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([
      [3, '统一社会信用代码'],
      [4, '统一社会信用代码'],
      [5, '统一社会信用代码'],
    ])
    expect(r.errors[0].value).toBe(badCode(2))
    expect(r.errors[0].message).toContain('codes.xlsx')
    expect(r.errors[0].message).toContain('工作表“企业名录”第3行B列')
    expect(r.errors[0].message).toContain('第18位')
    expect(r.errors[1].message).toContain('存成了数字')
    expect(r.errors[2].message).toContain('18位')
    expect(typeof b.ledgers.enterprise.list()[0].creditCode).toBe('string')
  })

  it('can import firms with a failing code flagged for review, without the code', async () => {
    const path = await sheet('flag.xlsx', [['上海乙科技有限公司', badCode(2)]])
    const b = memoryBackend()
    const r = await runImport(b, { path, kind: 'enterprises', flagBadCodes: true })
    expect(r).toMatchObject({ inserted: 1, errors: [] })
    expect(r.warnings[0].message).toContain('待核实')
    const [firm] = b.ledgers.enterprise.list()
    expect(firm.creditCode).toBeNull()
    expect(firm.reviewNote).toContain(badCode(2))
    const again = await runImport(b, { path, kind: 'enterprises', flagBadCodes: true })
    expect(again).toMatchObject({ inserted: 0, unchanged: 1 })
  })

  it('reports rows repeating an earlier key once, and writes them once', async () => {
    const path = await sheet('dups.xlsx', [
      ['上海甲设计有限公司', code(1)],
      ['上海甲设计有限公司(重复)', code(1).toLowerCase()],
      ['上海乙科技有限公司', null],
      [' 上海乙科技有限公司 ', null],
      ['上海丙咨询有限公司', code(3)],
      ['上海丙咨询有限公司', code(4)], // same name, another code: another firm
    ])
    const b = memoryBackend()
    const r = await runImport(b, { path, kind: 'enterprises' })
    expect(r).toMatchObject({ rowsRead: 6, inserted: 4 })
    expect(r.errors.map((e) => [e.row, e.message.includes(`与第${e.row - 1}行重复`)])).toEqual([
      [3, true],
      [5, true],
    ])
    expect(b.stats().enterprises).toBe(4)
  })

  it('upsert: updates what differs, never erases with a blank, and a second import changes nothing', async () => {
    const b = memoryBackend()
    b.ledgers.enterprise.create({
      name: '上海甲设计有限公司',
      creditCode: code(1),
      contact: '原联系人',
      phone: '021-1',
    })
    b.ledgers.enterprise.create({ name: '上海乙科技有限公司', contact: '老王' })
    const path = await sheet('upsert.xlsx', [
      ['上海甲设计有限公司', code(1), null, null, 800, null, null, '021-2'],
      ['上海乙科技有限公司', code(2), null, null, null, null, null, null],
      ['上海丙咨询有限公司', code(3)],
    ])
    const r = await runImport(b, { path, kind: 'enterprises' })
    expect(r).toMatchObject({ inserted: 1, updated: 2, unchanged: 0, errors: [] })
    const [jia, yi] = b.ledgers.enterprise.list()
    expect(jia).toMatchObject({ contact: '原联系人', phone: '021-2', registeredCapital: 800 })
    expect(yi).toMatchObject({ contact: '老王', creditCode: code(2) }) // matched by name, code filled in
    const audits = () => b.db.prepare('SELECT count(*) FROM audit_log').pluck().get()
    const batches = () => b.db.prepare('SELECT count(*) FROM history_batch').pluck().get()
    const before = [audits(), batches()]
    const again = await runImport(b, { path, kind: 'enterprises' })
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 3, errors: [] })
    // Nothing written: no audit rows, and no empty batch for Ctrl+Z to stop at.
    expect([audits(), batches()]).toEqual(before)
  })

  it('仅新增 refuses rows of existing firms; 跳过已有 skips them', async () => {
    const b = memoryBackend()
    b.ledgers.enterprise.create({ name: '上海甲设计有限公司', creditCode: code(1), contact: '原' })
    const path = await sheet('modes.xlsx', [
      ['上海甲设计有限公司', code(1), null, null, null, null, '新'],
      ['上海乙科技有限公司', code(2)],
    ])
    const insert = await runImport(b, { path, kind: 'enterprises', mode: 'insert', dryRun: true })
    expect(insert).toMatchObject({ inserted: 1, updated: 0 })
    expect(insert.errors.map((e) => [e.row, e.message.includes('已存在')])).toEqual([[2, true]])
    const skip = await runImport(b, { path, kind: 'enterprises', mode: 'skip' })
    expect(skip).toMatchObject({ inserted: 1, skipped: 1, errors: [] })
    expect(b.ledgers.enterprise.list()[0].contact).toBe('原')
  })

  it('rejects only a row without its name; a bad optional value is left blank and warned of', async () => {
    const path = await sheet('bad.xlsx', [
      [null, null, null, null, null, null, '只有联系人'],
      ['上海甲设计有限公司', null, null, null, '很多', '下周'],
      ['上海乙科技有限公司', null, null, '失败大厦', -5],
      ['上海丙咨询有限公司', null, null, '紫荆广场'],
    ])
    const b = memoryBackend()
    const r = await runImport(b, { path, kind: 'enterprises' })
    expect(r).toMatchObject({ rowsRead: 4, inserted: 3 })
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([[2, '企业名称']])
    expect(r.errors[0].message).toContain('请填写企业名称')
    expect(r.warnings.map((w) => [w.row, w.column, w.value])).toEqual([
      [3, '注册资本(万元)', '很多'],
      [3, '成立日期', '下周'],
      [4, '注册资本(万元)', '-5'],
    ])
    expect(r.warnings.every((w) => w.message.includes('留空导入'))).toBe(true)
    expect(r.warnings[2].message).toContain('不能为负')
    const firms = b.ledgers.enterprise.list()
    expect(firms.map((f) => [f.name, f.registeredCapital, f.establishedOn])).toEqual([
      ['上海甲设计有限公司', null, null],
      ['上海乙科技有限公司', null, null],
      ['上海丙咨询有限公司', null, null],
    ])
    expect(r.created).toEqual({ 楼宇: ['失败大厦', '紫荆广场'] })
  })

  it('a row the database itself refuses is reported, and the rows after it go in', async () => {
    const path = await sheet('refused.xlsx', [
      ['上海甲设计有限公司', code(1)],
      ['上海乙科技有限公司', code(2)],
      ['上海丙咨询有限公司', code(3)],
    ])
    const b = memoryBackend()
    // A rule the ledger's validation does not know: the INSERT of 乙 fails inside SQLite.
    b.db.exec(`CREATE TRIGGER refuse BEFORE INSERT ON enterprise WHEN NEW.name = '上海乙科技有限公司'
      BEGIN INSERT INTO enterprise (name, registered_capital) VALUES ('内部', -1); END`)
    const r = await runImport(b, { path, kind: 'enterprises' })
    expect(r).toMatchObject({ rowsRead: 3, inserted: 2 })
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([[3, '企业名称']])
    expect(b.ledgers.enterprise.list().map((x) => x.name)).toEqual(['上海甲设计有限公司', '上海丙咨询有限公司'])
    const audited = b.db.prepare("SELECT count(*) FROM audit_log WHERE entity = 'enterprise'").pluck().get()
    expect(audited).toBe(2)
  })

  it('writes the whole import under one audit batch, recorded for 撤销本次导入, which undoes it', async () => {
    const b = memoryBackend()
    const existing = b.ledgers.enterprise.create({ name: '上海甲设计有限公司', creditCode: code(1), contact: '原' })
    const path = await sheet('undo.xlsx', [
      ['上海甲设计有限公司', code(1), null, '紫荆广场', null, null, '新'],
      ['上海乙科技有限公司', code(2), '软件', '紫荆广场'],
    ])
    const r = await runImport(b, { path, kind: 'enterprises' })
    expect(r.batchId).toBeTruthy()
    const batches = b.db.prepare('SELECT DISTINCT batch FROM audit_log WHERE id > 1').pluck().all()
    expect(batches).toEqual([r.batchId])
    expect(b.db.prepare('SELECT kind, actor FROM history_batch WHERE batch = ?').get(r.batchId)).toEqual({
      kind: 'change',
      actor: '测试员',
    })
    expect(b.db.prepare('SELECT inserted, updated, file FROM import_batch WHERE id = ?').get(r.batchId)).toEqual({
      inserted: 1,
      updated: 1,
      file: 'undo.xlsx',
    })
    const undone = undoBatch(b, r.batchId!)
    expect(undone).toMatchObject({ deleted: 3, restored: 1 }) // the firm, its building and industry; the update
    expect(b.ledgers.enterprise.list()).toEqual([
      expect.objectContaining({ id: existing.id, contact: '原', buildingId: null }),
    ])
    expect(b.stats().buildings).toBe(0)
    expect(() => undoBatch(b, r.batchId!)).toThrow('已于')
  })

  it('a dry run reports the same and changes nothing', async () => {
    const b = memoryBackend()
    const path = await sheet('dry.xlsx', [['上海甲设计有限公司', code(1), null, '紫荆广场']])
    const r = await runImport(b, { path, kind: 'enterprises', dryRun: true })
    expect(r).toMatchObject({ inserted: 1, dryRun: true, batchId: null, created: { 楼宇: ['紫荆广场'] } })
    expect(b.stats()).toMatchObject({ enterprises: 0, buildings: 0 })
    expect(b.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(0)
    expect(
      b.db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%search%'").pluck().get(),
    ).toBe(12)
  })

  it('cancels between rows and leaves the database exactly as before', async () => {
    const rows: Cell[][] = Array.from({ length: 3000 }, (_, i) => [`企业${i}`, code(i)])
    const path = await sheet('cancel.xlsx', rows)
    const b = memoryBackend()
    b.ledgers.enterprise.create({ name: '已有企业' })
    const controller = new AbortController()
    const message = await runImport(b, {
      path,
      kind: 'enterprises',
      signal: controller.signal,
      onProgress: (p) => p.rowsRead >= 1000 && controller.abort(),
    }).catch((e: Error) => e.message)
    expect(message).toContain('已取消')
    expect(b.stats().enterprises).toBe(1)
    expect(b.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(1)
    expect(b.db.inTransaction).toBe(false)
    expect(b.audit.batch).toBeNull()
  })

  it('keeps the search index in step with what it wrote', async () => {
    const b = memoryBackend()
    b.ledgers.enterprise.create({ name: '上海甲设计有限公司', creditCode: code(1) })
    const path = await sheet('search.xlsx', [
      ['上海甲设计研究院有限公司', code(1)],
      ['上海紫荆智能科技有限公司', code(2)],
    ])
    await runImport(b, { path, kind: 'enterprises' })
    const hits = (term: string) =>
      b.db.prepare("SELECT ref FROM search_index WHERE kind = 'enterprise' AND text MATCH ?").pluck().all(`"${term}"`)
    expect(hits('紫荆智能')).toEqual([2])
    expect(hits('设计研究院')).toEqual([1])
    expect(hits('甲设计有限')).toEqual([])
  })

  it('remembers a mapping the user chose for the next file with the same headers', async () => {
    const b = memoryBackend()
    const path = await writeSheet(file('custom.xlsx'), 'Sheet1', [
      ['单位', '代码', '楼'],
      ['上海甲设计有限公司', code(1), '紫荆广场'],
    ])
    const mapping = ['name', 'creditCode', 'buildingId']
    const r = await runImport(b, { path, kind: 'enterprises', mapping, headerRow: 1 })
    expect(r).toMatchObject({ inserted: 1, errors: [] })
    const next = await writeSheet(file('custom-2.xlsx'), 'Sheet1', [
      ['单位', '代码', '楼'],
      ['上海乙科技有限公司', code(2), '旭辉广场'],
    ])
    const r2 = await runImport(b, { path: next, kind: 'enterprises' })
    expect(r2).toMatchObject({ inserted: 1, errors: [] })
    expect(b.ledgers.enterprise.list().map((f) => f.buildingName)).toEqual(['紫荆广场', '旭辉广场'])
  })
})
