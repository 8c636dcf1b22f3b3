/**
 * The official layouts on the demo ledger, read with an independent reader: template titles
 * and headers, A4 print setup, one visit merged over its request rows, overdue flags and days,
 * 小计 per building and a 合计 equal to the sum of the records; and every layout, like every
 * ledger's export in both formats, importing back with nothing added and nothing changed.
 */
import { rmSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Backend } from '../../../src/main/app/backend'
import { defaultColumns } from '../../../src/main/export/columns'
import { LEDGER_OF_KIND } from '../../../src/main/ledgers'
import { exportLayout, isOverdue } from '../../../src/main/export/layouts'
import { exportView } from '../../../src/main/export/view'
import { runImport } from '../../../src/main/import/run'
import { IMPORT_KINDS, LEDGER_KINDS } from '../../../src/shared/domain/fields'
import type { LayoutName } from '../../../src/shared/ipc/channels/export'
import { scratch } from '../../fixtures/workbooks'
import { memoryBackend } from '../../support/ledger'
import { readXlsx, rowValues, type XSheet } from '../../support/xlsx-xml'

const file = scratch('bizledger-export-layouts-')
afterAll(() => rmSync(file.dir, { recursive: true, force: true }))

let b: Backend
let campaignId: number
beforeAll(() => {
  b = memoryBackend()
  b.setup('demo', 1)
  // A campaign visit that raised three requests, as the office's sheets often show.
  const visit = b.db
    .prepare('SELECT id, enterprise_id, campaign_id, visited_on FROM visit WHERE campaign_id IS NOT NULL LIMIT 1')
    .get() as { id: number; enterprise_id: number; campaign_id: number; visited_on: string }
  campaignId = visit.campaign_id
  for (const content of ['希望协调办公用房续租', '咨询高新技术企业认定', '招聘应届生的补贴政策']) {
    b.ledgers.request.create({
      enterpriseId: visit.enterprise_id,
      visitId: visit.id,
      receivedOn: visit.visited_on,
      content,
    })
  }
})

async function layout(name: LayoutName): Promise<{ path: string; s: XSheet; book: ReturnType<typeof readXlsx> }> {
  const path = file(`${name}.xlsx`)
  await exportLayout(b, { layout: name, campaignId: name === 'visits' ? campaignId : undefined }, path)
  const book = readXlsx(path)
  return { path, s: book.sheets[0], book }
}

function expectPrintable(book: ReturnType<typeof readXlsx>, s: XSheet, width: string, headerRow = 3) {
  expect(s.pageSetup).toMatchObject({ paperSize: '9', orientation: 'landscape', fitToWidth: '1', fitToHeight: '0' })
  expect(s.fitToPage).toBe(true)
  const last = s.rows[s.rows.length - 1]
  expect(book.definedNames).toEqual(
    expect.arrayContaining([
      { name: '_xlnm.Print_Area', localSheetId: '0', ref: `'${s.name}'!$A$1:$${width}$${last}` },
      { name: '_xlnm.Print_Titles', localSheetId: '0', ref: `'${s.name}'!$${headerRow}:$${headerRow}` },
    ]),
  )
  expect(s.pane).toMatchObject({ state: 'frozen', ySplit: String(headerRow) })
  expect(s.styleOf(`A${headerRow}`).bold).toBe(true)
  expect(s.merges).toEqual(expect.arrayContaining([`A1:${width}1`, `A2:${width}2`]))
}

async function reimport(path: string, kind: (typeof IMPORT_KINDS)[number]) {
  const report = await runImport(b, { path, kind, dryRun: true })
  expect(report.errors).toEqual([])
  expect(report).toMatchObject({ inserted: 0, updated: 0 })
  return report
}

describe('official layouts', () => {
  it('企业名录: firms in operation, by building, titled and printable', async () => {
    const { path, s, book } = await layout('directory')
    expect(s.name).toBe('企业名录')
    expect(s.value('A1')).toMatch(/^四平路街道企业名录\(\d{4}年\d{1,2}月\)$/)
    expect(s.value('A2')).toMatch(/^填报单位:四平路街道营商服务办公室 +制表日期:\d{4}年/)
    expect(rowValues(s, 3, 4)).toEqual(['序号', '企业名称', '统一社会信用代码', '行业'])
    expectPrintable(book, s, 'N')
    const operating = b.db.prepare(`SELECT count(*) FROM enterprise WHERE status = '在营'`).pluck().get()
    const data = s.rows.filter((r) => typeof s.value(`A${r}`) === 'number')
    expect(data.length).toBe(operating)
    expect(s.value(`A${data[data.length - 1]}`)).toBe(operating)
    expect(String(s.value(`A${s.rows[s.rows.length - 1]}`))).toMatch(/^制表人:/)
    expect((await reimport(path, 'enterprises')).unchanged).toBe(operating)
  })

  it('走访台账: one visit over its request rows, its own cells merged down them', async () => {
    const { path, s, book } = await layout('visits')
    const campaign = b.ledgers.campaign.get(campaignId)
    expect(s.value('A1')).toBe(`${String(campaign.name)}走访台账`)
    expect(rowValues(s, 3, 12)).toEqual([
      '序号',
      '走访日期',
      '企业名称',
      '统一社会信用代码',
      '走访形式',
      '走访人',
      '走访情况',
      '诉求内容',
      '诉求类别',
      '承办单位',
      '办理状态',
      '办结日期',
    ])
    expectPrintable(book, s, 'L')
    // The visit with the most requests: rows and merges as the office draws them.
    const busiest = b.db
      .prepare(
        `SELECT v.id, count(*) AS n FROM visit v JOIN request r ON r.visit_id = v.id
         WHERE v.campaign_id = ? GROUP BY v.id ORDER BY n DESC, v.id LIMIT 1`,
      )
      .get(campaignId) as { id: number; n: number }
    expect(busiest.n).toBeGreaterThan(1)
    const visit = b.ledgers.visit.get(busiest.id)
    const top = s.rows.find((r) => s.value(`C${r}`) === visit.enterpriseName && s.value(`H${r}`) !== null)!
    const bottom = top + busiest.n - 1
    for (const col of ['A', 'B', 'C', 'D', 'E', 'F', 'G']) expect(s.merges).toContain(`${col}${top}:${col}${bottom}`)
    for (const col of ['H', 'I', 'J', 'K', 'L']) expect(s.merges).not.toContain(`${col}${top}:${col}${bottom}`)
    const contents = (
      b.db.prepare('SELECT content FROM request WHERE visit_id = ?').pluck().all(busiest.id) as string[]
    )
      .slice()
      .sort()
    const written = Array.from({ length: busiest.n }, (_, i) => s.value(`H${top + i}`) as string).sort()
    expect(written).toEqual(contents)
    const visits = b.db.prepare('SELECT count(*) FROM visit WHERE campaign_id = ?').pluck().get(campaignId)
    const report = await reimport(path, 'visits')
    expect(report).toMatchObject({ unchanged: visits, requestsInserted: 0 })
  })

  it('诉求办理台账: every request with its unit, status, days taken and overdue flag', async () => {
    const { path, s, book } = await layout('requests')
    expect(rowValues(s, 3, 14)).toEqual([
      '序号',
      '企业名称',
      '统一社会信用代码',
      '受理日期',
      '诉求类别',
      '诉求内容',
      '承办单位',
      '办理时限',
      '办理状态',
      '办结日期',
      '办理天数',
      '超期',
      '办理情况',
      '满意度',
    ])
    expectPrintable(book, s, 'N')
    const requests = b.ledgers.request.list()
    const data = s.rows.filter((r) => typeof s.value(`A${r}`) === 'number')
    expect(data.length).toBe(requests.length)
    const inOrder = [...requests].sort(
      (x, y) => String(x.receivedOn).localeCompare(String(y.receivedOn)) || (x.id as number) - (y.id as number),
    )
    let late = 0
    for (const [i, row] of data.entries()) {
      const r = inOrder[i]
      expect([s.value(`B${row}`), s.value(`F${row}`)]).toEqual([r.enterpriseName, r.content])
      expect(s.value(`I${row}`)).toBe(r.status)
      expect(s.value(`G${row}`)).toBe(r.handlingUnitName ?? null)
      expect(s.value(`K${row}`)).toBe(r.daysOpen)
      expect(s.value(`L${row}`)).toBe(isOverdue(r) ? '是' : '否')
      if (s.value(`L${row}`) === '是') late++
    }
    expect(late).toBeGreaterThan(0)
    expect(late).toBeLessThan(data.length)
    expect((await reimport(path, 'requests')).unchanged).toBe(requests.length)
  })

  it('房租减免汇总表: a 小计 per building and a 合计 equal to the sum of the records', async () => {
    const { path, s, book } = await layout('rent-reliefs')
    expectPrintable(book, s, 'J')
    const amountCol = rowValues(s, 3, 10).indexOf('减免金额(元)')
    const I = String.fromCharCode(65 + amountCol)
    expect(I).toBe('I')
    const byBuilding = new Map<string, { fen: number; n: number }>()
    let totalFen = 0
    for (const r of b.ledgers.rentRelief.list()) {
      const key = (r.buildingName as string | null) ?? '(未填楼宇)'
      const g = byBuilding.get(key) ?? { fen: 0, n: 0 }
      g.fen += Math.round((r.amount as number) * 100)
      g.n++
      byBuilding.set(key, g)
      totalFen += Math.round((r.amount as number) * 100)
    }
    const subtotals = s.rows.filter((r) => s.value(`A${r}`) === '小计')
    expect(subtotals.length).toBe(byBuilding.size)
    let top = 4
    for (const row of subtotals) {
      const g = byBuilding.get(s.value(`B${row}`) as string)!
      const cell = s.cells.get(`${I}${row}`)!
      expect(cell.formula).toBe(`SUBTOTAL(9,${I}${top}:${I}${row - 1})`)
      expect(Math.round((cell.value as number) * 100)).toBe(g.fen)
      expect(s.value(`D${row}`)).toBe(`共${g.n}户`)
      // The records above the 小计 are that building's, and add up to it.
      let fen = 0
      for (let r = top; r < row; r++) {
        expect(s.value(`B${r}`)).toBe(s.value(`B${row}`) === '(未填楼宇)' ? null : s.value(`B${row}`))
        fen += Math.round((s.value(`${I}${r}`) as number) * 100)
      }
      expect(fen).toBe(g.fen)
      expect(s.styleOf(`${I}${row}`)).toMatchObject({ bold: true, numFmt: '#,##0.00"元"' })
      top = row + 1
    }
    const total = s.rows.find((r) => s.value(`A${r}`) === '合计')!
    const cell = s.cells.get(`${I}${total}`)!
    expect(cell.formula).toBe(`SUBTOTAL(9,${I}4:${I}${total - 1})`)
    expect(Math.round((cell.value as number) * 100)).toBe(totalFen)
    expect(s.value(`D${total}`)).toBe(`共${b.ledgers.rentRelief.count()}户`)
    expect((await reimport(path, 'rent-reliefs')).unchanged).toBe(b.ledgers.rentRelief.count())
  })

  it('refuses a 走访台账 without a campaign, naming what is missing', async () => {
    await expect(exportLayout(b, { layout: 'visits' }, file('none.xlsx'))).rejects.toThrow('须选择走访活动')
  })
})

describe('round trip of every ledger', () => {
  for (const kind of LEDGER_KINDS) {
    for (const format of ['xlsx', 'csv'] as const) {
      it(`${kind} as ${format} re-imports with nothing added and nothing changed`, async () => {
        const ledger = LEDGER_OF_KIND[kind]
        const path = file(`${kind}.${format}`)
        const n = await exportView(
          b,
          { ledger, columns: defaultColumns(ledger), format, sheetName: kind, encoding: 'gbk' },
          path,
        )
        expect(n).toBe(b.ledgers[ledger].count())
        const report = await reimport(path, kind)
        expect(report).toMatchObject({ rowsRead: n, unchanged: n, warnings: [] })
      })
    }
  }
})
