/**
 * The desktop shell's saves and opens, with the system dialogs and the PDF printer stood in
 * for: the file is written by main where the dialog said, the page's request names no path,
 * and a cancelled dialog writes nothing.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Backend } from '../../../src/main/app/backend'
import { openBackend } from '../../../src/main/app/open'
import { dispatchAsync } from '../../../src/main/ipc/dispatch'
import { backupFolder } from '../../../src/main/backup/store'
import { openFile, saveFile, type ShellDeps } from '../../../src/main/shell/files'
import { Uploads } from '../../../src/main/files/uploads'
import { reportRoute } from '../../../src/shared/reports/params'
import { seedBasics } from '../../support/ledger'

let dir: string
let backend: Backend
const asked: { defaultName: string; extensions: string[] }[] = []

function deps(answer: string | null, extra: Partial<ShellDeps> = {}): ShellDeps {
  return {
    host: { backend, failure: null, uploads: backend.uploads },
    askSave: async ({ defaultName, filters }) => {
      asked.push({ defaultName, extensions: filters.flatMap((f) => f.extensions) })
      return answer
    },
    askOpen: async () => answer,
    askFolder: async () => answer,
    pdf: async () => Buffer.from('%PDF-1.7\n%stand-in\n'),
    ...extra,
  }
}

const columns = [{ id: 'name' }, { id: 'creditCode' }]

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bizledger-shell-'))
  backend = openBackend(join(dir, 'ledger', 'bizledger.db'), '测试员')
  seedBasics(backend)
  asked.length = 0
})

afterEach(() => backend.db.close())

describe('saving through the system dialog', () => {
  it('导出 writes the workbook straight to the chosen path', async () => {
    const target = join(dir, '我的导出.xlsx')
    const r = await saveFile(deps(target), {
      what: 'export:view',
      input: { ledger: 'enterprise', columns, format: 'xlsx' },
    })
    expect(r).toEqual({ ok: true, value: { saved: true, fileName: '我的导出.xlsx', rows: 1 } })
    expect(readFileSync(target).subarray(0, 2).toString()).toBe('PK')
    expect(asked[0].defaultName).toMatch(/^企业名录-\d{4}-\d{2}-\d{2}\.xlsx$/)
    expect(asked[0].extensions).toEqual(['xlsx'])
  })

  it('a cancelled dialog saves nothing and is no error', async () => {
    const r = await saveFile(deps(null), {
      what: 'export:view',
      input: { ledger: 'enterprise', columns, format: 'csv' },
    })
    expect(r).toEqual({ ok: true, value: { saved: false } })
    expect(readdirSync(dir)).toEqual(['ledger'])
  })

  it('立即备份 copies a sealed backup to the chosen place and keeps one in the backup folder', async () => {
    const target = join(dir, 'U盘', 'ledger-backup.db')
    const missing = await saveFile(deps(target), { what: 'backup' })
    // The chosen folder must exist (the dialog only offers existing ones).
    expect(missing.ok).toBe(false)
    const usb = mkdtempSync(join(dir, 'usb-'))
    const r = await saveFile(deps(join(usb, 'b.db')), { what: 'backup' })
    expect(r).toMatchObject({ ok: true, value: { saved: true, fileName: 'b.db' } })
    expect(readFileSync(join(usb, 'b.db')).subarray(0, 15).toString()).toBe('SQLite format 3')
    expect(readdirSync(backupFolder(backend.options.dbPath)).some((n) => n.endsWith('-manual.db'))).toBe(true)
  })

  it('导出PDF asks with a plain file name (no folder from the page) and writes the PDF there', async () => {
    const target = join(dir, 'r.pdf')
    const r = await saveFile(deps(target), {
      what: 'report:pdf',
      route: reportRoute('building', {}),
      fileName: '../../etc/营商简报.pdf',
    })
    expect(r).toMatchObject({ ok: true, value: { saved: true, fileName: 'r.pdf' } })
    expect(asked[0].defaultName).not.toMatch(/[\\/]/)
    expect(asked[0].extensions).toEqual(['pdf'])
    expect(readFileSync(target, 'utf8')).toMatch(/^%PDF-/)
  })

  it("an import's problems workbook is saved where the dialog says, named after the imported file", async () => {
    const src = join(dir, '名录.csv')
    writeFileSync(
      src,
      '企业名称,统一社会信用代码\n上海甲科技有限公司,91310110MA1FPQYC43\n上海乙科技有限公司,913101101234567890\n',
    )
    const up = await backend.uploads.save('名录.csv', readFileSync(src))
    const run = await dispatchAsync(backend, 'import:run', { file: up.id, kind: 'enterprises' })
    expect(run.ok).toBe(true)
    const batchId = (run as { value: { batchId: string } }).value.batchId
    const target = join(dir, 'problems.xlsx')
    const r = await saveFile(deps(target), { what: 'import:problems', batchId })
    expect(r).toMatchObject({ ok: true, value: { saved: true, fileName: 'problems.xlsx' } })
    expect(asked[0].defaultName).toBe('名录-导入问题.xlsx')
    expect(readFileSync(target).subarray(0, 2).toString()).toBe('PK')
  })

  it('走访任务表 go into the folder the dialog picks, one file per 楼掌柜; cancelled, none', async () => {
    const campaign = backend.ledgers.campaign.create({
      name: '2026冬令大走访',
      kind: '冬令大走访',
      startOn: '2026-11-01',
      endOn: '2026-12-31',
    })
    const input = { campaignId: campaign.id as number, by: 'manager' }
    expect(await saveFile(deps(null), { what: 'fieldbook:tasks', input })).toEqual({
      ok: true,
      value: { saved: false },
    })
    const folder = join(dir, '任务表')
    mkdirSync(folder)
    expect(readdirSync(folder)).toEqual([])
    const r = await saveFile(deps(folder), { what: 'fieldbook:tasks', input })
    expect(r).toEqual({ ok: true, value: { saved: true, files: ['2026冬令大走访-走访任务表-王建国.xlsx'], rows: 1 } })
    expect(readdirSync(folder)).toEqual(['2026冬令大走访-走访任务表-王建国.xlsx'])
  })

  it('a request that tries to name a path itself is refused', async () => {
    const r = await saveFile(deps(join(dir, 'x.db')), { what: 'backup', path: '/etc/passwd' })
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(asked).toEqual([])
  })

  it('with no ledger open it says why instead of asking', async () => {
    const r = await saveFile(
      {
        ...deps(join(dir, 'x.db')),
        host: { backend: null, failure: { code: 'CORRUPT', message: '已损坏' }, uploads: new Uploads() },
      },
      { what: 'backup' },
    )
    expect(r).toEqual({ ok: false, error: { code: 'CORRUPT', message: '已损坏' } })
    expect(asked).toEqual([])
  })
})

describe('opening through the system dialog', () => {
  it('导入 takes the chosen file in as an upload, by id', async () => {
    const src = join(dir, '企业名录.csv')
    writeFileSync(src, '企业名称,统一社会信用代码\n上海甲公司,91350100M000100Y43\n')
    const r = await openFile(deps(src), 'import')
    expect(r.ok).toBe(true)
    const up = (r as { value: { id: string; name: string } }).value
    expect(up.name).toBe('企业名录.csv')
    expect(readFileSync(backend.uploads.path(up.id), 'utf8')).toContain('上海甲公司')
  })

  it('a cancelled open dialog answers null; an unknown kind is refused', async () => {
    expect(await openFile(deps(null), 'backup')).toEqual({ ok: true, value: null })
    expect(await openFile(deps(null), 'anything')).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(existsSync(join(dir, 'ledger'))).toBe(true)
  })
})
