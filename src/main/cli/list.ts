/**
 * Every record of a ledger for `list --json`: the API's records, plus the names of what they
 * point at under short keys (building, industry, tenant…) so a script need not join ids.
 */
import type { ImportKind } from '../../shared/domain/fields'
import type { Deps } from '../core/deps'
import { LEDGER_OF_KIND } from '../ledgers'

/** What this module uses of the ledger's services (src/main/core/deps.ts). */
type ListDeps = Pick<Deps, 'ledgers'>

/** Short name → the joined name column it repeats. */
const ALIASES: Partial<Record<ImportKind, Record<string, string>>> = {
  enterprises: {
    industry: 'industryName',
    building: 'buildingName',
    specialist: 'specialistName',
    partner: 'partnerName',
  },
  buildings: { manager: 'managerName' },
  staff: { department: 'departmentName' },
  visits: { campaign: 'campaignName', visitors: 'visitorNames' },
  requests: { category: 'categoryName', handlingUnit: 'handlingUnitName' },
  'rent-reliefs': { building: 'buildingName', tenant: 'tenantName', enterprise: 'enterpriseName' },
}

export function listRecords(backend: ListDeps, kind: ImportKind): Record<string, unknown>[] {
  const aliases = Object.entries(ALIASES[kind] ?? {})
  return backend.ledgers[LEDGER_OF_KIND[kind]].list().map((r) => {
    const out: Record<string, unknown> = { ...r }
    for (const [short, column] of aliases) out[short] = r[column] ?? null
    return out
  })
}
