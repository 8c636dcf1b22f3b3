/**
 * The report table builder: each column listed once with its header, width and what a row
 * shows in it, so a header cannot drift from its cells and the "none" row always spans the
 * table. The one place a list becomes a table block.
 */
import { rowsOrNone, type Block, type Column } from '../layout/blocks'

export interface Col<T> extends Column {
  cell: (row: T, index: number) => string
  /** This column's cell in a closing 合计 row, over all the rows. */
  total?: (rows: T[]) => string
}

export function tableOf<T>(
  rows: T[],
  cols: Col<T>[],
  options: { caption?: string; alert?: (row: T) => boolean } = {},
): Block {
  const { caption, alert } = options
  const body = rowsOrNone(
    rows.map((r, i) => ({ ...(alert && { alert: alert(r) }), cells: cols.map((c) => c.cell(r, i)) })),
    cols.length,
  )
  const total = cols.some((c) => c.total) ? [{ cells: cols.map((c) => c.total?.(rows) ?? '') }] : []
  return {
    kind: 'table',
    ...(caption !== undefined && { caption }),
    columns: cols.map(({ cell: _, total: __, ...column }) => column),
    rows: [...body, ...total],
  }
}
