/**
 * The export's channels through the same gate as the app: a view export named by its job,
 * followed by progress while it runs on its own connection (the app's own stays free for
 * edits), a layout, a cancel that leaves nothing behind, and refused input.
 */
import { rmSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Backend } from '../../../src/main/app/backend'
import { dispatchAsync } from '../../../src/main/ipc/dispatch'
import { openBackend } from '../../../src/main/app/open'
import type { ExportFile, ExportProgress } from '../../../src/shared/ipc/channels/export'
import { scratch } from '../../fixtures/workbooks'
import { readXlsx } from '../../support/xlsx-xml'
import { writeFileSync } from 'node:fs'

const file = scratch('bizledger-export-ipc-')
afterAll(() => rmSync(file.dir, { recursive: true, force: true }))

let b: Backend
beforeAll(() => {
  b = openBackend(file('ledger.db'), '测试员')
  b.setup('demo', 3)
})
afterAll(() => b.db.close())

async function call<T>(channel: string, input?: unknown): Promise<T> {
  const r = await dispatchAsync(b, channel, input)
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.value as T
}

const COLUMNS = [{ id: 'name', label: '企业名称', width: 200 }, { id: 'buildingName' }, { id: 'registeredCapital' }]

describe('export channels', () => {
  it('exports the view as a job with progress, while the app goes on editing', async () => {
    const seen: (ExportProgress | null)[] = []
    const running = call<ExportFile>('export:view', {
      ledger: 'enterprise',
      columns: COLUMNS,
      format: 'xlsx',
      title: '企业名录',
      jobId: 'job-view-0001',
    })
    let done = false
    void running.finally(() => (done = true))
    while (!done) {
      seen.push(await call<ExportProgress | null>('export:progress', { jobId: 'job-view-0001' }))
      // An edit on the app's connection while the export streams on its own.
      await call('staff:create', { name: `临时${seen.length}` })
      await new Promise((r) => setTimeout(r, 5))
    }
    const result = await running
    const total = b.stats().enterprises
    expect(result).toMatchObject({ rows: total })
    expect(result.fileName).toMatch(/^企业名录-\d{4}-\d{2}-\d{2}\.xlsx$/)
    expect(seen.some((p) => p !== null && p.totalRows === total)).toBe(true)
    expect(await call('export:progress', { jobId: 'job-view-0001' })).toBeNull()
    const path = file('from-ipc.xlsx')
    writeFileSync(path, Buffer.from(result.base64, 'base64'))
    const s = readXlsx(path).sheets[0]
    expect(s.value('A2')).toBe('企业名称')
    expect(s.rows.length).toBe(total + 2)
  })

  it('exports a layout and a CSV', async () => {
    const layout = await call<ExportFile>('export:layout', { layout: 'rent-reliefs' })
    expect(layout.fileName).toMatch(/^房租减免汇总表-.*\.xlsx$/)
    const csv = await call<ExportFile>('export:view', {
      ledger: 'request',
      columns: [{ id: 'content' }, { id: 'status' }],
      format: 'csv',
      encoding: 'gbk',
      where: { filter: { status: { filterType: 'set', values: ['已办结'] } } },
    })
    const closed = b.db.prepare(`SELECT count(*) FROM request WHERE status = '已办结'`).pluck().get()
    expect(csv).toMatchObject({ rows: closed, fileName: expect.stringMatching(/^企业诉求-.*\.csv$/) })
  })

  it('cancels a running export', async () => {
    const running = dispatchAsync(b, 'export:view', {
      ledger: 'visit',
      columns: [{ id: 'visitedOn' }, { id: 'enterpriseName' }],
      format: 'xlsx',
      jobId: 'job-cancel-001',
    })
    for (let i = 0; i < 200; i++) {
      const p = await call<ExportProgress | null>('export:progress', { jobId: 'job-cancel-001' })
      if (p) break
      await new Promise((r) => setTimeout(r, 2))
    }
    expect(await call('export:cancel', { jobId: 'job-cancel-001' })).toEqual({ cancelled: true })
    const r = await running
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.message).toContain('导出已取消')
  })

  it('refuses what the renderer must not ask for', async () => {
    const bad = await dispatchAsync(b, 'export:view', {
      ledger: 'enterprise',
      columns: [{ id: 'name; DROP TABLE enterprise' }],
      format: 'xlsx',
    })
    expect(bad.ok).toBe(false)
    const unknown = await dispatchAsync(b, 'export:view', {
      ledger: 'enterprise',
      columns: [{ id: 'nope' }],
      format: 'xlsx',
      sort: [{ colId: 'nope', sort: 'asc' }],
    })
    expect(unknown.ok).toBe(false)
    if (!unknown.ok) expect(unknown.error.message).toContain('没有可筛选或排序的列')
    const noCampaign = await dispatchAsync(b, 'export:layout', { layout: 'visits' })
    expect(noCampaign.ok).toBe(false)
  })
})
