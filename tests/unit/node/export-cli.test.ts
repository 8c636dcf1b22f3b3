/**
 * `npm run cli -- export` as scripts use it: every ledger and layout, one JSON object with
 * --json, non-zero exits with a Chinese message on any failure, and no file left by a failure.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBackend } from '../../../src/main/app/open'
import { LEDGER_KINDS } from '../../../src/shared/domain/fields'
import { scratch } from '../../fixtures/workbooks'
import { cli } from '../../support/cli'
import { readXlsx } from '../../support/xlsx-xml'

const file = scratch('bizledger-export-cli-')
afterAll(() => rmSync(file.dir, { recursive: true, force: true }))

const db = file('ledger.db')
let campaign = ''
beforeAll(() => {
  const b = openBackend(db, 'cli-test')
  b.setup('demo', 2)
  campaign = b.db.prepare('SELECT name FROM campaign ORDER BY id LIMIT 1').pluck().get() as string
  b.db.close()
})

describe('CLI export', () => {
  it('exports every ledger kind, in JSON, with the record count', { timeout: 180_000 }, () => {
    const b = openBackend(db, 'cli-test')
    const stats = b.stats()
    b.db.close()
    const expected: Record<string, number> = {
      enterprises: stats.enterprises,
      visits: stats.visits,
      'rent-reliefs': stats.rentReliefs,
      campaigns: stats.campaigns,
      'service-points': stats.servicePoints,
    }
    for (const kind of [...LEDGER_KINDS, 'campaigns', 'organisations', 'service-points', 'dictionary']) {
      const out = file(`${kind}.xlsx`)
      const r = cli('export', '--db', db, '--kind', kind, '--out', out, '--json')
      expect(r.code, r.err).toBe(0)
      const json = JSON.parse(r.out) as { file: string; rows: number; kind: string }
      expect(json).toMatchObject({ file: out, kind })
      if (expected[kind] !== undefined) expect(json.rows).toBe(expected[kind])
      expect(readXlsx(out).sheets[0].rows.length).toBe(json.rows + 1)
    }
  })

  it('exports CSV in GBK and a layout, and says what it wrote', () => {
    const csv = file('名录.csv')
    const r = cli('export', '--db', db, '--kind', 'enterprises', '--encoding', 'gbk', '--out', csv)
    expect(r.code, r.err).toBe(0)
    expect(r.out).toMatch(/^已导出企业名录 \d+ 条到 .*名录\.csv/)
    for (const layout of ['directory', 'requests', 'rent-reliefs']) {
      const x = cli('export', '--db', db, '--layout', layout, '--out', file(`${layout}.xlsx`), '--json')
      expect(x.code, x.err).toBe(0)
    }
    const v = cli('export', '--db', db, '--layout', 'visits', '--campaign', campaign, '--out', file('走访.xlsx'))
    expect(v.code, v.err).toBe(0)
    expect(readXlsx(file('走访.xlsx')).sheets[0].cells.get('A1')?.value).toBe(`${campaign}走访台账`)
  })

  it('refuses bad arguments with exit 2 and a usage line, before touching any file', { timeout: 120_000 }, () => {
    const cases: [string[], RegExp][] = [
      [['--kind', 'enterprises'], /请用 --out 指定导出文件/],
      [['--kind', 'enterprises', '--out', file('x.txt')], /应以 \.xlsx 或 \.csv 结尾/],
      [['--kind', 'firms', '--out', file('x.xlsx')], /--kind 应为 .* 之一,收到“firms”/],
      [['--out', file('x.xlsx')], /请用 --kind 指定台账/],
      [['--layout', 'directory', '--out', file('x.csv')], /官方格式“企业名录”只能导出为 \.xlsx/],
      [['--layout', 'summary', '--out', file('x.xlsx')], /--layout 应为 directory\(企业名录\)/],
      [['--kind', 'enterprises', '--encoding', 'big5', '--out', file('x.csv')], /--encoding 应为 utf8/],
    ]
    for (const [args, message] of cases) {
      const r = cli('export', '--db', file('never.db'), ...args)
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.err).toMatch(message)
      expect(r.err).toContain('用法')
    }
    expect(existsSync(file('never.db'))).toBe(false)
  })

  it('fails with exit 1, a clear message and no file when the export cannot be made', () => {
    const missing = cli('export', '--db', db, '--layout', 'visits', '--out', file('v.xlsx'))
    expect(missing.code).toBe(2)
    expect(missing.err).toContain('--campaign')
    const unknown = cli(
      'export',
      '--db',
      db,
      '--layout',
      'visits',
      '--campaign',
      '不存在的活动',
      '--out',
      file('v.xlsx'),
    )
    expect(unknown.code).toBe(1)
    expect(unknown.err).toContain('找不到走访活动“不存在的活动”')
    const dir = cli('export', '--db', db, '--kind', 'staff', '--out', file('no/such/dir/x.xlsx'), '--json')
    expect(dir.code).toBe(1)
    expect(JSON.parse(dir.out)).toEqual({ error: expect.stringContaining('不存在') })
    const wrong = cli('export', '--db', db, '--kind', 'staff', '--layout', 'directory', '--out', file('w.xlsx'))
    expect(wrong.code).toBe(2)
    expect(wrong.err).toContain('属于 --kind enterprises')
    expect(existsSync(file('v.xlsx'))).toBe(false)
    expect(readdirSync(file.dir).filter((n) => n.includes('.part'))).toEqual([])
  })
})
