/**
 * The grids at scale (issue #18): keyset paging gives exactly the rows OFFSET gives, a kept
 * total is recounted after every kind of write and only then, the default sorts walk an index,
 * and searches answered from the indexes find what LIKE over the same columns finds.
 */
import Database from 'better-sqlite3'
import fc from 'fast-check'
import { copyFileSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Backend } from '../../../src/main/app/backend'
import { openBackend } from '../../../src/main/app/open'
import { restoreBackup } from '../../../src/main/backup/restore'
import { backupFolder, makeBackup } from '../../../src/main/backup/store'
import { redo, undo } from '../../../src/main/history/steps'
import { runImport } from '../../../src/main/import/run'
import { LEDGERS } from '../../../src/main/ledgers'
import { snake } from '../../../src/main/ledger/mapping'
import type { GridQuery, SortModel } from '../../../src/shared/ipc/grid'
import { scratch, writeXlsx } from '../../fixtures/workbooks'
import { memoryBackend, scalar } from '../../support/ledger'

const file = scratch()
afterAll(() => rmSync(file.dir, { recursive: true, force: true }))

/** The order a sort model means, written out here apart from the code under test. */
function orderSql(ledger: 'enterprise' | 'visit', sort: SortModel): string {
  const def = LEDGERS[ledger]
  const keys = sort.flatMap(({ colId, sort: dir }) => {
    const col = def.sortAs?.[colId] ?? snake(colId)
    return [`(q.${col} IS NULL)`, `q.${col} ${dir === 'desc' ? 'DESC' : 'ASC'}`]
  })
  return `ORDER BY ${[...keys, `q.id ${sort[0]?.sort === 'desc' ? 'DESC' : 'ASC'}`].join(', ')}`
}

function offsetIds(b: Backend, ledger: 'enterprise' | 'visit', sort: SortModel, start: number, end: number) {
  return b.db
    .prepare(`SELECT q.id FROM (${LEDGERS[ledger].select}) q ${orderSql(ledger, sort)} LIMIT ? OFFSET ?`)
    .pluck()
    .all(end - start, start) as number[]
}

describe('keyset paging', () => {
  let b: Backend
  beforeAll(() => {
    b = memoryBackend()
    // Few distinct values, blanks, and names that repeat: ties everywhere.
    const buildings = ['甲楼', '乙楼', '丙楼'].map((name) => b.ledgers.building.create({ name }).id as number)
    const insert = b.db.prepare(
      `INSERT INTO enterprise (name, name_pinyin, name_initials, registered_capital, is_key, status, building_id, established_on)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    for (let i = 0; i < 240; i++) {
      const name = ['同济设计', '紫荆科技', '旭辉咨询', '同济设计'][i % 4]
      insert.run(
        name,
        ['tongjisheji', 'zijingkeji', 'xuhuizixun', 'tongjisheji'][i % 4],
        'x',
        i % 5 === 0 ? null : (i % 3) * 100,
        i % 2,
        ['在营', '迁出', '注销'][i % 3],
        i % 7 === 0 ? null : buildings[i % 3],
        i % 6 === 0 ? null : `20${10 + (i % 4)}-01-01`,
      )
    }
    const firms = b.db.prepare('SELECT id FROM enterprise').pluck().all() as number[]
    const campaigns = ['冬令', '夏令'].map(
      (name) =>
        b.db
          .prepare(
            "INSERT INTO campaign (name, kind, start_on, end_on) VALUES (?, '专项走访', '2025-01-01', '2025-12-31')",
          )
          .run(name).lastInsertRowid,
    )
    const visit = b.db.prepare('INSERT INTO visit (enterprise_id, visited_on, campaign_id) VALUES (?, ?, ?)')
    for (let i = 0; i < 300; i++)
      visit.run(firms[i % firms.length], `2025-0${1 + (i % 3)}-1${i % 4}`, i % 5 === 0 ? null : campaigns[i % 2])
  })

  const FIRM_SORTS = ['name', 'registeredCapital', 'isKey', 'status', 'buildingName', 'establishedOn', 'id']
  const sortArb = (cols: string[]) =>
    fc.uniqueArray(
      fc.record({ colId: fc.constantFrom(...cols), sort: fc.constantFrom('asc' as const, 'desc' as const) }),
      { maxLength: 3, selector: (s) => s.colId },
    )

  /** Random sorts and blocks of `ledger`: each block, and the one after it, as OFFSET gives them. */
  function matchesOffset(ledger: 'enterprise' | 'visit', cols: string[], rows: number) {
    fc.assert(
      fc.property(
        sortArb(cols),
        fc.array(fc.nat({ max: rows + 20 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 40 }),
        (sort, starts, size) => {
          b.grids[ledger].forget()
          for (const start of starts) {
            const q: GridQuery = { startRow: start, endRow: start + size, sort }
            const page = b.grids[ledger].page(q)
            expect(page.rows.map((r) => r.id)).toEqual(offsetIds(b, ledger, sort, start, start + size))
            // The block after it, seeking from its last row.
            const next = b.grids[ledger].page({ ...q, startRow: start + size, endRow: start + 2 * size })
            expect(next.rows.map((r) => r.id)).toEqual(offsetIds(b, ledger, sort, start + size, start + 2 * size))
          }
        },
      ),
      { numRuns: 150 },
    )
  }

  it('reads every block as OFFSET would, scrolling or jumping, in any sort and with ties', () => {
    matchesOffset('enterprise', FIRM_SORTS, 240)
  })

  it('reads every block of visits as OFFSET would: dates, firms and campaigns tie, some campaigns blank', () => {
    matchesOffset('visit', ['visitedOn', 'enterpriseName', 'campaignName', 'id'], 300)
  })

  it('scrolled to the end, shows each row once and none skipped', () => {
    for (const sort of [
      [{ colId: 'visitedOn', sort: 'desc' }],
      [{ colId: 'enterpriseName', sort: 'asc' }],
      [],
    ] as const) {
      b.grids.visit.forget()
      const seen: number[] = []
      for (let start = 0; ; start += 37) {
        const page = b.grids.visit.page({ startRow: start, endRow: start + 37, sort: [...sort] })
        seen.push(...page.rows.map((r) => r.id as number))
        if (page.rows.length < 37) break
      }
      expect(seen).toEqual(offsetIds(b, 'visit', [...sort], 0, 1000))
      expect(new Set(seen).size).toBe(scalar(b, 'SELECT count(*) FROM visit'))
    }
  })
})

describe('kept totals', () => {
  const query = { startRow: 0, endRow: 10, search: '紫荆' } satisfies GridQuery
  /** The total, and whether it was counted (not kept) this time. */
  function read(b: Backend, q: GridQuery = query) {
    const spy = vi.spyOn(b.grids.enterprise as unknown as { countFrom: () => number }, 'countFrom')
    const total = b.grids.enterprise.page(q).total
    const counted = spy.mock.calls.length > 0
    spy.mockRestore()
    return { total, counted }
  }
  const truth = (b: Backend) =>
    scalar(
      b,
      `SELECT count(*) FROM enterprise e LEFT JOIN building bd ON bd.id = e.building_id
       WHERE e.name LIKE '%紫荆%' OR bd.name LIKE '%紫荆%'`,
    )

  it('counts a question once; later blocks and unrelated writes keep it', () => {
    const b = memoryBackend()
    b.ledgers.enterprise.create({ name: '紫荆一号' })
    expect(read(b)).toEqual({ total: 1, counted: true })
    expect(read(b)).toEqual({ total: 1, counted: false })
    expect(read(b, { ...query, startRow: 10, endRow: 20 }).counted).toBe(false)
    b.views.save({ ledger: 'enterprise', name: '视图', state: {} })
    b.ledgers.event.create({ heldOn: '2025-01-01', theme: '茶话会' })
    expect(read(b)).toEqual({ total: 1, counted: false })
  })

  it('is recounted after a write through the services, bulk edits, undo and redo', () => {
    const b = memoryBackend()
    const firm = b.ledgers.enterprise.create({ name: '紫荆一号' })
    read(b)
    b.ledgers.enterprise.create({ name: '紫荆二号' })
    expect(read(b)).toEqual({ total: 2, counted: true })
    b.ledgers.enterprise.update(firm.id as number, { name: '别的名字' })
    expect(read(b)).toEqual({ total: 1, counted: true })
    undo(b)
    expect(read(b)).toEqual({ total: 2, counted: true })
    redo(b)
    expect(read(b)).toEqual({ total: 1, counted: true })
    // A write to a table the question joins: a building renamed to 紫荆 brings its firms in.
    const building = b.ledgers.building.create({ name: '中天大厦' })
    b.ledgers.enterprise.bulkUpdate([firm.id as number], { buildingId: building.id })
    read(b)
    b.ledgers.building.update(building.id as number, { name: '紫荆广场' })
    expect(read(b)).toEqual({ total: truth(b), counted: true })
    expect(truth(b)).toBe(2)
    b.ledgers.enterprise.delete(firm.id as number)
    expect(read(b)).toEqual({ total: 1, counted: true })
  })

  it('is recounted after an import, a demo load, another connection and a restore', async () => {
    const dir = file('kept')
    mkdirSync(dir, { recursive: true })
    const path = join(dir, 'bizledger.db')
    const b = openBackend(path, '测试员')
    expect(read(b)).toEqual({ total: 0, counted: true })
    b.setup('demo', 1)
    expect(read(b)).toEqual({ total: truth(b), counted: true })
    const demo = truth(b)
    await makeBackup(b.db, backupFolder(path), 'daily')

    const xlsx = join(dir, 'firms.xlsx')
    await writeXlsx(xlsx, [{ name: '企业名录', rows: [['企业名称'], ['上海紫荆导入有限公司'], ['另一家公司']] }])
    await runImport(b, { path: xlsx, kind: 'enterprises' })
    expect(read(b)).toEqual({ total: demo + 1, counted: true })

    const other = new Database(path)
    other.prepare("UPDATE enterprise SET name = name || '紫荆' WHERE name = '另一家公司'").run()
    other.close()
    expect(read(b)).toEqual({ total: demo + 2, counted: true })

    const [backup] = (await import('node:fs')).readdirSync(backupFolder(path))
    await restoreBackup(b, join(backupFolder(path), backup), backup)
    expect(read(b)).toEqual({ total: demo, counted: true })
    b.db.close()
  })

  it('counts every ledger only through tables that have a change counter', () => {
    const b = memoryBackend()
    for (const [name, grid] of Object.entries(b.grids)) {
      const spy = vi.spyOn(grid as unknown as { countFrom: () => number }, 'countFrom')
      grid.page({ startRow: 0, endRow: 10 })
      grid.page({ startRow: 10, endRow: 20 })
      expect(spy.mock.calls.length, name).toBe(1)
      spy.mockRestore()
    }
  })
})

describe('plans and searches at scale', () => {
  let b: Backend
  beforeAll(() => {
    b = memoryBackend()
    b.setup('demo', 2)
  })

  it('walks an index for the default sorts of 企业 and 走访, with no temporary B-tree', () => {
    const cases: [keyof Backend['grids'], GridQuery][] = [
      ['enterprise', { startRow: 0, endRow: 100 }],
      ['enterprise', { startRow: 0, endRow: 100, sort: [{ colId: 'name', sort: 'asc' }] }],
      ['enterprise', { startRow: 0, endRow: 100, sort: [{ colId: 'name', sort: 'desc' }] }],
      ['visit', { startRow: 0, endRow: 100, sort: [{ colId: 'visitedOn', sort: 'desc' }] }],
      [
        'visit',
        {
          startRow: 0,
          endRow: 100,
          sort: [{ colId: 'visitedOn', sort: 'desc' }],
          filter: { campaignId: { filterType: 'set', values: [1] } },
        },
      ],
    ]
    for (const [ledger, q] of cases) {
      const plan = b.grids[ledger].plan(q).join('\n')
      expect(plan, plan).toMatch(/USING (COVERING )?INDEX|USING INTEGER PRIMARY KEY|^SCAN q$/m)
      expect(plan, plan).not.toMatch(/TEMP B-TREE/)
      // The ledger's own table: no join for names nobody filters or sorts by.
      expect(plan, plan).not.toMatch(/LEFT-JOIN/)
    }
  })

  it('finds in the firm grid what LIKE over the searched columns finds, for terms of any length', () => {
    const like = (term: string) =>
      b.db
        .prepare(
          `SELECT e.id FROM enterprise e LEFT JOIN building bd ON bd.id = e.building_id
           WHERE ${[
             'name',
             'short_name',
             'former_names',
             'credit_code',
             'registration_no',
             'name_pinyin',
             'name_initials',
             'contact',
             'phone',
           ]
             .map((c) => `e.${c} LIKE @t ESCAPE '\\'`)
             .join(' OR ')} OR bd.name LIKE @t ESCAPE '\\' ORDER BY e.id`,
        )
        .pluck()
        .all({ t: `%${term.replace(/[\\%_]/g, (c) => '\\' + c)}%` }) as number[]
    const firm = b.db
      .prepare('SELECT * FROM enterprise WHERE contact IS NOT NULL AND phone IS NOT NULL AND credit_code IS NOT NULL')
      .get() as Record<string, string>
    const terms = ['设', '设计', '同济', 'tj', 'T', '紫荆', '建筑设计', 'tongji', firm.contact, firm.phone.slice(3, 7)]
    terms.push(firm.credit_code.slice(5, 9), firm.credit_code.slice(2, 4), firm.name.slice(2, 5), '%', '_')
    // A 工商注册号 (the demo has none): the whole number, a run of it, two digits.
    const regNo = '310110000555557'
    b.db.prepare('UPDATE enterprise SET registration_no = ? WHERE id = (SELECT max(id) FROM enterprise)').run(regNo)
    terms.push(regNo, regNo.slice(4, 12), regNo.slice(9, 11))
    for (const term of terms) {
      const found = b.grids.enterprise.ids({ search: term })
      expect(found, term).toEqual(like(term))
      // The total is counted from the sets of ids the indexes give, apart from the rows.
      b.grids.enterprise.forget()
      expect(b.grids.enterprise.page({ startRow: 0, endRow: 10, search: term }).total, term).toBe(found.length)
    }
    const both = like('设计').filter((id) => like('同济').includes(id))
    expect(b.grids.enterprise.ids({ search: '设计 同济' })).toEqual(both)
    expect(b.grids.enterprise.page({ startRow: 0, endRow: 10, search: '设计 同济' }).total).toBe(both.length)
    expect(like('设计').length).toBeGreaterThan(0)
  })

  it('finds a firm’s visits by one or two characters of its name', () => {
    const firm = b.db
      .prepare(
        'SELECT e.id, e.name FROM enterprise e WHERE EXISTS (SELECT 1 FROM visit v WHERE v.enterprise_id = e.id)',
      )
      .get() as { id: number; name: string }
    for (const term of [firm.name.slice(2, 3), firm.name.slice(2, 4)]) {
      const ids = b.grids.visit.ids({ search: term })
      expect(b.grids.visit.page({ startRow: 0, endRow: 10, search: term }).total, term).toBe(ids.length)
      expect(ids, term).toEqual(
        b.db
          .prepare(
            `SELECT v.id FROM visit v JOIN enterprise e ON e.id = v.enterprise_id
             WHERE e.name LIKE @t OR e.short_name LIKE @t OR e.former_names LIKE @t OR e.credit_code LIKE @t
               OR e.registration_no LIKE @t OR e.name_pinyin LIKE @t OR e.name_initials LIKE @t ORDER BY v.id`,
          )
          .pluck()
          .all({ t: `%${term}%` }),
      )
    }
  })

  it('Ctrl+K ranks a name that starts with a short term above one that only contains it', () => {
    const starts = b.ledgers.enterprise.create({ name: '翠微设计有限公司' })
    b.ledgers.enterprise.create({ name: '上海翠微设计有限公司' })
    const hits = b.search('翠微')
    expect(hits[0]).toMatchObject({ kind: 'enterprise', id: starts.id })
    expect(hits.map((h) => h.title)).toContain('上海翠微设计有限公司')
    expect(b.search('翠').map((h) => h.title)).toContain('上海翠微设计有限公司')
  })
})

describe('upgrading a ledger of version 7', () => {
  it('indexes the pairs of what it already held, and counts changes from then on', () => {
    const dir = file('v7')
    mkdirSync(dir, { recursive: true })
    const path = join(dir, 'bizledger.db')
    copyFileSync(join(__dirname, '../../fixtures/db/v7.db'), path)
    const b = openBackend(path, '测试员')
    expect(b.grids.enterprise.ids({ search: '同济' })).toEqual([2])
    expect(b.grids.enterprise.ids({ search: '张' })).toEqual([1])
    expect(b.search('紫荆')[0]).toMatchObject({ kind: 'building', title: '紫荆广场' })
    const counted = () => scalar(b, "SELECT n FROM change_count WHERE tbl = 'enterprise'")
    const n = counted()
    b.ledgers.enterprise.update(2, { notes: '改' })
    expect(counted()).toBe(n + 1)
    b.db.close()
  })
})
