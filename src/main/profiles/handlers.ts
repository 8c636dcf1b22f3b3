/** Handlers of the detail pages' channels: 一企一档 and the building, partner and staff pages. */
import type { Deps } from '../core/deps'
import { enterpriseProfile } from './enterprise'
import { buildingProfile, partnerProfile, staffProfile } from './others'

export function profileHandlers(deps: Pick<Deps, 'db' | 'ledgers' | 'grids'>) {
  return {
    'enterprise:profile': (i: { id: number }) => enterpriseProfile(deps, i.id),
    'building:profile': (i: { id: number }) => buildingProfile(deps, i.id),
    'partner:profile': (i: { id: number }) => partnerProfile(deps, i.id),
    'staff:profile': (i: { id: number }) => staffProfile(deps, i.id),
  }
}
