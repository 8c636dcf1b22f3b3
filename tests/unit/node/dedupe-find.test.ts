/**
 * 疑似重复 (issue #20): the name normalisation and the blocking that groups records of one firm,
 * with names written every way the office meets them, and firms that only look alike kept apart.
 */
import { describe, expect, it } from 'vitest'
import { dismissGroup, findDuplicates } from '../../../src/main/dedupe/find'
import {
  dedupeName,
  isBranch,
  normalisePhone,
  normalisePinyin,
  splitFormerNames,
} from '../../../src/main/dedupe/normalise'
import type { Backend } from '../../../src/main/app/backend'
import { code } from '../../fixtures/workbooks'
import { memoryBackend } from '../../support/ledger'

const firm = (b: Backend, name: string, more: Record<string, unknown> = {}) =>
  b.ledgers.enterprise.create({ name, ...more }).id as number

describe('dedupeName', () => {
  it('gives one key for a name written every way', () => {
    const key = dedupeName('上海济丽建设(集团)有限公司')
    for (const way of [
      '上海济丽建设（集团）有限公司',
      '上海济丽建设(集团)有限责任公司',
      '上海市济丽建设(集团)有限公司',
      '济丽建设(集团)有限公司',
      '济丽建设（集团）有限公司(上海)',
      ' 上海 济丽建设 （集团） 有限公司 ',
      '上海济丽建设【集团】有限公司',
      '上海济丽建设集团有限公司',
    ]) {
      expect(dedupeName(way), way).toBe(key)
    }
    expect(key).toBe('济丽建设集团有限公司')
  })

  it('keeps different firms apart, and knows a branch', () => {
    expect(dedupeName('上海济丽建设有限公司')).not.toBe(dedupeName('上海济丽设计有限公司'))
    expect(dedupeName('上海济丽建设有限公司杨浦分公司')).not.toBe(dedupeName('上海济丽建设有限公司'))
    expect(isBranch(dedupeName('上海济丽建设有限公司杨浦分公司'))).toBe(true)
    expect(isBranch(dedupeName('上海济丽建设有限公司'))).toBe(false)
  })

  it('normalises pinyin, phones and 曾用名 lists the same way', () => {
    expect(normalisePinyin('shanghaijilijianshe youxianzerengongsi')).toBe(normalisePinyin('jilijianshe youxiangongsi'))
    expect(normalisePhone('021-6598 1234')).toBe('65981234')
    expect(normalisePhone('６５９８１２３４')).toBe('65981234')
    expect(normalisePhone('123')).toBeNull()
    expect(splitFormerNames('甲公司、乙公司;丙公司\n丁公司')).toEqual(['甲公司', '乙公司', '丙公司', '丁公司'])
  })
})

describe('findDuplicates', () => {
  it('groups the same firm by name, 曾用名, phone with room, and pinyin, each with its reasons', () => {
    const b = memoryBackend()
    const building = b.ledgers.building.create({ name: '紫荆广场' }).id as number
    const a1 = firm(b, '上海济丽建设(集团)有限公司', { creditCode: '91350100M000100Y43' })
    const a2 = firm(b, '济丽建设（集团）有限责任公司')
    const c1 = firm(b, '上海同济新名设计有限公司')
    const c2 = firm(b, '上海老名设计有限公司', { formerNames: '同济新名设计有限公司' })
    const d1 = firm(b, '上海甲乙咨询有限公司', { phone: '021-65981234', buildingId: building, room: '1203室' })
    const d2 = firm(b, '上海丙丁顾问有限公司', { phone: '65981234', buildingId: building, room: '1203' })
    firm(b, '上海无关科技有限公司', { phone: '021-65981234' })
    firm(b, '上海另一家科技有限公司')

    const groups = findDuplicates(b.db)
    const byIds = new Map(groups.map((g) => [g.ids.join(','), g]))
    expect(byIds.get(`${a1},${a2}`)?.reasons).toContain('名称规范化后相同')
    expect(byIds.get(`${c1},${c2}`)?.reasons).toContain('一家的曾用名是另一家的名称')
    const d = byIds.get(`${d1},${d2}`)
    expect(d?.reasons).toEqual(['联系电话相同', '同一楼宇同一房间'])
    expect(groups).toHaveLength(3)
    for (const g of groups) {
      expect(g.score).toBeGreaterThanOrEqual(60)
      expect(g.score).toBeLessThanOrEqual(100)
      expect(g.names).toHaveLength(g.ids.length)
    }
  })

  it('groups homophones by pinyin', () => {
    const b = memoryBackend()
    const x = firm(b, '上海吉利建筑设计有限公司')
    const y = firm(b, '上海济丽建筑设计有限公司')
    const [g] = findDuplicates(b.db)
    expect(g.ids).toEqual([x, y])
    expect(g.reasons).toEqual(['名称拼音相同'])
  })

  it('never groups two credit codes or a branch with its company', () => {
    const b = memoryBackend()
    firm(b, '上海济丽建设有限公司', { creditCode: code(1) })
    firm(b, '上海济丽建设有限责任公司', { creditCode: code(2) })
    firm(b, '上海紫荆设计有限公司', { phone: '65981234' })
    firm(b, '上海紫荆设计有限公司杨浦分公司', { phone: '65981234' })
    expect(findDuplicates(b.db)).toEqual([])
  })

  it('compares only inside buckets: a phone shared by many says nothing', () => {
    const b = memoryBackend()
    for (let i = 0; i < 10; i++) firm(b, `上海第${'一二三四五六七八九十'[i]}家公司`, { phone: '65981234' })
    expect(findDuplicates(b.db)).toEqual([])
  })

  it('keeps a dismissed group apart, but shows a firm that joins it later', () => {
    const b = memoryBackend()
    const x = firm(b, '上海济丽建设有限公司')
    const y = firm(b, '济丽建设有限公司')
    expect(findDuplicates(b.db)).toHaveLength(1)
    expect(dismissGroup(b.db, '测试员', [x, y]).dismissed).toBe(1)
    expect(findDuplicates(b.db)).toEqual([])
    const z = firm(b, '上海市济丽建设有限公司')
    const [g] = findDuplicates(b.db)
    expect(g.ids).toEqual([x, y, z])
  })
})
