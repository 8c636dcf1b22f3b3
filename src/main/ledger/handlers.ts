/**
 * The channels every ledger has (`enterprise:query`, `building:update` …): grid pages, bulk edits
 * and the single-record reads and writes, each ledger's through its own service.
 */
import type { GridQuery, GridWhere } from '../../shared/ipc/grid'
import type { Deps } from '../core/deps'
import type { LedgerName } from '../ledgers'

type Handler = (input: never) => unknown

export function ledgerHandlers({ ledgers, grids }: Pick<Deps, 'ledgers' | 'grids'>): Record<string, Handler> {
  const h: Record<string, Handler> = {}
  for (const [name, svc] of Object.entries(ledgers)) {
    const grid = grids[name as LedgerName]
    h[`${name}:query`] = (i: GridQuery & { startRow: number; endRow: number }) => grid.page(i)
    h[`${name}:bulkUpdate`] = (i: { ids?: number[]; where?: GridWhere; patch: Record<string, unknown> }) =>
      svc.bulkUpdate(i.ids ?? grid.ids(i.where ?? {}), i.patch)
    h[`${name}:list`] = () => svc.list()
    h[`${name}:get`] = (i: { id: number }) => svc.get(i.id)
    h[`${name}:create`] = (i: unknown) => svc.create(i)
    h[`${name}:update`] = (i: { id: number; patch: Record<string, unknown> }) => svc.update(i.id, i.patch)
    h[`${name}:delete`] = (i: { id: number; cascade?: boolean }) => svc.delete(i.id, i.cascade)
    h[`${name}:dependents`] = (i: { id: number }) => svc.dependents(i.id)
  }
  return h
}
