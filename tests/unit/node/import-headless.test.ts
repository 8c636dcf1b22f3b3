/**
 * A registry scrape with no header row (issue #16, part 7): 序号, a decoy column of 18-digit
 * numbers that merely look like credit codes, the firm's name, its code, legal representative,
 * province, date and capital. Written by exceljs, saved again by LibreOffice, and as CSV in
 * UTF-8 and GBK. The columns are guessed from their values (the code column by the share
 * passing the checksum), the preview offers 无表头 by itself, and a mapping given by the user
 * wins over the guess.
 */
import { rmSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { guessColumns } from '../../../src/main/import/guess'
import { previewImport } from '../../../src/main/import/preview'
import { runImport } from '../../../src/main/import/run'
import type { CellValue } from '../../../src/shared/domain/values'
import { memoryBackend } from '../../support/ledger'
import { SHAPES, writeShaped, type Shape } from '../../fixtures/shapes'
import { scrapeRows } from '../../fixtures/scrape'
import { code, scratch, type Cell } from '../../fixtures/workbooks'

const file = scratch('bizledger-headless-')
afterAll(() => rmSync(file.dir, { recursive: true, force: true }))

const GUESSED = [null, null, 'name', 'creditCode', 'legalRep', null, 'establishedOn', 'registeredCapital']

const write = (name: string, shape: Shape, rows: Cell[][]) => writeShaped(file, name, shape, rows)

/** The scrape's cells as read (it holds no dates as Date objects). */
const cellsOf = (rows: Cell[][]) => rows as CellValue[][]

describe('a file with no header row', () => {
  it('guesses the code column by the checksum, not by looking like a code', () => {
    expect(guessColumns('enterprises', cellsOf(scrapeRows()), 8)).toEqual(GUESSED)
    // With the decoys valid-looking and the real codes gone, no column is the code column.
    const noCodes = scrapeRows().map((r) => [r[0], r[1], r[2]])
    expect(guessColumns('enterprises', cellsOf(noCodes), 3)).toEqual([null, null, 'name'])
    // A province (or building) column before the people's names is not the legal representative.
    const provinceFirst = scrapeRows().map((r) => [r[5], r[4], r[2]])
    expect(guessColumns('enterprises', cellsOf(provinceFirst), 3)).toEqual([null, 'legalRep', 'name'])
    // For a 房租减免 list the firm's name is the tenant's.
    expect(guessColumns('rent-reliefs', cellsOf(scrapeRows()), 8).slice(2, 4)).toEqual(['tenantName', 'creditCode'])
  })

  for (const shape of SHAPES) {
    it(`${shape}: the preview offers 无表头 with the columns guessed; the import reads every row as data`, async () => {
      const path = await write('scrape', shape, scrapeRows())
      const b = memoryBackend()
      await expect(runImport(b, { path, kind: 'enterprises' })).rejects.toThrow(/没有找到所选台账的表头/)
      const p = await previewImport(b, { path })
      expect(p).toMatchObject({ kind: 'enterprises', noHeader: true, noHeaderGuessed: true, headerRow: 0 })
      expect(p.columns.map((c) => c.field)).toEqual(GUESSED)
      expect(p.rows[0].row).toBe(1)
      expect(p.rows[5].cells[3].problem).toMatch(/校验/)

      const r = await runImport(b, { path, kind: 'enterprises', noHeader: true })
      expect(r).toMatchObject({ rowsRead: 12, inserted: 11, headerRow: null })
      expect(r.errors.map((e) => e.row)).toEqual([6])
      expect(r.warnings[0].message).toContain('文件没有表头,各列读作:第1列→不导入,第2列→不导入,第3列→企业名称')
      const first = b.ledgers.enterprise.list().find((f) => f.name === '上海甲科技有限公司')
      expect(first).toMatchObject({
        creditCode: code(1),
        legalRep: '张伟',
        establishedOn: '2015-03-01',
        registeredCapital: 100,
      })
      // Re-imported, the same firms are found again: nothing new.
      const again = await runImport(b, { path, kind: 'enterprises', noHeader: true })
      expect(again).toMatchObject({ inserted: 0, unchanged: 11 })
    })
  }

  it('takes the user’s mapping over the guess, and remembers none for headerless files', async () => {
    const path = await write('mapped', 'exceljs', scrapeRows(3))
    const b = memoryBackend()
    const mapping = [null, null, 'name', null, 'contact']
    const p = await previewImport(b, { path, noHeader: true, mapping })
    expect(p.columns.map((c) => c.field)).toEqual([...mapping, null, null, null])
    expect(p.noHeaderGuessed).toBeUndefined()
    const r = await runImport(b, { path, kind: 'enterprises', noHeader: true, mapping })
    expect(r.inserted).toBe(3)
    expect(b.ledgers.enterprise.list().map((f) => [f.creditCode, f.contact])).toEqual([
      [null, '张伟'],
      [null, '王芳'],
      [null, '李娜'],
    ])
    expect(b.db.prepare('SELECT count(*) FROM import_mapping').pluck().get()).toBe(0)
  })
})
