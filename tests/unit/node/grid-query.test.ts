import { beforeAll, describe, expect, it } from 'vitest'
import type { Backend } from '../../../src/main/app/backend'
import { dispatch } from '../../../src/main/ipc/dispatch'
import { memoryBackend, scalar } from '../../support/ledger'

let b: Backend
beforeAll(() => {
  b = memoryBackend()
  b.setup('demo', 3)
})

describe('grid queries', () => {
  it('pages through every firm with a total, each page in order', () => {
    const first = b.grids.enterprise.page({ startRow: 0, endRow: 100 })
    expect(first.total).toBe(scalar(b, 'SELECT count(*) FROM enterprise'))
    expect(first.rows).toHaveLength(100)
    const second = b.grids.enterprise.page({ startRow: 100, endRow: 200 })
    const ids = new Set([...first.rows, ...second.rows].map((r) => r.id))
    expect(ids.size).toBe(200)
    expect(first.rows[0]).toHaveProperty('buildingName')
  })

  it('sorts Chinese names by pinyin, blanks last, and sorts joined names', () => {
    const { rows } = b.grids.enterprise.page({ startRow: 0, endRow: 50, sort: [{ colId: 'name', sort: 'asc' }] })
    const pinyins = rows.map((r) => r.namePinyin as string)
    expect([...pinyins].sort()).toEqual(pinyins)
    const byCapital = b.grids.enterprise.page({
      startRow: 0,
      endRow: 3000,
      sort: [{ colId: 'registeredCapital', sort: 'desc' }],
    }).rows
    const caps = byCapital.map((r) => r.registeredCapital as number | null)
    const firstNull = caps.indexOf(null)
    if (firstNull >= 0) expect(caps.slice(firstNull).every((c) => c === null)).toBe(true)
    const present = caps.filter((c): c is number => c !== null)
    expect([...present].sort((x, y) => y - x)).toEqual(present)
  })

  it('applies text, number, date, set and combined filters like independent SQL', () => {
    const page = (filter: object) => b.grids.enterprise.page({ startRow: 0, endRow: 1, filter: filter as never }).total
    expect(page({ name: { filterType: 'text', type: 'contains', filter: '设计' } })).toBe(
      scalar(b, "SELECT count(*) FROM enterprise WHERE name LIKE '%设计%'"),
    )
    expect(page({ registeredCapital: { filterType: 'number', type: 'greaterThanOrEqual', filter: 1000 } })).toBe(
      scalar(b, 'SELECT count(*) FROM enterprise WHERE registered_capital >= 1000'),
    )
    expect(
      page({
        establishedOn: {
          filterType: 'date',
          type: 'inRange',
          dateFrom: '2010-01-01 00:00:00',
          dateTo: '2015-12-31 00:00:00',
        },
      }),
    ).toBe(scalar(b, "SELECT count(*) FROM enterprise WHERE established_on BETWEEN '2010-01-01' AND '2015-12-31'"))
    expect(page({ status: { filterType: 'set', values: ['迁出', '注销'] } })).toBe(
      scalar(b, "SELECT count(*) FROM enterprise WHERE status IN ('迁出', '注销')"),
    )
    expect(page({ isKey: { filterType: 'set', values: [true] } })).toBe(
      scalar(b, 'SELECT count(*) FROM enterprise WHERE is_key = 1'),
    )
    expect(page({ buildingName: { filterType: 'set', values: ['紫荆广场'] } })).toBe(
      scalar(b, "SELECT count(*) FROM enterprise e JOIN building b ON b.id = e.building_id WHERE b.name = '紫荆广场'"),
    )
    expect(page({ buildingName: { filterType: 'set', values: [null] } })).toBe(
      scalar(b, 'SELECT count(*) FROM enterprise WHERE building_id IS NULL'),
    )
    expect(
      page({
        name: {
          filterType: 'text',
          operator: 'OR',
          conditions: [
            { filterType: 'text', type: 'startsWith', filter: '上海联' },
            { filterType: 'text', type: 'endsWith', filter: '研究院' },
          ],
        },
      }),
    ).toBe(scalar(b, "SELECT count(*) FROM enterprise WHERE name LIKE '上海联%' OR name LIKE '%研究院'"))
  })

  it('filters money in 元 though it is stored in fen', () => {
    const n = b.grids.rentRelief.page({
      startRow: 0,
      endRow: 1,
      filter: { amount: { filterType: 'number', type: 'greaterThan', filter: 100000 } },
    }).total
    expect(n).toBe(scalar(b, 'SELECT count(*) FROM rent_relief WHERE amount_cents > 10000000'))
  })

  it('takes % and _ in a search literally, and searches every term', () => {
    expect(b.grids.enterprise.page({ startRow: 0, endRow: 1, search: '%' }).total).toBe(0)
    const both = b.grids.enterprise.page({ startRow: 0, endRow: 10, search: '上海 设计' })
    for (const r of both.rows) expect(String(r.name)).toMatch(/上海/)
    const pinyin = b.grids.building.page({ startRow: 0, endRow: 10, search: 'zjgc' })
    expect(pinyin.rows.map((r) => r.name)).toContain('紫荆广场')
  })

  it('limits a scope to one building, and resolves the “today” of a built-in overdue view', () => {
    const zj = scalar(b, "SELECT id FROM building WHERE name = '紫荆广场'")
    expect(b.grids.enterprise.page({ startRow: 0, endRow: 1, scope: { buildingId: zj } }).total).toBe(
      scalar(b, 'SELECT count(*) FROM enterprise WHERE building_id = ?', zj),
    )
    const overdue = b.grids.request.page({
      startRow: 0,
      endRow: 1,
      filter: {
        status: { filterType: 'set', values: ['受理', '已派单', '办理中'] },
        dueOn: { filterType: 'date', type: 'lessThan', dateFrom: 'today' },
      },
    }).total
    expect(overdue).toBe(
      scalar(
        b,
        "SELECT count(*) FROM request WHERE status IN ('受理', '已派单', '办理中') AND due_on < date('now', 'localtime')",
      ),
    )
  })

  it('refuses a column that is not in the ledger, and a page too large, in Chinese', () => {
    const bad = dispatch(b, 'enterprise:query', {
      startRow: 0,
      endRow: 10,
      sort: [{ colId: 'secretColumn', sort: 'asc' }],
    })
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    const injection = dispatch(b, 'enterprise:query', {
      startRow: 0,
      endRow: 10,
      sort: [{ colId: 'name; DROP TABLE enterprise', sort: 'asc' }],
    })
    expect(injection.ok).toBe(false)
    const huge = dispatch(b, 'enterprise:query', { startRow: 0, endRow: 5000 })
    expect(huge.ok).toBe(false)
    if (!huge.ok) expect(huge.error.message).toContain('最多读取')
    expect(scalar(b, 'SELECT count(*) FROM enterprise')).toBeGreaterThan(3000)
  })

  it('bulk-updates the filtered rows as one audited batch', () => {
    const specialist = scalar(b, "SELECT id FROM staff WHERE roles LIKE '%营商服务专员%' LIMIT 1")
    const where = { filter: { buildingName: { filterType: 'set' as const, values: ['中天大厦'] } } }
    const expected = b.grids.enterprise.ids(where).length
    expect(expected).toBeGreaterThan(0)
    const r = dispatch(b, 'enterprise:bulkUpdate', { where, patch: { specialistId: specialist, isKey: true } })
    expect(r).toMatchObject({ ok: true, value: { updated: expected } })
    if (!r.ok) return
    const batch = (r.value as { batch: string }).batch
    expect(scalar(b, 'SELECT count(*) FROM audit_log WHERE batch = ?', batch)).toBe(expected)
    expect(
      scalar(
        b,
        'SELECT count(*) FROM enterprise e JOIN building b ON b.id = e.building_id WHERE b.name = ? AND e.specialist_id = ? AND e.is_key = 1',
        '中天大厦',
        specialist,
      ),
    ).toBe(expected)
  })

  it('rolls a bulk edit back whole when one record is refused', () => {
    const ids = b.grids.enterprise.page({ startRow: 0, endRow: 5 }).rows.map((r) => r.id as number)
    const before = scalar(b, 'SELECT count(*) FROM audit_log')
    const r = dispatch(b, 'enterprise:bulkUpdate', { ids: [...ids, 999999], patch: { phone: '021-00000000' } })
    expect(r.ok).toBe(false)
    expect(scalar(b, "SELECT count(*) FROM enterprise WHERE phone = '021-00000000'")).toBe(0)
    expect(scalar(b, 'SELECT count(*) FROM audit_log')).toBe(before)
  })

  it('keeps pinyin columns in step with the name', () => {
    const e = b.ledgers.enterprise.create({ name: '上海紫荆测试有限公司' })
    expect(e.namePinyin).toBe('shanghaizijingceshiyouxiangongsi')
    const u = b.ledgers.enterprise.update(e.id as number, { name: '同济测试' })
    expect(u.nameInitials).toBe('tjcs')
  })
})
