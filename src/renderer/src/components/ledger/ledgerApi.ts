import type { BulkUpdateResult, DeleteResult, Dependent } from '../../../../shared/ipc/contract'
import type { GridPage, GridQuery, GridWhere } from '../../../../shared/ipc/grid'
import { api } from '../../api'
import type { LedgerName, Row } from './types'

/** The channels every ledger has, typed for the generic page (the contract types each ledger's own). */
export interface LedgerApi {
  query(q: GridQuery): Promise<GridPage<Row>>
  get(i: { id: number }): Promise<Row>
  create(input: Record<string, unknown>): Promise<Row>
  update(i: { id: number; patch: Record<string, unknown> }): Promise<Row>
  delete(i: { id: number; cascade?: boolean }): Promise<DeleteResult>
  dependents(i: { id: number }): Promise<Dependent[]>
  bulkUpdate(i: { ids?: number[]; where?: GridWhere; patch: Record<string, unknown> }): Promise<BulkUpdateResult>
}

export function ledgerApi(name: LedgerName): LedgerApi {
  return api[name] as unknown as LedgerApi
}
