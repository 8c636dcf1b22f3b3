/**
 * Packs a report's measured blocks onto sheets of a fixed height: the one place that decides
 * where a page breaks. The preview and the printout show the same sheets because both are
 * laid out here, in the page, instead of leaving the breaks to the print engine.
 *
 * Rules: a block that does not fit goes to the next sheet whole; a table breaks only between
 * rows, repeats its header row on every sheet it spans, and keeps its caption with its header
 * and first row; a row marked keepWithNext (a group heading) stays with the row after it.
 */

export interface RowSize {
  height: number
  keepWithNext?: boolean
}

export type Unit =
  | { kind: 'block'; height: number; keepWithNext?: boolean }
  | { kind: 'table'; caption: number; head: number; rows: RowSize[] }

/** A block on a sheet; for a table, the rows [from, to) it shows there and whether its caption does. */
export type Piece = { block: number } | { block: number; caption: boolean; from: number; to: number }

/** The rows from `r` up to the first that does not keep with the next: placed together or not at all. */
function chain(rows: RowSize[], r: number): { end: number; height: number } {
  let end = r
  let height = rows[r].height
  while (rows[end].keepWithNext && end + 1 < rows.length) {
    end++
    height += rows[end].height
  }
  return { end: end + 1, height }
}

/** The least height a unit needs on a sheet to begin there. */
function start(u: Unit): number {
  if (u.kind === 'block') return u.height
  return u.caption + u.head + (u.rows.length ? chain(u.rows, 0).height : 0)
}

/**
 * Sheets of pieces, in order. `gap` is the space left after every piece. Something taller
 * than a whole sheet is still placed (alone) rather than lost: the sheet clips it.
 */
export function paginate(units: Unit[], pageHeight: number, gap = 0): Piece[][] {
  const pages: Piece[][] = [[]]
  let used = 0
  const current = () => pages[pages.length - 1]
  const fits = (h: number) => used + h <= pageHeight
  const newPage = () => {
    pages.push([])
    used = 0
  }

  units.forEach((u, i) => {
    if (u.kind === 'block') {
      const next = units[i + 1]
      const need = u.height + (u.keepWithNext && next ? gap + start(next) : 0)
      if (!fits(need) && current().length) newPage()
      current().push({ block: i })
      used += u.height + gap
      return
    }
    let r = 0
    let first = true
    do {
      const head = (first ? u.caption : 0) + u.head
      const firstChain = u.rows.length ? chain(u.rows, r).height : 0
      if (!fits(head + firstChain) && current().length) newPage()
      const from = r
      used += head
      while (r < u.rows.length) {
        const c = chain(u.rows, r)
        if (r > from && !fits(c.height)) break
        used += c.height
        r = c.end
      }
      current().push({ block: i, caption: first, from, to: r })
      used += gap
      first = false
      if (r < u.rows.length) newPage()
    } while (r < u.rows.length)
  })
  return pages
}
