import ledger from './0001_ledger'

/** In order; version N is the N-th entry. Append only. */
export const MIGRATIONS: readonly { name: string; sql: string }[] = [{ name: '0001_ledger', sql: ledger }]
