import ledger from './0001_ledger'
import searchViews from './0002_search_views'

/** In order; version N is the N-th entry. Append only. */
export const MIGRATIONS: readonly { name: string; sql: string }[] = [
  { name: '0001_ledger', sql: ledger },
  { name: '0002_search_views', sql: searchViews },
]
