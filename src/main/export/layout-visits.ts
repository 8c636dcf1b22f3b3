/**
 * 走访台账 of a campaign, as the office keeps it: one visit over as many rows as it raised
 * requests, the visit's own cells (序号, date, firm, visitors, summary) merged down those rows,
 * one request per row. The import reads it back the same way (merged cells filled down,
 * consecutive rows of one firm and date make one visit).
 */
import { LEDGERS } from '../ledgers'
import { fromDb } from '../ledger/mapping'
import type { LayoutContext } from './layouts'

type Row = Record<string, unknown>

export async function writeVisits({ backend, template, sheet, ticker, campaignId }: LayoutContext) {
  const requestsOf = backend.db.prepare(`${LEDGERS.request.select} WHERE t.visit_id = ? ORDER BY t.received_on, t.id`)
  const merged = template.columns.flatMap((c, i) => (c.merge ? [i + 1] : []))
  const sort = [
    { colId: 'visitedOn', sort: 'asc' as const },
    { colId: 'enterpriseName', sort: 'asc' as const },
  ]
  for (const visit of backend.grids.visit.rows({ scope: { campaignId: campaignId ?? null } }, sort)) {
    visit.seq = ticker.rows + 1
    const requests = (requestsOf.all(visit.id) as Row[]).map((r) => fromDb(LEDGERS.request, r))
    const top = sheet.nextRow
    if (requests.length === 0) sheet.record(visit, false)
    for (const r of requests) sheet.record({ ...visit, ...prefixed(r) }, false)
    const bottom = sheet.nextRow - 1
    for (const col of merged) sheet.merge(col, top, bottom)
    sheet.commit()
    await ticker.tick()
  }
}

/** A request's fields as the visit sheet's dictionary names them: request.content … */
function prefixed(r: Row): Row {
  const out: Row = {}
  for (const [k, v] of Object.entries(r)) out[`request.${k}`] = v
  return out
}
