import { describe, expect, it } from 'vitest'
import { checkCreditCode } from '../../../src/shared/domain/credit-code'
import { VISITS_PER_FIRM } from '../../../src/main/demo/scale'
import { memoryBackend } from '../../support/ledger'

describe('demo at scale (--size)', () => {
  it('grows the directory to the size asked, with ten visits a firm, codes valid and searchable', () => {
    const b = memoryBackend()
    const stats = b.setup('demo', 1, 4000)
    expect(stats.enterprises).toBe(4000)
    expect(stats.visits).toBe(4000 * VISITS_PER_FIRM)
    const codes = b.db
      .prepare('SELECT credit_code FROM enterprise WHERE credit_code IS NOT NULL')
      .pluck()
      .all() as string[]
    expect(new Set(codes).size).toBe(codes.length)
    for (const c of codes.slice(-500)) expect(checkCreditCode(c).ok).toBe(true)
    // Grown firms are in the search index and carry pinyin like any other.
    const last = b.db.prepare('SELECT name, name_pinyin FROM enterprise ORDER BY id DESC LIMIT 1').get() as {
      name: string
      name_pinyin: string
    }
    expect(last.name_pinyin).toMatch(/^[a-z0-9]+$/)
    expect(b.search(last.name)[0].title).toBe(last.name)
    expect(b.db.prepare('PRAGMA foreign_key_check').all()).toEqual([])
  })
})
