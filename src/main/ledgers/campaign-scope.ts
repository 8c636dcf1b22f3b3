/**
 * A campaign's scope as SQL: kept with the ledgers because the drill-down conditions
 * (./conditions.ts), the campaign plan and the dashboard all count the same firms.
 */
import type { CampaignScope } from '../../shared/domain'

/** The scope as SQL over `enterprise e`. Moved-out and closed firms are never planned. */
export function scopeSql(scope: CampaignScope): { sql: string; params: unknown[] } {
  const base = "e.status = '在营'"
  switch (scope.kind) {
    case 'all':
      return { sql: base, params: [] }
    case 'key':
      return { sql: `${base} AND e.is_key = 1`, params: [] }
    case 'buildings':
      return {
        sql: `${base} AND e.building_id IN (SELECT value FROM json_each(?))`,
        params: [JSON.stringify(scope.ids)],
      }
    case 'industries':
      return {
        sql: `${base} AND e.industry_id IN (SELECT value FROM json_each(?))`,
        params: [JSON.stringify(scope.ids)],
      }
  }
}
