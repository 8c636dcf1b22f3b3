/**
 * Field workbooks (issue #17), 诉求派单表: one per 承办单位 with its open requests, the 状态
 * drop-down holding only the moves the request flow allows from each request's state; filled
 * by exceljs and imported back, every move checked by the flow's rules, the answering unit on
 * the timeline. Read back by the tests' own xlsx reader (tests/support/xlsx-xml.ts).
 */
import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import type { Backend } from '../../../src/main/app/backend'
import { writeDispatchBooks } from '../../../src/main/fieldbooks/dispatch'
import { fieldBookStatus } from '../../../src/main/fieldbooks/sent'
import { previewImport } from '../../../src/main/import/preview'
import { runImport } from '../../../src/main/import/run'
import { MARKER_SHEETS, REQUEST_TRANSITIONS } from '../../../src/shared/domain'
import { fieldLedger } from '../../fixtures/field-workbooks'
import { scratch } from '../../fixtures/workbooks'
import { memoryBackend } from '../../support/ledger'
import { readXlsx } from '../../support/xlsx-xml'

const file = scratch('bizledger-dispatch-')
afterAll(() => rmSync(file.dir, { recursive: true, force: true }))

let b: Backend
let dir: string
let n = 0
let ids: Record<string, number>

beforeEach(() => {
  b = memoryBackend()
  const f = fieldLedger(b)
  dir = file(`t${++n}`)
  mkdirSync(dir)
  const request = (status: string, receivedOn: string, content: string, unit = f.units.market) =>
    b.ledgers.request.create({ enterpriseId: f.firms.zijing, handlingUnitId: unit, status, receivedOn, content })
      .id as number
  ids = {
    dispatched: request('已派单', '2026-11-03', '营业执照地址变更咨询'),
    inHand: request('办理中', '2026-11-04', '食品经营许可证办理'),
    early: request('已派单', '2026-11-05', '广告牌设置审批'),
    blank: request('办理中', '2026-11-06', '商标注册咨询'),
    received: request('受理', '2026-11-07', '希望减免市场检测费用'),
    office: request('已派单', '2026-11-08', '办公用房租金补贴', f.units.office),
  }
  // Closed already: on nobody's sheet.
  b.ledgers.request.create({
    enterpriseId: f.firms.xuhui,
    handlingUnitId: f.units.market,
    status: '已办结',
    receivedOn: '2026-11-01',
    closedOn: '2026-11-02',
    response: '当场答复',
    content: '已解决的诉求',
  })
})

function colOf(ws: ExcelJS.Worksheet, header: string): number {
  let found = 0
  ws.getRow(3).eachCell((c, i) => {
    if (String(c.value) === header) found = i
  })
  if (!found) throw new Error(`no column ${header}`)
  return found
}

/** Fills the sheet as a unit would, by 诉求编号. */
async function fill(path: string, rows: Record<number, Record<string, unknown>>): Promise<string> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(path)
  const ws = wb.worksheets[0]
  const idCol = colOf(ws, '诉求编号')
  ws.eachRow((row, r) => {
    const values = r > 3 ? rows[Number(row.getCell(idCol).value)] : undefined
    for (const [header, v] of Object.entries(values ?? {}))
      row.getCell(colOf(ws, header)).value = v as ExcelJS.CellValue
  })
  const out = path.replace(/\.xlsx$/, '-已填.xlsx')
  await wb.xlsx.writeFile(out)
  return out
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`)

describe('诉求派单表', () => {
  it('writes one workbook per 承办单位 with its open requests, locked, with only the allowed moves to choose', async () => {
    const r = await writeDispatchBooks(b, { dir })
    expect(r.files.map((x) => [x.name, x.rows])).toEqual([
      ['区市场监管局', 5],
      ['街道营商办', 1],
    ])
    expect(r.files[0].file).toMatch(/^诉求派单表-区市场监管局-\d{4}-\d{2}-\d{2}\.xlsx$/)
    const book = readXlsx(join(dir, r.files[0].file))
    const ws = book.sheets[0]
    expect(book.sheets[1]).toMatchObject({ name: MARKER_SHEETS.dispatch, state: 'hidden' })
    const header = Array.from({ length: 15 }, (_, i) => ws.value(`${String.fromCharCode(65 + i)}3`))
    expect(header).toEqual([
      '序号', '诉求编号', '企业', '诉求类别', '诉求内容', '受理日期', '办理时限', '逾期天数', '当前状态', '承办单位',
      '办理情况/答复', '办结日期', '状态', '无法解决原因', null,
    ]) // prettier-ignore
    expect(ws.protection?.sheet).toBe('1')
    expect(ws.styleOf('E4').locked).toBe(true)
    expect(ws.styleOf('K4').locked).toBe(false)
    expect(ws.pageSetup).toMatchObject({ paperSize: '9', orientation: 'landscape', fitToWidth: '1' })
    // Each row's 状态 list is what the flow allows from that request's state.
    for (let row = 4; row <= 8; row++) {
      const id = Number(ws.value(`B${row}`))
      const status = ws.value(`I${row}`) as keyof typeof REQUEST_TRANSITIONS
      expect(b.ledgers.request.get(id).status).toBe(status)
      const list = ws.validations.find((v) => v.type === 'list' && v.sqref.split(/\s+/).some((s) => cover(s, 'M', row)))
      expect(list?.formulae, `row ${row}`).toEqual([`"${REQUEST_TRANSITIONS[status].join(',')}"`])
      const date = ws.validations.find((v) => v.type === 'date' && v.sqref.split(/\s+/).some((s) => cover(s, 'L', row)))
      expect(date).toMatchObject({ operator: 'greaterThanOrEqual' })
    }
  })

  it('moves requests by the flow, refuses what it forbids row by row, and says on the timeline which unit answered', async () => {
    const r = await writeDispatchBooks(b, { dir, only: ['区市场监管局'] })
    const path = join(dir, r.files[0].file)
    expect((await previewImport(b, { path })).kind).toBe('dispatch')
    const filled = await fill(path, {
      [ids.dispatched]: { '办理情况/答复': '已指导企业线上办理变更', 办结日期: day('2026-11-10'), 状态: '已办结' },
      [ids.inHand]: { 状态: '受理', '办理情况/答复': '退回街道' },
      [ids.early]: { 状态: '已办结', '办理情况/答复': '已审批', 办结日期: day('2026-11-01') },
      [ids.received]: { 状态: '无法解决', 无法解决原因: '检测费用属法定收费,无减免政策' },
    })
    const report = await runImport(b, { path: filled, kind: 'dispatch' })
    expect([report.updated, report.skipped, report.errors.length]).toEqual([2, 1, 2])
    const says = report.errors.map((e) => e.message).join('\n')
    expect(says).toContain('诉求状态不能从“办理中”改为“受理”')
    expect(says).toContain('M列“状态”')
    expect(says).toContain('办结日期 2026-11-01 早于受理日期 2026-11-05')

    const get = (id: number) => b.ledgers.request.get(id)
    expect(get(ids.dispatched)).toMatchObject({
      status: '已办结',
      response: '已指导企业线上办理变更',
      closedOn: '2026-11-10',
    })
    expect(get(ids.received)).toMatchObject({
      status: '无法解决',
      response: '无法解决原因:检测费用属法定收费,无减免政策',
    })
    expect(get(ids.inHand).status).toBe('办理中')
    expect(get(ids.early)).toMatchObject({ status: '已派单', closedOn: null })
    const timeline = b.db
      .prepare('SELECT to_status AS status, note FROM request_status_change WHERE request_id = ? ORDER BY id')
      .all(ids.dispatched) as { status: string; note: string | null }[]
    expect(timeline.at(-1)).toEqual({ status: '已办结', note: expect.stringContaining('区市场监管局经诉求派单表答复') })

    const again = await runImport(b, { path: filled, kind: 'dispatch' })
    expect([again.updated, again.unchanged, again.errors.length]).toEqual([0, 2, 2])
    const [status] = fieldBookStatus(b.db, 'dispatch', null)
    expect(status).toMatchObject({ grouping: '承办单位', name: '区市场监管局', total: 5, done: 2 })
    expect(status.returnedAt).not.toBeNull()
  })

  it('records an answer that moves nothing on the timeline too', async () => {
    const r = await writeDispatchBooks(b, { dir, only: ['街道营商办'] })
    const filled = await fill(join(dir, r.files[0].file), {
      [ids.office]: { '办理情况/答复': '已联系企业,正在核实租赁合同' },
    })
    const report = await runImport(b, { path: filled, kind: 'dispatch' })
    expect([report.updated, report.errors.length]).toEqual([1, 0])
    expect(b.ledgers.request.get(ids.office)).toMatchObject({
      status: '已派单',
      response: '已联系企业,正在核实租赁合同',
    })
    const last = b.db
      .prepare(
        'SELECT from_status AS f, to_status AS t, note FROM request_status_change WHERE request_id = ? ORDER BY id DESC',
      )
      .get(ids.office)
    expect(last).toEqual({ f: '已派单', t: '已派单', note: '街道营商办经诉求派单表答复:已联系企业,正在核实租赁合同' })
  })
})

/** Whether a range like M4:M8 (or a cell) covers column `col`, row `row`. */
function cover(range: string, col: string, row: number): boolean {
  const [a, z = a] = range.split(':')
  const m = /^([A-Z]+)(\d+)$/.exec(a)!
  const e = /^([A-Z]+)(\d+)$/.exec(z)!
  return m[1] <= col && col <= e[1] && Number(m[2]) <= row && row <= Number(e[2])
}
