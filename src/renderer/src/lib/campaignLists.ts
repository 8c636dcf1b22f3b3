import type { Building, Campaign } from '../../../shared/domain'
import { api } from '../api'

/**
 * The campaigns, newest first (the one under way is the one a meeting asks about), and the
 * buildings: what 首页 and 报表 offer to choose from, with `more` (a third list) asked at once.
 */
export async function campaignsAndBuildings<M>(
  more: Promise<M>,
): Promise<{ campaigns: Campaign[]; buildings: Building[]; more: M }> {
  const [campaigns, buildings, rest] = await Promise.all([api.campaign.list(), api.building.list(), more])
  return { campaigns: [...campaigns].sort((a, b) => b.startOn.localeCompare(a.startOn)), buildings, more: rest }
}
