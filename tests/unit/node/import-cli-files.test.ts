/**
 * `npm run cli -- import` given several files or a folder (each its own batch), a headerless
 * registry scrape with `--no-header --map`, and the file's own totals in the printed summary
 * (issue #16, parts 4, 7, 8).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { cli } from '../../support/cli'
import { scrapeRows } from '../../fixtures/scrape'
import { code, scratch, writeCsv, writeSheet } from '../../fixtures/workbooks'

const file = scratch('bizledger-cli-files-')
afterAll(() => rmSync(file.dir, { recursive: true, force: true }))

const HEADER = ['企业名称', '统一社会信用代码']

async function firms(path: string, from: number, n: number) {
  const rows = Array.from({ length: n }, (_, i) => [`上海第${from + i}号有限公司`, code(from + i)])
  if (path.endsWith('.csv')) writeCsv(path, [HEADER, ...rows], 'gbk')
  else await writeSheet(path, '名录', [HEADER, ...rows])
  return path
}

const names = (db: string) =>
  (JSON.parse(cli('list', '--db', db, '--kind', 'enterprises', '--json').out) as { name: string }[]).map((f) => f.name)

describe('CLI import of several files', () => {
  it('imports several FILE arguments, each its own batch, as {"reports": […]}', async () => {
    const db = file('several.db')
    const a = await firms(file('一月.xlsx'), 1, 2)
    const b = await firms(file('二月.csv'), 3, 3)
    const r = cli('import', a, b, '--db', db, '--kind', 'enterprises', '--json')
    expect(r.code).toBe(0)
    expect(r.out.trim().split('\n')).toHaveLength(1)
    const { reports } = JSON.parse(r.out) as { reports: { file: string; inserted: number; batchId: string }[] }
    expect(reports.map((x) => [x.file, x.inserted])).toEqual([
      ['一月.xlsx', 2],
      ['二月.csv', 3],
    ])
    expect(new Set(reports.map((x) => x.batchId)).size).toBe(2)
    expect(names(db)).toHaveLength(5)
  })

  it('imports a folder’s spreadsheets in name order, without lock files; a failing file fails alone', async () => {
    const dir = file('回收的表')
    mkdirSync(dir)
    await firms(`${dir}/1-紫荆广场.xlsx`, 10, 2)
    await firms(`${dir}/2-旭辉广场.csv`, 12, 1)
    writeFileSync(`${dir}/~$1-紫荆广场.xlsx`, 'lock')
    writeFileSync(`${dir}/说明.txt`, '不是表格')
    writeFileSync(`${dir}/3-坏文件.xlsx`, 'not a zip')
    const db = file('folder.db')
    const r = cli('import', dir, '--db', db, '--kind', 'enterprises', '--json')
    expect(r.code).toBe(1)
    const { reports } = JSON.parse(r.out) as { reports: ({ file: string; inserted: number } | { error: string })[] }
    expect(reports).toHaveLength(3)
    expect(reports.slice(0, 2).map((x) => ('inserted' in x ? [x.file, x.inserted] : x))).toEqual([
      ['1-紫荆广场.xlsx', 2],
      ['2-旭辉广场.csv', 1],
    ])
    expect(reports[2]).toMatchObject({ file: `${dir}/3-坏文件.xlsx`, error: expect.stringContaining('3-坏文件.xlsx') })
    expect(names(db)).toHaveLength(3)

    const text = cli('import', dir, '--db', db, '--kind', 'enterprises')
    expect(text.out).toContain('共 3 个文件:导入 2 个,失败 1 个')
    expect(cli('import', file.dir + '/空的', '--db', db, '--kind', 'enterprises').code).toBe(1)
  })

  it('reads a headerless scrape with --no-header --map (1-based), or by guessing without --map', async () => {
    const path = await writeSheet(file('scrape.xlsx'), 'Sheet1', scrapeRows(4))
    const db = file('scrape.db')
    const mapped = cli(
      'import',
      path,
      '--db',
      db,
      '--kind',
      'enterprises',
      '--no-header',
      '--map',
      '3=name,4=creditCode',
      '--json',
    )
    expect(mapped.code).toBe(0)
    expect(JSON.parse(mapped.out)).toMatchObject({ inserted: 4, headerRow: null })
    const list = JSON.parse(cli('list', '--db', db, '--kind', 'enterprises', '--json').out) as Record<string, unknown>[]
    expect(list.map((f) => [f.name, f.creditCode, f.legalRep])).toEqual([
      ['上海甲科技有限公司', code(1), null],
      ['上海乙科技有限公司', code(2), null],
      ['上海丙科技有限公司', code(3), null],
      ['上海丁科技有限公司', code(4), null],
    ])
    const guessed = cli('import', path, '--db', db, '--kind', 'enterprises', '--no-header')
    expect(guessed.code).toBe(0)
    expect(guessed.out).toContain('无表头')
    expect(guessed.out).toContain('第4列→统一社会信用代码,第5列→法定代表人')
    expect(guessed.out).toMatch(/新增 0,更新 4/)
  })

  it('refuses a --map it cannot read, and says the columns count from 1', () => {
    const db = file('usage.db')
    for (const args of [
      ['--map', '3=name'],
      ['--no-header', '--map', '0=name'],
      ['--no-header', '--map', '3=公司'],
      ['--no-header', '--map', '3=name,4=name'],
    ]) {
      const r = cli('import', 'x.xlsx', '--db', db, '--kind', 'enterprises', ...args)
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.err).toContain('用法')
    }
    expect(cli('help').out + cli('help').err).toContain('列号从 1 开始')
  })

  it('prints the file’s own totals against the imported rows', async () => {
    const path = await writeSheet(file('减免.xlsx'), '汇总', [
      ['楼宇名称', '承租方名称', '减免金额(元)'],
      ['紫荆广场', '上海甲设计有限公司', 9_000_000],
      ['紫荆广场', '上海乙科技有限公司', 5_000_000],
      ['紫荆广场小计', '2户', 14_000_000],
      ['合计', null, 14_000_000],
    ])
    const r = cli('import', path, '--db', file('rent.db'), '--kind', 'rent-reliefs')
    expect(r.code).toBe(0)
    expect(r.out).toContain('核对文件自带的合计:文件合计 1,400 万元,与导入的 2 条之和一致')
    expect(r.out).toContain('一致 第4行“紫荆广场小计” 紫荆广场:文件 2 户、1,400 万元,与导入的 2 条之和一致')
    expect(r.out).toContain('新建楼宇 1:紫荆广场')
  })
})
