/**
 * 房租减免汇总表: the reliefs building by building, a 小计 row under each building and a 合计
 * row at the end. The sums are SUBTOTAL formulas (which skip other SUBTOTALs, so 合计 counts
 * each record once) carrying their value worked out here in whole fen, so a reader that does
 * not recalculate sees the same total as Excel, and 合计 is exactly the sum of the records.
 */
import type { Cell } from './cells'
import { letter } from './xlsx'
import type { LayoutContext } from './layouts'

type Row = Record<string, unknown>

export async function writeRentReliefs({ backend, columns, sheet, ticker }: LayoutContext) {
  const at = (field: string) => columns.findIndex((c) => c.field === field)
  const amountCol = at('amount')
  const tenantCol = Math.max(at('tenantName'), 0)
  const sort = [
    { colId: 'buildingName', sort: 'asc' as const },
    { colId: 'tenantName', sort: 'asc' as const },
  ]
  const first = sheet.nextRow
  let group: { key: unknown; name: string; top: number; fen: number; count: number } | null = null
  let totalFen = 0

  const subtotal = () => {
    if (!group) return
    sheet.totals(
      totalsRow(columns.length, '小计', group.name, tenantCol, group.count, amountCol, {
        from: group.top,
        to: sheet.nextRow - 1,
        fen: group.fen,
      }),
    )
  }

  for (const r of backend.grids.rentRelief.rows({}, sort) as Iterable<Row>) {
    const key = r.buildingId ?? null
    if (!group || group.key !== key) {
      subtotal()
      group = { key, name: (r.buildingName as string | null) ?? '(未填楼宇)', top: sheet.nextRow, fen: 0, count: 0 }
    }
    r.seq = ticker.rows + 1
    const fen = Math.round(((r.amount as number | null) ?? 0) * 100)
    group.fen += fen
    group.count++
    totalFen += fen
    sheet.record(r)
    await ticker.tick()
  }
  subtotal()
  sheet.totals(
    totalsRow(columns.length, '合计', '', tenantCol, ticker.rows, amountCol, {
      from: first,
      to: sheet.nextRow - 1,
      fen: totalFen,
    }),
  )
}

function totalsRow(
  width: number,
  label: string,
  second: string,
  tenantCol: number,
  count: number | null,
  amountCol: number,
  sum: { from: number; to: number; fen: number },
): (Cell | { formula: string; result: number })[] {
  const cells: (Cell | { formula: string; result: number })[] = Array.from({ length: width }, () => null)
  cells[0] = { t: 's', v: label }
  cells[1] = { t: 's', v: second }
  if (second === '') cells[1] = null
  if (count !== null && tenantCol > 1) cells[tenantCol] = { t: 's', v: `共${count}户` }
  if (amountCol >= 0) {
    const col = letter(amountCol + 1)
    const to = Math.max(sum.to, sum.from)
    cells[amountCol] = { formula: `SUBTOTAL(9,${col}${sum.from}:${col}${to})`, result: sum.fen / 100 }
  }
  return cells
}
