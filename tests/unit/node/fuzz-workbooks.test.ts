/**
 * Workbooks mutated at random (fast-check), at three levels: the file's bytes, the zip's
 * entries, and the sheet's XML. Each import ends in a clean import or a clean Chinese error
 * (an AppError, nothing else) within a generous time bound, and a failed one leaves the ledger
 * exactly as it was.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AppError } from '../../../src/main/errors'
import { runImport } from '../../../src/main/import/run'
import { code, scratch, workbookParts, writeXlsx, zipBytes, type ZipPart } from '../../fixtures/workbooks'
import { memoryBackend } from '../../support/ledger'

const RUNS = Number(process.env.FUZZ_RUNS ?? 60)
/** Far above any of these imports (a few ms each): only a hang reaches it. */
const HANG_MS = 20_000
const file = scratch('bizledger-fuzz-wb-')
afterAll(() => rmSync(file.dir, { recursive: true, force: true }))

let base: Buffer
const SHEET_XML = (rows: string[][]) =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows
    .map(
      (r, i) =>
        `<row r="${i + 1}">${r.map((v, j) => `<c r="${String.fromCharCode(65 + j)}${i + 1}" t="inlineStr"><is><t>${v}</t></is></c>`).join('')}</row>`,
    )
    .join('')}</sheetData></worksheet>`
const ROWS = [
  ['企业名称', '统一社会信用代码', '所在楼宇', '注册资本', '成立日期'],
  ['上海甲设计有限公司', code(1), '紫荆广场', '500万', '2015/3/4'],
  ['上海乙科技有限公司', code(2), '旭辉广场', '1,000', '2016年5月6日'],
  ['上海丙咨询有限公司', code(3), '紫荆广场', '20', '20170708'],
]

beforeAll(async () => {
  const path = file('base.xlsx')
  await writeXlsx(path, [{ name: '名录', rows: ROWS }])
  base = readFileSync(path)
})

let n = 0
/** Imports the bytes; returns how it ended. Throws (fails the property) on anything unclean. */
async function importBytes(bytes: Buffer, ext = 'xlsx'): Promise<'imported' | 'refused'> {
  const b = memoryBackend()
  const before = JSON.stringify(b.stats())
  const path = file(`m${++n}.${ext}`)
  writeFileSync(path, bytes)
  let timer: ReturnType<typeof setTimeout> | undefined
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`import did not end within ${HANG_MS} ms`)), HANG_MS)
  })
  try {
    await Promise.race([runImport(b, { path, kind: 'enterprises' }), hang])
    expect(b.db.pragma('integrity_check', { simple: true })).toBe('ok')
    return 'imported'
  } catch (e) {
    if (!(e instanceof AppError)) throw e
    expect(e.message).toMatch(/[\u4e00-\u9fa5]/)
    expect(JSON.stringify(b.stats())).toBe(before)
    return 'refused'
  } finally {
    clearTimeout(timer)
    b.db.close()
    rmSync(path, { force: true })
  }
}

const outcomes: Record<string, Set<string>> = {}
const note = (level: string, o: string) => (outcomes[level] ??= new Set()).add(o)

describe('mutated workbooks import cleanly or fail cleanly', () => {
  it('byte mutations: overwritten, inserted, deleted, truncated', async () => {
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
      fc.record({
        kind: fc.constant('insert' as const),
        at: fc.nat(),
        bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }),
      }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 64 }) }),
      fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
    )
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 6 }), async (edits) => {
        let b = Buffer.from(base)
        for (const e of edits) {
          const at = e.at % Math.max(1, b.length)
          if (e.kind === 'set') b[at] = e.value
          else if (e.kind === 'insert') b = Buffer.concat([b.subarray(0, at), Buffer.from(e.bytes), b.subarray(at)])
          else if (e.kind === 'delete') b = Buffer.concat([b.subarray(0, at), b.subarray(at + e.count)])
          else b = b.subarray(0, at)
        }
        note('bytes', await importBytes(b))
      }),
      { numRuns: RUNS, seed: 11 },
    )
  }, 120_000)

  it('zip entry mutations: dropped, duplicated, renamed, swapped, lying sizes', async () => {
    const good = workbookParts({ name: '', data: Buffer.from(SHEET_XML(ROWS)) })
    expect(await importBytes(zipBytes(good))).toBe('imported')
    const op = fc.oneof(
      fc.record({ kind: fc.constant('drop' as const), i: fc.nat() }),
      fc.record({ kind: fc.constant('dup' as const), i: fc.nat() }),
      fc.record({
        kind: fc.constant('rename' as const),
        i: fc.nat(),
        name: fc.constantFrom('', '../x.xml', 'xl/worksheets/sheet2.xml', '[Content_Types].xml', 'a'.repeat(300)),
      }),
      fc.record({ kind: fc.constant('swap' as const), i: fc.nat(), j: fc.nat() }),
      fc.record({
        kind: fc.constant('size' as const),
        i: fc.nat(),
        size: fc.oneof(fc.constant(0), fc.constant(0xffffffff), fc.nat()),
      }),
      fc.record({ kind: fc.constant('empty' as const), i: fc.nat() }),
    )
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 4 }), async (ops) => {
        let parts: ZipPart[] = good.map((p) => ({ ...p }))
        for (const o of ops) {
          if (parts.length === 0) break
          const i = o.i % parts.length
          if (o.kind === 'drop') parts = parts.filter((_, k) => k !== i)
          else if (o.kind === 'dup') parts.push({ ...parts[i] })
          else if (o.kind === 'rename') parts[i] = { ...parts[i], name: o.name }
          else if (o.kind === 'swap') {
            const j = o.j % parts.length
            ;[parts[i], parts[j]] = [
              { ...parts[i], data: parts[j].data },
              { ...parts[j], data: parts[i].data },
            ]
          } else if (o.kind === 'size') parts[i] = { ...parts[i], declaredSize: o.size }
          else parts[i] = { ...parts[i], data: Buffer.alloc(0) }
        }
        note('zip', await importBytes(zipBytes(parts)))
      }),
      { numRuns: RUNS, seed: 12 },
    )
  }, 120_000)

  it('XML mutations of the sheet: cut, injected markup, broken references, huge values', async () => {
    const xml = SHEET_XML(ROWS)
    const junk = fc.constantFrom(
      '<',
      '>',
      '&',
      '&amp;',
      '&#0;',
      '&#xFFFF;',
      ']]>',
      '<![CDATA[',
      '<c r="A1">',
      '</row>',
      '<row r="0">',
      '<row r="1048577">',
      '<c r="XFE1" t="s"><v>99999</v></c>',
      '<c r="A2" t="n"><v>1e400</v></c>',
      '<c r="B2" t="d"><v>not a date</v></c>',
      '<c t="inlineStr"><is><t>' + '长'.repeat(5000) + '</t></is></c>',
      '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>',
      '\u0000',
      '\uFFFE',
    )
    const op = fc.oneof(
      fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 200 }) }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: junk }),
      fc.record({
        kind: fc.constant('attr' as const),
        from: fc.constantFrom('r="', 't="', '<row ', '<c '),
        to: fc.constantFrom('r="ZZZZZ99999999', 't="x', '<row r="-5" ', '<c r="" '),
      }),
    )
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 5 }), async (ops) => {
        let text = xml
        for (const o of ops) {
          if (o.kind === 'cut') {
            const at = o.at % text.length
            text = text.slice(0, at) + text.slice(at + o.count)
          } else if (o.kind === 'insert') {
            const at = o.at % (text.length + 1)
            text = text.slice(0, at) + o.text + text.slice(at)
          } else text = text.replace(o.from, o.to)
        }
        note('xml', await importBytes(zipBytes(workbookParts({ name: '', data: Buffer.from(text) }))))
      }),
      { numRuns: RUNS * 2, seed: 13 },
    )
    // The mutations reached both ends: some files still imported, some were refused.
    expect(outcomes.xml).toEqual(new Set(['imported', 'refused']))
  }, 120_000)
})
