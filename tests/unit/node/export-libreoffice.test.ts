/**
 * The exports open in a real spreadsheet program: LibreOffice Calc, headless, converts them to
 * CSV (as it shows them: formats applied) and the rows are the ledger's rows. The machine needs
 * `soffice` (Debian libreoffice-calc-nogui, installed by .ci/run); without it these tests are
 * skipped with a message, except on CI, where a missing LibreOffice is a failure.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { basename, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Backend } from '../../../src/main/app/backend'
import { defaultColumns } from '../../../src/main/export/columns'
import { exportLayout } from '../../../src/main/export/layouts'
import { exportView } from '../../../src/main/export/view'
import { scratch } from '../../fixtures/workbooks'
import { memoryBackend } from '../../support/ledger'

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0
if (!soffice) {
  if (process.env.CI) throw new Error('LibreOffice (soffice) is missing: .ci/run installs libreoffice-calc-nogui')
  console.warn('LibreOffice (soffice) not found: the LibreOffice export tests are skipped')
}

const file = scratch('bizledger-export-lo-')
afterAll(() => rmSync(file.dir, { recursive: true, force: true }))

/** Converts with a profile of its own, so a running LibreOffice (or another test) does not interfere. */
function convert(path: string): string[][] {
  const out = file('converted')
  mkdirSync(out, { recursive: true })
  execFileSync(
    'soffice',
    [
      '--headless',
      `-env:UserInstallation=${pathToFileURL(file('lo-profile')).href}`,
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1',
      '--outdir',
      out,
      path,
    ],
    { stdio: 'pipe', timeout: 120_000, env: { ...process.env, HOME: file.dir } },
  )
  return parseCsv(readFileSync(join(out, basename(path).replace(/\.xlsx$/, '.csv')), 'utf8'))
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') cell += text[i++]
      else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(cell)
      cell = ''
    } else if (c === '\n') {
      rows.push([...row, cell.replace(/\r$/, '')])
      row = []
      cell = ''
    } else cell += c
  }
  if (cell !== '' || row.length) rows.push([...row, cell])
  return rows
}

let b: Backend
beforeAll(() => {
  b = memoryBackend()
  b.setup('demo', 1)
})

describe.skipIf(!soffice)('LibreOffice opens the exports', () => {
  it('finds the directory’s rows, with codes, phones, dates and 万元 amounts as the office reads them', async () => {
    const path = file('企业名录.xlsx')
    const columns = defaultColumns('enterprise')
    await exportView(b, { ledger: 'enterprise', columns, format: 'xlsx', sheetName: '企业名录' }, path)
    const rows = convert(path)
    expect(rows[0]).toEqual(columns.map((c) => c.header))
    const firms = b.ledgers.enterprise.list()
    expect(rows.length - 1).toBe(firms.length)
    const at = (h: string) => columns.findIndex((c) => c.header === h)
    for (const [i, f] of firms.entries()) {
      const r = rows[i + 1]
      expect(r[at('企业名称')]).toBe(f.name)
      expect(r[at('统一社会信用代码')]).toBe(f.creditCode ?? '')
      expect(r[at('联系电话')]).toBe(f.phone ?? '')
      expect(r[at('成立日期')]).toBe(f.establishedOn ?? '')
      const capital = f.registeredCapital as number | null
      const shown = capital === null ? '' : `${capital.toLocaleString('en-US', { minimumFractionDigits: 2 })}万元`
      expect(r[at('注册资本(万元)')]).toBe(shown)
      expect(r[at('重点企业')]).toBe(f.isKey ? '是' : '否')
    }
  })

  it('finds the 房租减免汇总表’s records, 小计 and 合计, the 合计 equal to the sum', async () => {
    const path = file('房租减免汇总表.xlsx')
    await exportLayout(b, { layout: 'rent-reliefs' }, path)
    const rows = convert(path)
    const header = rows.findIndex((r) => r[0] === '序号')
    const amount = rows[header].indexOf('减免金额(元)')
    const yuan = (s: string) => Math.round(Number(s.replace(/[,元]/g, '')) * 100)
    const records = rows.slice(header + 1).filter((r) => /^\d+$/.test(r[0]))
    expect(records.length).toBe(b.ledgers.rentRelief.count())
    const sum = records.reduce((n, r) => n + yuan(r[amount]), 0)
    const stored = b.db.prepare('SELECT sum(amount_cents) FROM rent_relief').pluck().get() as number
    expect(sum).toBe(stored)
    const total = rows.find((r) => r[0] === '合计')!
    expect(yuan(total[amount])).toBe(stored)
    const subtotals = rows.filter((r) => r[0] === '小计')
    expect(subtotals.reduce((n, r) => n + yuan(r[amount]), 0)).toBe(stored)
  })
})
