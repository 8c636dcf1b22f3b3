/** Merged cell ranges: what a sheet's <mergeCell ref="A3:A5"/> says, 1-based like the sheet. */
export interface Range {
  top: number
  left: number
  bottom: number
  right: number
}

/** 'A' → 1, 'AB' → 28. */
export function columnNumber(letters: string): number {
  let n = 0
  for (const c of letters) n = n * 26 + (c.charCodeAt(0) - 64)
  return n
}

/** 1 → 'A', 28 → 'AB': how the sheet names a column in messages. */
export function columnLetter(n: number): string {
  let s = ''
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s
  return s
}

export function parseRange(ref: string): Range | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(ref.toUpperCase())
  if (!m) return null
  const a = { col: columnNumber(m[1]), row: Number(m[2]) }
  const b = m[3] ? { col: columnNumber(m[3]), row: Number(m[4]) } : a
  return {
    top: Math.min(a.row, b.row),
    bottom: Math.max(a.row, b.row),
    left: Math.min(a.col, b.col),
    right: Math.max(a.col, b.col),
  }
}

/**
 * Gives the cells below the top of a vertically merged range the top cell's value, as the
 * person reading the sheet sees it. Rows must come in order; a range spanning columns too is
 * filled in its first column only, so one value never lands in several fields.
 */
export class MergeFiller {
  private readonly startingAt = new Map<number, Range[]>()
  /** column (0-based) → value and the last row it covers. */
  private readonly active = new Map<number, { value: unknown; until: number }>()

  constructor(merges: readonly Range[]) {
    for (const r of merges) {
      if (r.bottom === r.top) continue
      const list = this.startingAt.get(r.top)
      if (list) list.push(r)
      else this.startingAt.set(r.top, [r])
    }
  }

  get empty(): boolean {
    return this.startingAt.size === 0
  }

  /** Fills `cells` (0-based by column) of sheet row `row` in place. */
  fill<T>(row: number, cells: (T | null)[]): void {
    for (const [col, a] of this.active) {
      if (row > a.until) this.active.delete(col)
      else if (cells[col] === null || cells[col] === undefined || cells[col] === '') cells[col] = a.value as T
    }
    const starting = this.startingAt.get(row)
    if (starting) {
      for (const r of starting) this.active.set(r.left - 1, { value: cells[r.left - 1] ?? null, until: r.bottom })
      this.startingAt.delete(row)
    }
  }
}
