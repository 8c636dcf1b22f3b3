/**
 * Field workbooks (issue #17), 走访任务表: written per 楼掌柜 / 服务专员 / building, read back by
 * an xlsx reader of the tests' own (tests/support/xlsx-xml.ts, no exceljs) for the locked
 * cells, drop-downs, date checks, print setup and names; then filled the way people fill them,
 * by exceljs (not the app's streaming writer) and by LibreOffice, and imported back.
 */
import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import type { Backend } from '../../../src/main/app/backend'
import { fieldBookStatus } from '../../../src/main/fieldbooks/sent'
import { writeTaskBooks } from '../../../src/main/fieldbooks/tasks'
import { undoBatch } from '../../../src/main/import/batches'
import { previewImport } from '../../../src/main/import/preview'
import { runImport } from '../../../src/main/import/run'
import { MARKER_SHEETS } from '../../../src/shared/domain/field-workbooks'
import { CODES, fieldLedger } from '../../fixtures/field-workbooks'
import { hasSoffice, resaveWithLibreOffice } from '../../fixtures/libreoffice'
import { scratch } from '../../fixtures/workbooks'
import { memoryBackend, scalar } from '../../support/ledger'
import { readXlsx, type XSheet } from '../../support/xlsx-xml'

const file = scratch('bizledger-fieldbooks-')
afterAll(() => rmSync(file.dir, { recursive: true, force: true }))

let b: Backend
let f: ReturnType<typeof fieldLedger>
let n = 0
/** A fresh folder per test: the same file names come out every time. */
let dir: string
beforeEach(() => {
  b = memoryBackend()
  f = fieldLedger(b)
  dir = file(`t${++n}`)
  mkdirSync(dir)
})

/** Column number (1-based) of a header in the header row. */
function colOf(ws: ExcelJS.Worksheet, header: string, headerRow = 3): number {
  let found = 0
  ws.getRow(headerRow).eachCell((c, i) => {
    if (String(c.value) === header) found = i
  })
  if (!found) throw new Error(`no column ${header}`)
  return found
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`)

/** Fills a task sheet as a visitor would in Excel: by the firm's row, found by its credit code. */
async function fillTasks(
  path: string,
  rows: Record<string, Record<string, unknown>>,
  edit?: (wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet) => void,
  out = path.replace(/\.xlsx$/, '-已填.xlsx'),
): Promise<string> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(path)
  const ws = wb.worksheets[0]
  const code = colOf(ws, '统一社会信用代码')
  ws.eachRow((row, r) => {
    if (r <= 3) return
    const values = rows[String(row.getCell(code).value)]
    if (!values) return
    for (const [header, v] of Object.entries(values)) row.getCell(colOf(ws, header)).value = v as ExcelJS.CellValue
  })
  edit?.(wb, ws)
  await wb.xlsx.writeFile(out)
  return out
}

const taskBooks = (by: 'manager' | 'specialist' | 'building' = 'manager') =>
  writeTaskBooks(b, { campaignId: f.campaign, by, dir })

function sheetOf(path: string, name: string): XSheet {
  const s = readXlsx(path).sheets.find((x) => x.name === name)
  if (!s) throw new Error(`no sheet ${name}`)
  return s
}

describe('走访任务表 out', () => {
  it('writes one workbook per 楼掌柜 with the firms not yet visited, named by campaign and person', async () => {
    const r = await taskBooks()
    expect(r.files.map((x) => x.file)).toEqual(['2026冬令大走访-走访任务表-杨峰东.xlsx'])
    const path = join(dir, r.files[0].file)
    const book = readXlsx(path)
    const ws = book.sheets[0]
    expect(ws.name).toBe('走访任务表')
    expect(ws.value('A1')).toBe('2026冬令大走访走访任务表(楼掌柜:杨峰东)')
    expect(String(ws.value('A2'))).toContain('2026-11-01 至 2026-12-31')
    const header = Array.from({ length: 19 }, (_, i) => ws.value(`${String.fromCharCode(65 + i)}3`))
    expect(header).toEqual([
      '序号', '企业名称', '统一社会信用代码', '楼宇/房间', '联系人', '电话', '上次走访', '未办结诉求', '走访活动',
      '走访日期', '走访人', '走访形式', '走访情况', '诉求1类别', '诉求1内容', '诉求2类别', '诉求2内容', '诉求3类别', '诉求3内容',
    ]) // prettier-ignore
    // Four firms in operation not yet visited (the visited one is left out), building by building.
    const codes = [4, 5, 6, 7].map((row) => ws.value(`C${row}`))
    expect(new Set(codes)).toEqual(new Set([CODES.zijing, CODES.xuhui, CODES.zhongtian, CODES.gone]))
    expect(ws.value('C8')).toBeNull()
    const zijingRow = 4 + codes.indexOf(CODES.zijing)
    expect(ws.value(`D${zijingRow}`)).toBe('紫荆广场 1203')
    expect(ws.value(`F${zijingRow}`)).toBe('021-65981234')
    expect(ws.value(`I${zijingRow}`)).toBe('2026冬令大走访')
  })

  it('locks the identity, leaves the cells to fill open, and protects the sheet without a password', async () => {
    const path = join(dir, (await taskBooks()).files[0].file)
    const ws = sheetOf(path, '走访任务表')
    expect(ws.protection).not.toBeNull()
    expect(ws.protection!.sheet).toBe('1')
    expect(ws.protection!.hashValue ?? ws.protection!.password).toBeUndefined()
    for (const c of ['A', 'B', 'C', 'D', 'G', 'H', 'I']) expect(ws.styleOf(`${c}4`).locked, c).toBe(true)
    for (const c of ['J', 'K', 'L', 'M', 'N', 'O', 'S']) expect(ws.styleOf(`${c}5`).locked, c).toBe(false)
    expect(ws.styleOf('J3').locked).toBe(true) // the header too
  })

  it('checks 走访日期 against the campaign and offers 走访形式 and 诉求类别 as drop-downs', async () => {
    const path = join(dir, (await taskBooks()).files[0].file)
    const ws = sheetOf(path, '走访任务表')
    const at = (col: string) => ws.validations.find((v) => v.sqref.split(/\s+/).some((r) => r.startsWith(`${col}4`)))
    const date = at('J')!
    expect(date.type).toBe('date')
    // Excel serials of 2026-11-01 and 2026-12-31.
    expect(date.formulae.map(Number)).toEqual([46327, 46387])
    expect(date.sqref).toBe('J4:J7')
    expect(at('L')).toMatchObject({ type: 'list', formulae: ['"上门走访,座谈会,电话回访"'] })
    for (const c of ['N', 'P', 'R'])
      expect(at(c)).toMatchObject({ type: 'list', formulae: ['"融资需求,人才招聘,政策咨询"'] })
    expect(at('M')).toBeUndefined()
  })

  it('prints on A4 landscape, one page wide, the header on every page; the marker sheet is hidden', async () => {
    const path = join(dir, (await taskBooks()).files[0].file)
    const book = readXlsx(path)
    const ws = book.sheets[0]
    expect(ws.pageSetup).toMatchObject({ paperSize: '9', orientation: 'landscape', fitToWidth: '1', fitToHeight: '0' })
    expect(ws.fitToPage).toBe(true)
    expect(book.definedNames.find((d) => d.name === '_xlnm.Print_Titles')?.ref).toContain('$3:$3')
    expect(book.sheets.map((s) => [s.name, s.state])).toEqual([
      ['走访任务表', 'visible'],
      [MARKER_SHEETS['visit-tasks'], 'hidden'],
    ])
  })

  it('writes one workbook per 服务专员 or per building, firms without one under 未定…', async () => {
    const bySpecialist = await taskBooks('specialist')
    expect(bySpecialist.files.map((x) => [x.file, x.rows])).toEqual([
      ['2026冬令大走访-走访任务表-陈晓.xlsx', 1],
      ['2026冬令大走访-走访任务表-未定服务专员.xlsx', 3],
    ])
    const byBuilding = await taskBooks('building')
    expect(byBuilding.files.map((x) => [x.name, x.rows]).sort()).toEqual([
      ['旭辉广场', 1],
      ['紫荆广场', 3],
    ])
  })
})

describe('走访任务表 back in', () => {
  it('turns filled rows into visits and requests, skips blank rows without a word, and changes nothing the second time', async () => {
    const sent = join(dir, (await taskBooks()).files[0].file)
    const filled = await fillTasks(
      sent,
      {
        [CODES.zijing]: {
          走访日期: day('2026-11-05'),
          走访人: '杨峰东、王丽',
          走访形式: '上门走访',
          走访情况: '企业经营平稳,拟扩租',
          诉求1类别: '融资需求',
          诉求1内容: '希望对接银行科技贷款',
          诉求2类别: '人才招聘',
          诉求2内容: '招聘结构工程师两名',
        },
        [CODES.xuhui]: { 走访日期: day('2026-11-20'), 走访形式: '电话回访', 走访情况: '电话了解近况' },
      },
      // Re-sorted (the rows in another order), a column of the visitor's own, a sheet renamed.
      (_wb, ws) => {
        const rows = [4, 5, 6, 7].map((r) => Array.from({ length: 20 }, (_, c) => ws.getRow(r).getCell(c + 1).value))
        rows.reverse().forEach((values, i) => {
          const row = ws.getRow(4 + i)
          values.forEach((v, c) => (row.getCell(c + 1).value = v ?? null))
        })
        ws.getCell('T3').value = '我的备注'
        ws.getCell('T4').value = '下周再去'
        ws.name = '杨峰东的任务'
      },
    )
    const report = await runImport(b, { path: filled, kind: 'visit-tasks' })
    expect(report.errors).toEqual([])
    expect(report.inserted).toBe(2)
    expect(report.requestsInserted).toBe(2)
    expect(report.skipped).toBe(2)
    // The visitor's own column is said once, under the header; the blank rows not at all.
    expect(report.warnings.map((w) => w.message).join('\n')).not.toMatch(/第[567]行/)

    const visits = b.db
      .prepare(
        `SELECT e.credit_code AS code, v.visited_on AS visitedOn, v.form, v.summary, v.campaign_id AS campaignId,
                (SELECT group_concat(s.name, '、') FROM visit_visitor x JOIN staff s ON s.id = x.staff_id WHERE x.visit_id = v.id) AS visitors
         FROM visit v JOIN enterprise e ON e.id = v.enterprise_id WHERE v.campaign_id = ? AND e.credit_code <> ? ORDER BY v.visited_on`,
      )
      .all(f.campaign, CODES.visited)
    expect(visits).toEqual([
      {
        code: CODES.zijing,
        visitedOn: '2026-11-05',
        form: '上门走访',
        summary: '企业经营平稳,拟扩租',
        campaignId: f.campaign,
        visitors: expect.stringMatching(/^(杨峰东、王丽|王丽、杨峰东)$/),
      },
      { code: CODES.xuhui, visitedOn: '2026-11-20', form: '电话回访', summary: '电话了解近况', campaignId: f.campaign, visitors: null },
    ]) // prettier-ignore
    const requests = b.db
      .prepare(
        `SELECT c.name AS category, r.content, r.received_on AS receivedOn, r.status FROM request r
         JOIN dictionary c ON c.id = r.category_id ORDER BY r.id`,
      )
      .all()
    expect(requests).toEqual([
      { category: '融资需求', content: '希望对接银行科技贷款', receivedOn: '2026-11-05', status: '受理' },
      { category: '人才招聘', content: '招聘结构工程师两名', receivedOn: '2026-11-05', status: '受理' },
    ])

    const counts = () => [scalar(b, 'SELECT count(*) FROM visit'), scalar(b, 'SELECT count(*) FROM request')]
    const before = counts()
    const again = await runImport(b, { path: filled, kind: 'visit-tasks' })
    expect([again.inserted, again.updated, again.unchanged, again.errors.length]).toEqual([0, 0, 2, 0])
    expect(counts()).toEqual(before)

    const [status] = fieldBookStatus(b.db, 'visit-tasks', f.campaign)
    expect(status).toMatchObject({ grouping: '楼掌柜', name: '杨峰东', total: 4, done: 2 })
    expect(status.returnedAt).not.toBeNull()
    // Undone like any import: the visits and requests go, and the firms are to do again.
    undoBatch(b, report.batchId!)
    expect(counts()).toEqual([1, 0])
    expect(fieldBookStatus(b.db, 'visit-tasks', f.campaign)[0]).toMatchObject({ done: 0 })
  })

  it('refuses a date outside the campaign, a firm that moved out and a code not in the ledger, row by row', async () => {
    const sent = join(dir, (await taskBooks()).files[0].file)
    b.ledgers.enterprise.update(f.firms.gone, { status: '迁出' })
    const filled = await fillTasks(sent, {
      [CODES.zijing]: { 走访日期: day('2027-01-05'), 走访形式: '上门走访' },
      [CODES.gone]: { 走访日期: day('2026-11-06'), 走访形式: '上门走访' },
      [CODES.xuhui]: { 走访日期: day('2026-11-07'), 走访形式: '座谈会' },
      [CODES.zhongtian]: { 走访日期: day('2026-11-08'), 统一社会信用代码: CODES.stranger },
    })
    const report = await runImport(b, { path: filled, kind: 'visit-tasks' })
    expect(report.inserted).toBe(1)
    const says = report.errors.map((e) => e.message).join('\n')
    expect(says).toContain(
      '第6行J列“走访日期”:走访日期 2027-01-05 不在“2026冬令大走访”的日期内(2026-11-01 至 2026-12-31)',
    )
    expect(says).toMatch(/企业“上海将迁出贸易有限公司”已迁出/)
    expect(says).toContain(`统一社会信用代码 ${CODES.stranger} 不在企业名录中`)
    expect(report.errors).toHaveLength(3)
    for (const e of report.errors) expect(e.message).toMatch(/工作表“走访任务表”第\d+行/)
    expect(scalar(b, 'SELECT count(*) FROM visit WHERE visited_on = ?', '2026-11-07')).toBe(1)
    expect(fieldBookStatus(b.db, 'visit-tasks', f.campaign)[0].returnedAt).not.toBeNull()
    // Its only import undone, the workbook is no longer returned.
    undoBatch(b, report.batchId!)
    expect(fieldBookStatus(b.db, 'visit-tasks', f.campaign)[0]).toMatchObject({ returnedAt: null, done: 0 })
  })

  it('is told by its header without the marker sheet, and by its marker alone in the wizard', async () => {
    const sent = join(dir, (await taskBooks()).files[0].file)
    expect((await previewImport(b, { path: sent })).kind).toBe('visit-tasks')
    const bare = await fillTasks(sent, { [CODES.xuhui]: { 走访日期: day('2026-11-07') } }, (wb) =>
      wb.removeWorksheet(wb.getWorksheet(MARKER_SHEETS['visit-tasks'])!.id),
    )
    const preview = await previewImport(b, { path: bare })
    expect(preview.kind).toBe('visit-tasks')
    expect(preview.warnings).toEqual([])
    const report = await runImport(b, { path: bare, kind: 'visit-tasks' })
    expect([report.inserted, report.errors.length]).toEqual([1, 0])
    // No marker, no sending to mark as returned; the visit counts all the same.
    expect(fieldBookStatus(b.db, 'visit-tasks', f.campaign)[0]).toMatchObject({ returnedAt: null, done: 1 })
  })

  it.skipIf(!hasSoffice)(
    'comes back from LibreOffice with its drop-downs, date check and protection, and imports',
    async () => {
      const sent = join(dir, (await taskBooks()).files[0].file)
      const filled = await fillTasks(sent, {
        [CODES.zhongtian]: {
          走访日期: day('2026-12-01'),
          走访人: '杨峰东',
          走访形式: '座谈会',
          诉求1类别: '政策咨询',
          诉求1内容: '咨询高新技术企业认定',
        },
      })
      const saved = resaveWithLibreOffice(filled)
      const book = readXlsx(saved)
      const ws = book.sheets.find((s) => s.name === '走访任务表')!
      expect(book.sheets.find((s) => s.name === MARKER_SHEETS['visit-tasks'])?.state).toBe('hidden')
      expect(ws.protection?.sheet).toMatch(/^(1|true)$/)
      const types = ws.validations.map((v) => v.type).sort()
      expect(types).toEqual(['date', 'list', 'list', 'list', 'list'])
      expect(ws.validations.find((v) => v.type === 'date')!.formulae.map(Number)).toEqual([46327, 46387])
      expect(ws.validations.some((v) => v.formulae[0] === '"上门走访,座谈会,电话回访"')).toBe(true)

      const report = await runImport(b, { path: saved, kind: 'visit-tasks' })
      expect([report.inserted, report.requestsInserted, report.errors.length]).toEqual([1, 1, 0])
      const v = b.db
        .prepare(
          `SELECT v.visited_on AS d, v.form, r.content, c.name AS category FROM visit v JOIN request r ON r.visit_id = v.id
           JOIN dictionary c ON c.id = r.category_id WHERE v.enterprise_id = ?`,
        )
        .get(f.firms.zhongtian)
      expect(v).toEqual({ d: '2026-12-01', form: '座谈会', content: '咨询高新技术企业认定', category: '政策咨询' })
      expect(fieldBookStatus(b.db, 'visit-tasks', f.campaign)[0]).toMatchObject({ done: 1, total: 4 })
      expect(fieldBookStatus(b.db, 'visit-tasks', f.campaign)[0].returnedAt).not.toBeNull()
    },
    180_000,
  )
})
