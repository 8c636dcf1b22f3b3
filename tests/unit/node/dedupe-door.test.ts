/**
 * The door (issue #20): a firm typed into the form or brought by an import that is likely one
 * already in the ledger gets a warning, in the import per row with a 疑似重复 count; upsert
 * updates a stored firm only on the same credit code (or exact name), never on a likeness.
 */
import { rmSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { dispatchAsync } from '../../../src/main/ipc/dispatch'
import { runImport } from '../../../src/main/import/run'
import type { FirmMatch } from '../../../src/shared/ipc/channels/dedupe'
import { REG_A } from '../../fixtures/registry'
import { code, scratch, writeXlsx } from '../../fixtures/workbooks'
import { memoryBackend, scalar } from '../../support/ledger'

const file = scratch('bizledger-door-')
afterAll(() => rmSync(file.dir, { recursive: true, force: true }))

function ledger() {
  const b = memoryBackend()
  const jili = b.ledgers.enterprise.create({ name: '上海济丽建设(集团)有限公司', creditCode: code(1) })
  const phoned = b.ledgers.enterprise.create({ name: '上海四平数据科技有限公司', phone: '021-65981234' })
  const renamed = b.ledgers.enterprise.create({ name: '上海新名设计有限公司', formerNames: '上海老名设计有限公司' })
  return { b, jili: jili.id as number, phoned: phoned.id as number, renamed: renamed.id as number }
}

describe('the door', () => {
  it('warns the form of a likely match by name, 曾用名 or phone, and not of an unrelated firm', async () => {
    const { b, jili, phoned, renamed } = ledger()
    const check = async (input: Record<string, unknown>) => {
      const r = await dispatchAsync(b, 'dedupe:check', input)
      if (!r.ok) throw new Error(r.error.message)
      return (r.value as FirmMatch[]).map((m) => [m.id, m.reason])
    }
    expect(await check({ name: '济丽建设（集团）有限责任公司' })).toEqual([[jili, '名称规范化后相同']])
    expect(await check({ name: '老名设计有限公司' })).toEqual([[renamed, '与其曾用名相同']])
    expect(await check({ name: '上海另一家有限公司', phone: '65981234' })).toEqual([[phoned, '联系电话相同']])
    expect(await check({ name: '上海另一家有限公司' })).toEqual([])
    // Editing the firm itself: it is not its own duplicate.
    expect(await check({ name: '上海济丽建设(集团)有限公司', excludeId: jili })).toEqual([])
  })

  it('leaves a code already held to the save, which refuses it and names the holder', () => {
    const { b } = ledger()
    b.ledgers.enterprise.create({ name: '上海老注册号有限公司', registrationNo: REG_A })
    expect(() => b.ledgers.enterprise.create({ name: '上海另一家有限公司', creditCode: code(1) })).toThrow(
      '已被企业“上海济丽建设(集团)有限公司”使用',
    )
    expect(() => b.ledgers.enterprise.create({ name: '上海另一家有限公司', registrationNo: REG_A })).toThrow(
      '已被企业“上海老注册号有限公司”使用',
    )
  })

  it('warns per row in the import, counts them, and updates only on the same code', async () => {
    const { b, jili } = ledger()
    const path = file('签到企业.xlsx')
    await writeXlsx(path, [
      {
        name: '名录',
        rows: [
          ['企业名称', '统一社会信用代码', '联系电话'],
          ['济丽建设（集团）有限责任公司', null, null],
          ['上海济丽建设集团有限公司', code(1), '021-66660000'],
          ['上海另一家科技有限公司', null, '65981234'],
          ['上海全新科技有限公司', null, null],
          ['全新科技有限责任公司', null, null],
        ],
      },
    ])
    const before = scalar(b, 'SELECT count(*) FROM enterprise')
    const r = await runImport(b, { path, kind: 'enterprises' })
    expect(r.errors).toEqual([])
    expect(r.inserted).toBe(4)
    expect(r.updated).toBe(1)
    expect(r.suspectedDuplicates).toBe(3)
    const warned = r.warnings.filter((w) => w.message.includes('疑似重复'))
    expect(warned.map((w) => w.row)).toEqual([2, 4, 6])
    expect(warned[0].message).toContain(`“上海济丽建设(集团)有限公司”(编号 ${jili})名称规范化后相同`)
    expect(warned[1].message).toContain('联系电话相同')
    expect(warned[2].message).toContain('本文件中前面的“上海全新科技有限公司”')
    expect(scalar(b, 'SELECT count(*) FROM enterprise')).toBe(before + 4)
    // The row with the code updated the firm holding it; the likeness alone made a new firm.
    expect(b.ledgers.enterprise.get(jili).phone).toBe('021-66660000')
  })
})
