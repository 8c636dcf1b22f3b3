/**
 * The import's channels through the same gate as the app (dispatchAsync): preview with each
 * problem on its cell, a run followed and cancelled by its job id, past imports, the error
 * workbook, and 撤销本次导入.
 */
import { readFileSync, rmSync } from 'node:fs'
import { basename } from 'node:path'
import { Readable } from 'node:stream'
import { Uploads } from '../../../src/main/files/uploads'
import ExcelJS from 'exceljs'
import { afterAll, describe, expect, it } from 'vitest'
import { openBackend } from '../../../src/main/app/open'
import { dispatchAsync } from '../../../src/main/ipc/dispatch'
import type { ImportBatch, ImportPreview, ImportReport } from '../../../src/shared/ipc/channels/import'
import { memoryBackend } from '../../support/ledger'
import { badCode, code, scratch, writeBigDirectory, writeSheet } from '../../fixtures/workbooks'

const file = scratch('bizledger-import-ipc-')
afterAll(() => rmSync(file.dir, { recursive: true, force: true }))

/** The file as the page sends it: uploaded, then named by its id. */
async function upload(b: { uploads: { save(name: string, bytes: Buffer): Promise<{ id: string }> } }, path: string) {
  return (await b.uploads.save(basename(path), readFileSync(path))).id
}

async function call<T>(b: ReturnType<typeof memoryBackend>, channel: string, input?: unknown): Promise<T> {
  const r = await dispatchAsync(b, channel, input)
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.value as T
}

describe('import channels', () => {
  it('previews: guesses the ledger, shows the mapping and marks each problem on its cell', async () => {
    const path = await writeSheet(file('preview.xlsx'), '名录', [
      ['标题'],
      ['企业名称', '信用代码', '注册资本', '成立日期', '其他说明'],
      ['上海甲设计有限公司', code(1), '500万', '2015/3/4', null],
      ['上海乙科技有限公司', badCode(2), '很多', '下周', null],
      [null, null, 100, null, '无名'],
      ['合计', null, 600],
    ])
    const b = memoryBackend()
    const p = await call<ImportPreview>(b, 'import:preview', { file: await upload(b, path) })
    expect(p).toMatchObject({ kind: 'enterprises', kindGuessed: true, headerRow: 2, headerDepth: 1, remembered: false })
    expect(p.columns.map((c) => [c.letter, c.field, c.fieldLabel])).toEqual([
      ['A', 'name', '企业名称'],
      ['B', 'creditCode', '统一社会信用代码'],
      ['C', 'registeredCapital', '注册资本(万元)'],
      ['D', 'establishedOn', '成立日期'],
      ['E', null, null], // not a field: shown, left for the user to map or leave
    ])
    expect(p.rows.map((r) => r.row)).toEqual([3, 4, 5, 6])
    expect(p.rows[0].cells.every((c) => !c.problem)).toBe(true)
    // How each value will be stored, where it reads differently from the cell.
    expect(p.rows[0].cells.map((c) => c.storedAs)).toEqual([undefined, undefined, '500 万元', '2015-03-04', undefined])
    expect(p.rows[2].cells[2].storedAs).toBe('100 万元')
    // Only the code refuses the row; the unreadable capital and date are warned of, left blank.
    expect(p.rows[1].cells.map((c) => Boolean(c.problem))).toEqual([false, true, false, false, false])
    expect(p.rows[1].cells.map((c) => Boolean(c.warning))).toEqual([false, false, true, true, false])
    expect(p.rows[1].cells[1].problem).toContain('校验位')
    expect(p.rows[2].cells[0].problem).toBe('请填写企业名称')
    expect(p.rows[3].skipped).toBe('合计/小计行')
    expect(p.fields.find((f) => f.key === 'isKey')?.label).toBe('重点企业')
    expect(b.stats().enterprises).toBe(0)
  })

  it('runs, lists the batch, gives its problems as a workbook, and undoes it', async () => {
    const path = await writeSheet(file('run.xlsx'), '名录', [
      ['企业名称', '统一社会信用代码', '所在楼宇'],
      ['上海甲设计有限公司', code(1), '紫荆广场'],
      ['上海乙科技有限公司', badCode(2), '紫荆广场'],
      ['=HYPERLINK("http://x")', null, null],
    ])
    const b = memoryBackend()
    const report = await call<ImportReport>(b, 'import:run', { file: await upload(b, path), kind: 'enterprises' })
    expect(report).toMatchObject({ inserted: 2, errors: [expect.objectContaining({ row: 3 })] })
    const [batch] = await call<ImportBatch[]>(b, 'import:batches')
    expect(batch).toMatchObject({ id: report.batchId, file: 'run.xlsx', kind: 'enterprises', inserted: 2, errors: 1 })

    const wb = await call<{ fileName: string; base64: string }>(b, 'import:errorWorkbook', { batchId: report.batchId })
    expect(wb.fileName).toBe('run-导入问题.xlsx')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(Buffer.from(wb.base64, 'base64') as unknown as ArrayBuffer)
    const rows = book.getWorksheet('导入问题')!.getSheetValues().filter(Boolean) as unknown[][]
    expect(rows[0].slice(1)).toEqual(['类别', '工作表', '行号', '列', '值', '原因'])
    expect(rows[1].slice(1, 6)).toEqual(['错误', '名录', 3, '统一社会信用代码', badCode(2)])
    expect(String(rows[1][6])).toContain('校验位')

    expect(b.ledgers.enterprise.list().map((f) => f.name)).toContain('=HYPERLINK("http://x")')
    const undo = await call<{ deleted: number }>(b, 'import:undo', { batchId: report.batchId })
    expect(undo.deleted).toBe(3) // two firms and the building
    expect(b.stats()).toMatchObject({ enterprises: 0, buildings: 0 })
    expect((await call<ImportBatch[]>(b, 'import:batches'))[0].undoneAt).not.toBeNull()
  })

  it('reads only what was uploaded: an unknown id is refused in Chinese, names cannot be paths', async () => {
    const b = memoryBackend()
    const r = await dispatchAsync(b, 'import:preview', { file: 'up-aaaaaaaaaaaaaaaaaaaa' })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('重新选择文件') })
    const small = new Uploads(10)
    await expect(small.save('big.csv', Readable.from([Buffer.alloc(8), Buffer.alloc(8)]))).rejects.toThrow(/超过/)
    await expect(small.save('big.csv', Buffer.alloc(11))).rejects.toThrow(/请拆分/)
    expect((await small.save('ok.csv', Buffer.alloc(10))).size).toBe(10)
    small.clear()
    for (const name of ['../x.xlsx', 'a/b.xlsx', '..', '']) {
      await expect(b.uploads.save(name, Buffer.from('x'))).rejects.toThrow(/文件名/)
    }
  })

  it('refuses bad input at the gate', async () => {
    const b = memoryBackend()
    for (const [channel, input] of [
      ['import:run', { file: 'up-aaaaaaaaaaaaaaaaaaaa', kind: 'firms' }],
      ['import:run', { file: '/etc/passwd', kind: 'enterprises' }],
      ['import:run', { path: '/etc/passwd', kind: 'enterprises' }],
      ['import:preview', { file: 'up-aaaaaaaaaaaaaaaaaaaa', mapping: ['name; DROP TABLE'] }],
      ['import:undo', { batchId: 1 }],
    ] as const) {
      const r = await dispatchAsync(b, channel, input)
      expect(r.ok, channel).toBe(false)
      if (!r.ok) expect(r.error.code).toBe('VALIDATION')
    }
  })

  it('reports progress and cancels a run on a database file, which stays as it was', async () => {
    const dir = scratch('bizledger-import-ipc-file-')
    const b = openBackend(dir('ledger.db'), '测试员')
    b.ledgers.enterprise.create({ name: '已有企业' })
    const path = dir('big.xlsx')
    await writeBigDirectory(path, 6000)
    const jobId = 'job-cancel-1'
    const run = dispatchAsync(b, 'import:run', { file: await upload(b, path), kind: 'enterprises', jobId })
    let progress: { rowsRead: number } | null = null
    for (let i = 0; i < 3000 && !(progress && progress.rowsRead >= 1000); i++) {
      await new Promise((r) => setTimeout(r, 5))
      progress = await call<{ rowsRead: number } | null>(b, 'import:progress', { jobId })
      // The app's own connection keeps reading the committed ledger meanwhile.
      expect(b.stats().enterprises).toBe(1)
    }
    expect(progress?.rowsRead).toBeGreaterThanOrEqual(1000)
    expect(await call(b, 'import:cancel', { jobId })).toEqual({ cancelled: true })
    const r = await run
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.message).toContain('已取消')
    expect(b.stats().enterprises).toBe(1)
    expect(await call(b, 'import:progress', { jobId })).toBeNull()
    b.db.close()
    rmSync(dir.dir, { recursive: true, force: true })
  }, 120_000)
})
