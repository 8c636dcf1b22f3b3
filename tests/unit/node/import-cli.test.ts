/**
 * `npm run cli -- import` and `list` exactly as scripts use them, and an import killed part
 * way (SIGKILL) leaving the database as it was and intact.
 */
import { spawn } from 'node:child_process'
import { existsSync, rmSync, statSync, writeFileSync } from 'node:fs'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { openBackend } from '../../../src/main/app/open'
import { code, scratch, writeBigDirectory, writeCsv, writeSheet } from '../../fixtures/workbooks'
import { CLI, cli, ROOT } from '../../support/cli'

const file = scratch('bizledger-import-cli-')
afterAll(() => rmSync(file.dir, { recursive: true, force: true }))

const REPORT_KEYS = [
  'file',
  'kind',
  'sheets',
  'headerRow',
  'rowsRead',
  'inserted',
  'updated',
  'unchanged',
  'skipped',
  'errors',
  'warnings',
  'created',
  'batchId',
  'dryRun',
]

describe('CLI import and list', () => {
  const db = file('ledger.db')

  it('imports a directory and prints one JSON object with 1-based sheet row numbers', async () => {
    const path = await writeSheet(file('企业名录.xlsx'), '名录', [
      ['2023年四平路街道企业名录'],
      ['企业名称', '统一社会信用代码', '行业', '所在楼宇', '注册资本', '成立日期', '联系人', '联系电话', '重点企业'],
      ['上海紫荆建筑设计有限公司', code(1), '建筑设计', '紫荆广场', '500万', '2015/3/4', '张三', '13800000000', '是'],
      [
        '上海旭辉智能科技有限公司',
        code(2).slice(0, 17) + 'Y',
        '智能制造',
        '旭辉广场',
        300,
        '2016-05-06',
        null,
        null,
        '否',
      ],
    ])
    const r = cli('import', path, '--db', db, '--kind', 'enterprises', '--json')
    expect(r.code).toBe(0)
    expect(r.out.trim().split('\n')).toHaveLength(1)
    const report = JSON.parse(r.out)
    expect(Object.keys(report).sort()).toEqual([...REPORT_KEYS, 'suspectedDuplicates'].sort())
    expect(report).toMatchObject({
      file: '企业名录.xlsx',
      kind: 'enterprises',
      sheets: ['名录'],
      headerRow: 2,
      rowsRead: 2,
      inserted: 1,
      updated: 0,
      unchanged: 0,
      skipped: 0,
      suspectedDuplicates: 0,
      dryRun: false,
    })
    expect(report.errors).toHaveLength(1)
    expect(Object.keys(report.errors[0]).sort()).toEqual(['column', 'message', 'row', 'sheet', 'value'])
    expect(report.errors[0]).toMatchObject({ sheet: '名录', row: 4, column: '统一社会信用代码' })

    const list = cli('list', '--db', db, '--kind', 'enterprises', '--json')
    expect(list.code).toBe(0)
    const [firm] = JSON.parse(list.out)
    expect(firm).toMatchObject({
      name: '上海紫荆建筑设计有限公司',
      creditCode: code(1),
      industry: '建筑设计',
      building: '紫荆广场',
      registeredCapital: 500,
      establishedOn: '2015-03-04',
      contact: '张三',
      phone: '13800000000',
      isKey: true,
    })

    const again = JSON.parse(cli('import', path, '--db', db, '--kind', 'enterprises', '--json').out)
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 1 })
  })

  it('imports visits (with requestsInserted), rent reliefs and partners, and lists them', () => {
    const visits = file('走访.csv')
    writeCsv(visits, [
      ['统一社会信用代码', '企业名称', '走访日期', '走访人', '诉求内容'],
      [code(1), null, '2023-07-05', '王建国、李四', '停车难'],
      [null, null, null, null, '招聘难'],
    ])
    const v = cli('import', visits, '--db', db, '--kind', 'visits', '--json')
    expect(v.code).toBe(0)
    const report = JSON.parse(v.out)
    expect(Object.keys(report).sort()).toEqual([...REPORT_KEYS, 'requestsInserted'].sort())
    expect(report).toMatchObject({ inserted: 1, requestsInserted: 2 })
    expect(JSON.parse(cli('list', '--db', db, '--kind', 'visits', '--json').out)).toEqual([
      expect.objectContaining({
        creditCode: code(1),
        enterpriseName: '上海紫荆建筑设计有限公司',
        visitedOn: '2023-07-05',
        requestCount: 2,
      }),
    ])

    const rent = file('减免.csv')
    writeCsv(
      rent,
      [
        ['楼宇', '承租方', '减免月数', '减免金额(万元)'],
        ['紫荆广场', '紫荆小吃店', 3, 1.2],
      ],
      'utf8bom',
    )
    expect(cli('import', rent, '--db', db, '--kind', 'rent-reliefs', '--json').code).toBe(0)
    expect(JSON.parse(cli('list', '--db', db, '--kind', 'rent-reliefs', '--json').out)).toEqual([
      expect.objectContaining({ building: '紫荆广场', tenant: '紫荆小吃店', months: 3, amount: 12000 }),
    ])

    const partners = file('伙伴.csv')
    writeCsv(partners, [['合作伙伴名称'], ['同济大学国家大学科技园']])
    expect(cli('import', partners, '--db', db, '--kind', 'partners', '--json').code).toBe(0)
    expect(JSON.parse(cli('list', '--db', db, '--kind', 'partners', '--json').out)).toEqual([
      expect.objectContaining({ name: '同济大学国家大学科技园' }),
    ])
  })

  it('--dry-run changes nothing', () => {
    const path = file('dry.csv')
    writeCsv(path, [['企业名称'], ['试运行公司']])
    const r = JSON.parse(cli('import', path, '--db', db, '--kind', 'enterprises', '--dry-run', '--json').out)
    expect(r).toMatchObject({ inserted: 1, dryRun: true, batchId: null })
    const names = JSON.parse(cli('list', '--db', db, '--kind', 'enterprises', '--json').out).map(
      (f: { name: string }) => f.name,
    )
    expect(names).not.toContain('试运行公司')
  })

  it('prints {"error"} and exits 1 when the file cannot be imported at all', () => {
    const bad = file('坏.xlsx')
    writeFileSync(bad, 'PK\x03\x04 not really a zip')
    const r = cli('import', bad, '--db', db, '--kind', 'enterprises', '--json')
    expect(r.code).toBe(1)
    const out = JSON.parse(r.out)
    expect(Object.keys(out)).toEqual(['error'])
    expect(out.error).toContain('坏.xlsx')
    const xls = file('old.xls')
    writeFileSync(xls, Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(600)]))
    const old = cli('import', xls, '--db', db, '--kind', 'enterprises')
    expect(old.code).toBe(1)
    expect(old.err).toContain('.xlsx')
  })

  it('exits 2 with the usage for a missing file, an unknown kind or mode', () => {
    for (const args of [
      ['import', '--db', db, '--kind', 'enterprises'],
      ['import', 'x.xlsx', '--db', db, '--kind', 'firms'],
      ['import', 'x.xlsx', '--db', db, '--kind', 'enterprises', '--mode', 'replace'],
      ['list', '--db', db],
    ]) {
      const r = cli(...args)
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.err).toContain('用法')
    }
  })

  it('a killed import leaves the database unchanged and intact', async () => {
    const dbPath = file('killed.db')
    const seed = openBackend(dbPath, '测试员')
    seed.ledgers.enterprise.create({ name: '已有企业', creditCode: code(999_999) })
    seed.db.close()
    const snapshot = () => {
      const raw = new Database(dbPath)
      const state = {
        integrity: raw.pragma('integrity_check', { simple: true }),
        enterprises: raw.prepare('SELECT count(*) FROM enterprise').pluck().get(),
        buildings: raw.prepare('SELECT count(*) FROM building').pluck().get(),
        audit: raw.prepare('SELECT count(*) FROM audit_log').pluck().get(),
        batches: raw.prepare('SELECT count(*) FROM import_batch').pluck().get(),
        triggers: raw.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").pluck().get(),
        search: raw.prepare('SELECT count(*) FROM search_index').pluck().get(),
      }
      raw.close()
      return state
    }
    const before = snapshot()
    expect(before.integrity).toBe('ok')

    const big = file('big.xlsx')
    await writeBigDirectory(big, 20_000)
    const wal = `${dbPath}-wal`
    const walAtStart = existsSync(wal) ? statSync(wal).size : 0
    const child = spawn(process.execPath, [CLI, 'import', big, '--db', dbPath, '--kind', 'enterprises', '--json'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)))
    // Written, not committed: the transaction's pages spill into the WAL as it grows.
    const started = Date.now()
    while (!(existsSync(wal) && statSync(wal).size > walAtStart + 2 * 1024 * 1024)) {
      if (Date.now() - started > 120_000 || child.exitCode !== null) throw new Error('the import never started writing')
      await new Promise((r) => setTimeout(r, 20))
    }
    child.kill('SIGKILL')
    expect(await exited).toBe('SIGKILL')
    expect(snapshot()).toEqual(before)
  }, 180_000)
})
