/**
 * Migration 0016: a firm is found by its 工商注册号 wherever it is found by its credit code —
 * Ctrl+K, the firm grid's quick search, and the grids that search by firm (走访) — by the whole
 * number and by any part of it, whether the firm was there before the upgrade, added after it,
 * or brought in by an import (whose bulk path drops and rebuilds the index triggers).
 */
import Database from 'better-sqlite3'
import { rmSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import type { Backend } from '../../../src/main/app/backend'
import { openBackend } from '../../../src/main/app/open'
import { migrate } from '../../../src/main/db/migrate'
import { MIGRATIONS } from '../../../src/main/db/migrations'
import { SearchDeferral } from '../../../src/main/import/search-defer'
import { runImport } from '../../../src/main/import/run'
import { memoryBackend } from '../../support/ledger'
import { REG_A, REG_B, regNo } from '../../fixtures/registry'
import { code, scratch, writeCsv } from '../../fixtures/workbooks'

const SEARCHABLE = MIGRATIONS.findIndex((m) => m.name === '0016_registration_no_search') + 1
const file = scratch('bizledger-regno-search-')
afterAll(() => rmSync(file.dir, { recursive: true, force: true }))

const REG_C = regNo('44030100987654')

/** The firms whose searched columns hold the term, as LIKE finds them: what the grid must find. */
function like(db: Database.Database, term: string): number[] {
  const cols = ['name', 'short_name', 'former_names', 'credit_code', 'registration_no', 'name_pinyin', 'name_initials']
  cols.push('contact', 'phone') // the firm grid's quick search only
  return db
    .prepare(`SELECT id FROM enterprise WHERE ${cols.map((c) => `${c} LIKE @t`).join(' OR ')} ORDER BY id`)
    .pluck()
    .all({ t: `%${term}%` }) as number[]
}

/** Whole number, a long part, a 3-character part (trigram) and 1–2 characters (pair index). */
const partsOf = (no: string) => [no, no.slice(4, 12), no.slice(6, 9), no.slice(-2), no.slice(-1)]

function expectFound(b: Backend, id: number, no: string) {
  for (const term of partsOf(no)) {
    // Ctrl+K: the firm among the hits (a whole number or a long run of it: first).
    const hits = b.search(term, 300).filter((h) => h.kind === 'enterprise')
    expect(
      hits.map((h) => h.id),
      term,
    ).toContain(id)
    // The firm grid's quick search: exactly what LIKE over its searched columns finds.
    expect(b.grids.enterprise.ids({ search: term }), term).toEqual(like(b.db, term))
    expect(b.grids.enterprise.ids({ search: term }), term).toContain(id)
  }
  expect(b.search(no)[0]).toMatchObject({ kind: 'enterprise', id })
  expect(b.search(no.slice(3, 13))[0]).toMatchObject({ kind: 'enterprise', id })
}

describe('migration 0016: 注册号 in the search indexes', () => {
  it('finds firms that held a 注册号 before the upgrade, by the whole number and by parts of it', () => {
    const path = file('before.db')
    const raw = new Database(path)
    raw.pragma('foreign_keys = ON')
    migrate(raw, SEARCHABLE - 1)
    const add = raw.prepare(
      'INSERT INTO enterprise (name, credit_code, registration_no, name_pinyin, name_initials) VALUES (?, ?, ?, ?, ?) RETURNING id',
    )
    const onlyNo = add.pluck().get('上海丁餐饮管理有限公司', null, REG_A, 'shanghaidingcanyin', 'shdcy') as number
    const both = add.pluck().get('上海庚物流有限公司', code(3), REG_B, 'shanghaigengwuliu', 'shgwl') as number
    const coded = add.pluck().get('上海甲设计有限公司', code(4), null, 'shanghaijiasheji', 'shjsj') as number
    // Before 0016 the number is in neither index.
    expect(raw.prepare('SELECT count(*) FROM search_index WHERE search_index MATCH ?').pluck().get(`"${REG_A}"`)).toBe(
      0,
    )
    raw.close()

    const b = openBackend(path, '测试员')
    expectFound(b, onlyNo, REG_A)
    expectFound(b, both, REG_B)
    // Under the name: the code that identifies the firm, its 注册号 when it has no credit code.
    expect(b.search(REG_A)[0].subtitle).toBe(REG_A)
    expect(b.search(REG_B)[0].subtitle).toBe(code(3))
    // The credit code is still found, and a firm without a number is still there.
    expect(b.search(code(4))[0]).toMatchObject({ kind: 'enterprise', id: coded })
    expect(b.search(code(3))[0]).toMatchObject({ kind: 'enterprise', id: both })
    expect(b.db.prepare("SELECT count(*) FROM search_index WHERE kind = 'enterprise'").pluck().get()).toBe(3)
    expect(b.db.pragma('integrity_check', { simple: true })).toBe('ok')
    b.db.close()
  })

  it('keeps the indexes in step when a number is added, changed or removed, and in the 走访 grid', () => {
    const b = memoryBackend()
    const firm = b.ledgers.enterprise.create({ name: '上海辛咨询有限公司', registrationNo: REG_C })
    expectFound(b, firm.id as number, REG_C)

    b.ledgers.enterprise.update(firm.id as number, { registrationNo: REG_A })
    expectFound(b, firm.id as number, REG_A)
    expect(b.grids.enterprise.ids({ search: REG_C })).toEqual([])
    expect(b.search(REG_C)).toEqual([])

    const campaign = b.ledgers.campaign.create({
      name: '2024专项走访',
      kind: '专项走访',
      startOn: '2024-01-01',
      endOn: '2024-12-31',
    })
    const visit = b.ledgers.visit.create({
      enterpriseId: firm.id as number,
      campaignId: campaign.id as number,
      visitedOn: '2024-03-01',
      form: '上门走访',
    })
    expect(b.grids.visit.ids({ search: REG_A.slice(5, 12) })).toEqual([visit.id])

    b.ledgers.enterprise.update(firm.id as number, { registrationNo: null })
    expect(b.grids.enterprise.ids({ search: REG_A })).toEqual([])
    expect(b.grids.visit.ids({ search: REG_A.slice(5, 12) })).toEqual([])
  })

  it('indexes a firm an import brings with only a 注册号, through the bulk path', async () => {
    const b = memoryBackend()
    // The import defers the firm triggers only when it recognises them: 0016's must still be.
    b.db.transaction(() => {
      const deferral = new SearchDeferral(b.db)
      deferral.begin()
      const left = b.db
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'enterprise\\_%' ESCAPE '\\'")
        .pluck()
        .all()
      expect(left).not.toContain('enterprise_search_insert')
      expect(left).not.toContain('enterprise_pair_insert')
      expect(left).not.toContain('enterprise_search_update')
      expect(left).not.toContain('enterprise_pair_update')
      deferral.end('none')
    })()

    const path = file('registry.csv')
    writeCsv(
      path,
      [
        ['企业名称', '统一社会信用代码/注册号', '登记状态'],
        ['上海丁餐饮管理有限公司', REG_A, '注销'],
        ['上海壬贸易有限公司', REG_C, '吊销'],
      ],
      'utf8',
    )
    const r = await runImport(b, { path, kind: 'enterprises' })
    expect(r).toMatchObject({ inserted: 2, errors: [] })
    const id = (name: string) => b.db.prepare('SELECT id FROM enterprise WHERE name = ?').pluck().get(name) as number
    expectFound(b, id('上海丁餐饮管理有限公司'), REG_A)
    expectFound(b, id('上海壬贸易有限公司'), REG_C)
  })
})
