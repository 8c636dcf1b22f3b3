/** Requests of a period through the request ledger's own grid query: the rows and flags the 诉求 page shows. */
import { CLOSED_STATUSES, REQUEST_STATUSES, type Request } from '../../../../../shared/domain'
import type { ColumnFilter, FilterModel } from '../../../../../shared/ipc/grid'
import { api } from '../../../api'

const PAGE = 1000

export interface Period {
  from: string | null
  to: string | null
}

function receivedIn(p: Period): ColumnFilter | null {
  if (p.from && p.to) return { filterType: 'date', type: 'inRange', dateFrom: p.from, dateTo: p.to }
  if (p.from) return { filterType: 'date', type: 'greaterThanOrEqual', dateFrom: p.from }
  if (p.to) return { filterType: 'date', type: 'lessThanOrEqual', dateFrom: p.to }
  return null
}

/** Every request received in the period (open only, when asked), oldest first. */
export async function requestsIn(p: Period, openOnly = false): Promise<Request[]> {
  const filter: FilterModel = {}
  const received = receivedIn(p)
  if (received) filter.receivedOn = received
  if (openOnly)
    filter.status = { filterType: 'set', values: REQUEST_STATUSES.filter((s) => !CLOSED_STATUSES.includes(s)) }
  const rows: Request[] = []
  for (let start = 0; ; start += PAGE) {
    const page = await api.request.query({
      filter,
      startRow: start,
      endRow: start + PAGE,
      sort: [
        { colId: 'receivedOn', sort: 'asc' },
        { colId: 'id', sort: 'asc' },
      ],
    })
    rows.push(...page.rows)
    if (rows.length >= page.total || page.rows.length === 0) return rows
  }
}

/** 0123: the number a request goes by on paper (its id), so a reader can find it in the ledger. */
export const requestNo = (id: number): string => String(id).padStart(4, '0')

export const overdueText = (r: Request): string => (r.daysOverdue ? `超期 ${r.daysOverdue} 天` : '')
