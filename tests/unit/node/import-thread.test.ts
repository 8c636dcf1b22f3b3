/**
 * The .xlsx reader thread gives exactly the rows the same reader gives on the main thread, in
 * order, across sheets and batches, and a broken sheet fails the same clean way through it.
 */
import { spawnSync } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { scratch, workbookParts, writeBigDirectory, writeXlsx, zipBytes } from '../../fixtures/workbooks'

const file = scratch('bizledger-import-thread-')
afterAll(() => rmSync(file.dir, { recursive: true, force: true }))
const root = resolve(__dirname, '../../..')

function check(path: string) {
  const r = spawnSync(
    process.execPath,
    [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'tests/support/xlsx-thread-check.ts'), path],
    { encoding: 'utf8', cwd: root },
  )
  expect(r.stderr).toBe('')
  return JSON.parse(r.stdout) as Record<string, { rows?: unknown[]; error?: string; code?: string }> & {
    threaded: boolean
  }
}

describe('xlsx reader thread', () => {
  it('gives the same rows as the main thread, across sheets and batch boundaries', async () => {
    const path = file('big.xlsx')
    await writeBigDirectory(path, 1234)
    const two = file('two.xlsx')
    await writeXlsx(two, [
      {
        name: '一',
        rows: [
          ['企业名称', '注册资本'],
          ['甲', 1],
          ['乙', '500万'],
        ],
      },
      {
        name: '二',
        rows: [
          ['企业名称', '注册资本'],
          ['丙', 3],
        ],
        hidden: true,
      },
    ])
    for (const p of [path, two]) {
      const r = check(p)
      expect(r.threaded).toBe(true)
      expect(r.worker.rows!.length).toBeGreaterThan(2)
      expect(r.worker).toEqual(r.local)
      expect(r.source).toEqual(r.local)
    }
  }, 60_000)

  it('fails a broken sheet with the same Chinese message as the main thread', async () => {
    const path = file('broken.xlsx')
    // Well-formed for 700 rows (more than one batch), then a tag no XML parser accepts, then a proper end.
    const rows = Array.from(
      { length: 1200 },
      (_, i) =>
        `<row r="${i + 2}"><c r="A${i + 2}" t="inlineStr"><is><t>企业${i}</t></is></c>${i === 700 ? '<c r="B1" <<>' : ''}</row>`,
    )
    const sheet = `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>企业名称</t></is></c></row>${rows.join('')}</sheetData></worksheet>`
    writeFileSync(path, zipBytes(workbookParts({ name: '', data: Buffer.from(sheet) })))
    const r = check(path)
    expect(r.local.error).toBeTruthy()
    expect(r.worker.error).toBe(r.local.error)
    expect(r.worker.code).toBe(r.local.code)
    expect(r.worker.error).toContain('broken.xlsx')
    expect(r.worker.error).toContain('Sheet1')
  }, 60_000)
})
