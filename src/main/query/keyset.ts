/**
 * Keyset (seek) paging for the grids. A grid's order is total (its sort keys, blanks last,
 * then the id), so a row's sort values say exactly where it stands. The rows of every block
 * served are remembered as anchors; the next block seeks past the last row read (the index
 * walks straight there) instead of counting OFFSET rows from the top. A jump to a far page
 * starts from the nearest anchor or from either end, whichever skips fewest rows: from the end,
 * the order is walked backwards and the block turned round.
 */
import type { Sql } from './filter-sql'

/** One key of the order: a column of the ledger's select (aliased q) and its direction. */
export interface OrderKey {
  col: string
  desc: boolean
  /** Blanks are possible: they sort last, whichever the direction. */
  nullable: boolean
}

export interface Seek {
  /** Conditions to AND to the WHERE (empty from either end), with their parameters. */
  sql: string
  params: unknown[]
  /** ORDER BY, walking backwards when `reverse`. */
  orderBy: string
  reverse: boolean
  offset: number
}

export function orderBy(keys: readonly OrderKey[], reverse = false): string {
  return `ORDER BY ${keys
    .flatMap((k) => {
      const desc = k.desc !== reverse
      const order = `${k.col} ${desc ? 'DESC' : 'ASC'}`
      return k.nullable ? [`(${k.col} IS NULL)${reverse ? ' DESC' : ''}`, order] : [order]
    })
    .join(', ')}`
}

/**
 * Rows after the anchor row in the order (before it when `reverse`): the lexicographic
 * comparison spelt out key by key, since the keys may run in different directions and
 * blanks compare as nothing. The first key's bound is repeated on its own so an index on it
 * can start at the anchor.
 */
export function seekAfter(keys: readonly OrderKey[], values: readonly unknown[], reverse: boolean): Sql {
  // Parameters are gathered in the order their marks appear in the text.
  const from = (i: number): Sql => {
    const k = keys[i]
    const v = values[i]
    const beyond = k.desc !== reverse ? '<' : '>'
    const rest = i + 1 < keys.length ? from(i + 1) : null
    if (k.nullable && v === null) {
      // Among the blanks (last going forward): only the rest of the keys decide.
      const tied = rest ? `(${k.col} IS NULL AND ${rest.sql})` : '0'
      return { sql: reverse ? `(${k.col} IS NOT NULL OR ${tied})` : tied, params: rest?.params ?? [] }
    }
    const parts: string[] = []
    const params: unknown[] = []
    if (k.nullable && !reverse) parts.push(`${k.col} IS NULL`)
    parts.push(`${k.col} ${beyond} ?`)
    params.push(v)
    if (rest) {
      parts.push(`(${k.col} = ? AND ${rest.sql})`)
      params.push(v, ...rest.params)
    }
    return { sql: `(${parts.join(' OR ')})`, params }
  }
  const body = from(0)
  const first = keys[0]
  if (!first.nullable) {
    const bound = first.desc !== reverse ? '<=' : '>='
    return { sql: `${first.col} ${bound} ? AND ${body.sql}`, params: [values[0], ...body.params] }
  }
  return body
}

/** Sort values of rows by position, for one question and order. */
export class Anchors {
  private readonly at = new Map<number, unknown[]>()

  constructor(private readonly limit = 5000) {}

  set(position: number, values: unknown[]): void {
    if (this.at.size >= this.limit) this.at.clear()
    this.at.set(position, values)
  }

  /**
   * Where to start reading rows [start, end) of `total`: from the anchor (or end) that skips
   * fewest rows.
   */
  plan(keys: readonly OrderKey[], start: number, end: number, total: number | null): Seek {
    let best: Seek = { sql: '', params: [], orderBy: orderBy(keys), reverse: false, offset: start }
    const consider = (seek: Omit<Seek, 'orderBy'>) => {
      if (seek.offset < best.offset) best = { ...seek, orderBy: orderBy(keys, seek.reverse) }
    }
    if (total !== null && end <= total) consider({ sql: '', params: [], reverse: true, offset: total - end })
    for (const [pos, values] of this.at) {
      if (pos < start) consider({ ...seekAfter(keys, values, false), reverse: false, offset: start - pos - 1 })
      else if (pos >= end) consider({ ...seekAfter(keys, values, true), reverse: true, offset: pos - end })
    }
    return best
  }
}
