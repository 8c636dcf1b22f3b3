/** `tasks` and `dispatch` from the command line, and the files back with `import --kind`. */
import { readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBackend } from '../../../src/main/app/open'
import { dispatchedRequest, fieldLedger } from '../../fixtures/field-workbooks'
import { scratch } from '../../fixtures/workbooks'
import { cli } from '../../support/cli'

const file = scratch('bizledger-fieldbooks-cli-')
const db = file('台账.db')
afterAll(() => rmSync(file.dir, { recursive: true, force: true }))

beforeAll(() => {
  const b = openBackend(db, '测试员')
  const f = fieldLedger(b)
  dispatchedRequest(b, f)
  b.db.close()
})

describe('tasks and dispatch commands', () => {
  it('writes the task sheets into a folder and takes a filled one back', async () => {
    const out = file('任务表')
    const made = cli('tasks', '--db', db, '--campaign', '2026冬令大走访', '--by', 'manager', '--out', out, '--json')
    expect(made.err).toBe('')
    expect(made.code).toBe(0)
    const result = JSON.parse(made.out) as { files: { file: string; rows: number }[] }
    expect(result.files).toEqual([{ file: '2026冬令大走访-走访任务表-杨峰东.xlsx', rows: 4, name: '杨峰东' }])
    expect(readdirSync(out)).toEqual(['2026冬令大走访-走访任务表-杨峰东.xlsx'])

    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(join(out, result.files[0].file))
    wb.worksheets[0].getCell('J4').value = new Date('2026-11-09T00:00:00Z')
    wb.worksheets[0].getCell('L4').value = '上门走访'
    await wb.xlsx.writeFile(join(out, result.files[0].file))
    const back = cli('import', out, '--db', db, '--kind', 'visit-tasks', '--json')
    expect(back.code).toBe(0)
    const { reports } = JSON.parse(back.out) as { reports: { inserted: number; skipped: number }[] }
    expect(reports.map((r) => [r.inserted, r.skipped])).toEqual([[1, 3]])
  })

  it('writes one dispatch sheet per unit, and refuses what it cannot do with usage or a Chinese reason', () => {
    const out = file('派单表')
    const made = cli('dispatch', '--db', db, '--by', 'unit', '--out', out)
    expect(made.code).toBe(0)
    expect(made.out).toMatch(/已生成诉求派单表 1 个文件/)
    expect(readdirSync(out)[0]).toMatch(/^诉求派单表-区市场监管局-/)

    const wrong = cli('tasks', '--db', db, '--campaign', '2026冬令大走访', '--by', 'floor', '--out', out)
    expect(wrong.code).toBe(2)
    expect(wrong.err).toContain('--by 应为 manager(楼掌柜)、specialist(服务专员)、building(楼宇) 之一')
    const missing = cli('tasks', '--db', db, '--campaign', '没有的活动', '--by', 'manager', '--out', out)
    expect(missing.code).toBe(1)
    expect(missing.err).toContain('找不到走访活动“没有的活动”')
  })
})
