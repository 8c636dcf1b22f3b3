import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { paginate, type Piece, type Unit } from '../../../src/renderer/src/features/reports/layout/paginate'

const block = (height: number, keepWithNext = false): Unit => ({ kind: 'block', height, keepWithNext })
const table = (rows: number[], caption = 10, head = 8, keep: number[] = []): Unit => ({
  kind: 'table',
  caption,
  head,
  rows: rows.map((height, i) => ({ height, keepWithNext: keep.includes(i) })),
})

/** Height a sheet's pieces take, as the pager counts it (header repeated, caption on the first piece). */
function used(units: Unit[], pieces: Piece[], gap: number): number {
  return pieces.reduce((s, p) => {
    const u = units[p.block]
    if (u.kind === 'block') return s + u.height + gap
    const q = p as Extract<Piece, { from: number }>
    const rows = u.rows.slice(q.from, q.to).reduce((t, r) => t + r.height, 0)
    return s + (q.caption ? u.caption : 0) + u.head + rows + gap
  }, 0)
}

describe('paginate', () => {
  it('moves a block that does not fit to the next sheet whole', () => {
    expect(paginate([block(60), block(60)], 100)).toEqual([[{ block: 0 }], [{ block: 1 }]])
  })

  it('keeps a heading with what follows it', () => {
    expect(paginate([block(70), block(10, true), block(30)], 100)).toEqual([
      [{ block: 0 }],
      [{ block: 1 }, { block: 2 }],
    ])
  })

  it('breaks a table between rows, caption on the first piece only', () => {
    const pages = paginate([table([20, 20, 20, 20, 20])], 70)
    expect(pages).toEqual([
      [{ block: 0, caption: true, from: 0, to: 2 }],
      [{ block: 0, caption: false, from: 2, to: 5 }],
    ])
  })

  it('keeps a group heading row with the row after it', () => {
    // Row 1 is a group heading: it goes over with row 2 rather than ending the first sheet alone.
    const pages = paginate([table([20, 10, 20], 0, 10, [1])], 45)
    expect(pages).toEqual([
      [{ block: 0, caption: true, from: 0, to: 1 }],
      [{ block: 0, caption: false, from: 1, to: 3 }],
    ])
  })

  it('never overfills a sheet, places every row once and in order', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.record({ kind: fc.constant('block' as const), height: fc.integer({ min: 1, max: 80 }) }),
            fc.record({
              kind: fc.constant('table' as const),
              caption: fc.integer({ min: 0, max: 10 }),
              head: fc.integer({ min: 5, max: 15 }),
              rows: fc.array(fc.record({ height: fc.integer({ min: 5, max: 40 }) }), { minLength: 1, maxLength: 40 }),
            }),
          ),
          { maxLength: 12 },
        ),
        (units: Unit[]) => {
          const pages = paginate(units, 200, 4)
          for (const p of pages) {
            // A sheet may end past its height only by its last gap, or when one piece alone is taller.
            if (p.length > 1) expect(used(units, p, 4) - 4).toBeLessThanOrEqual(200)
          }
          const seen: string[] = []
          for (const p of pages.flat()) {
            if ('from' in p) for (let r = p.from; r < p.to; r++) seen.push(`${p.block}:${r}`)
            else seen.push(`${p.block}`)
          }
          const expected = units.flatMap((u, i) => (u.kind === 'block' ? [`${i}`] : u.rows.map((_, r) => `${i}:${r}`)))
          expect(seen).toEqual(expected)
        },
      ),
    )
  })
})
