import type { Database } from 'better-sqlite3'
import ledger from './0001_ledger'
import searchViews from './0002_search_views'
import importTables from './0003_import'
import campaignLoop from './0004_campaign_loop'
import dashboard from './0005_dashboard'
import history from './0006_history'
import campaignTarget from './0007_campaign_target'
import gridScale from './0008_grid_scale'
import gridWrites from './0011_grid_writes'
import registryFields from './0012_registry_fields'
import dedupe from './0013_dedupe'
import fieldWorkbooks from './0014_field_workbooks'
import revokedStatus from './0015_revoked_status'
import registrationNoSearch from './0016_registration_no_search'
import users from './0017_users'

/**
 * A step: its SQL, and (for what SQL alone cannot do, such as editing a CHECK) a function run
 * after it in the same transaction.
 */
export interface Migration {
  name: string
  sql: string
  run?: (db: Database) => void
}

/** In order; version N is the N-th entry. Append only. */
export const MIGRATIONS: readonly Migration[] = [
  { name: '0001_ledger', sql: ledger },
  { name: '0002_search_views', sql: searchViews },
  { name: '0003_import', sql: importTables },
  { name: '0004_campaign_loop', sql: campaignLoop },
  { name: '0005_dashboard', sql: dashboard },
  { name: '0006_history', sql: history },
  { name: '0007_campaign_target', sql: campaignTarget },
  { name: '0008_grid_scale', sql: gridScale },
  { name: '0011_grid_writes', sql: gridWrites },
  { name: '0012_registry_fields', sql: registryFields },
  { name: '0013_dedupe', sql: dedupe },
  { name: '0014_field_workbooks', sql: fieldWorkbooks },
  { name: '0015_revoked_status', sql: '', run: revokedStatus },
  { name: '0016_registration_no_search', sql: registrationNoSearch },
  { name: '0017_users', sql: users },
]
