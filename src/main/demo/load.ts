/**
 * The demo ledger: a plausible two years of 四平路街道's business-service work, built from the
 * 2023 report on the 环同济知识经济圈 (every name it gives is here) and filled out with
 * generated firms, visits and requests. The same seed always gives the same data.
 *
 * Everything is written through the ledger services (validated, audited under the batch
 * `demo-<seed>`) inside one transaction: if any record fails, nothing is left behind.
 */
import type { LedgerDeps } from '../core/deps'
import { loadBuildings } from './buildings'
import { loadCampaigns } from './campaigns'
import { loadCommunity } from './community'
import { loadDictionaries } from './dictionaries'
import { loadEnterprises } from './enterprises'
import { loadPartners } from './partners'
import { Rng } from './random'
import { growDemo } from './scale'
import { loadRentReliefs } from './rent-relief'
import { loadRequests } from './requests'
import { loadStaff } from './staff'
import { loadVisits } from './visits'

/**
 * `size`, when larger than the regular demo, grows the directory to that many firms with
 * ten visits each (see scale.ts): the ledger issue #3's grids are measured on.
 */
export function loadDemo(backend: LedgerDeps, seed: number, size?: number): void {
  // Each part draws from its own stream, so changing one part leaves the others as they were.
  const rng = Rng.fromSeed(seed)
  backend.audit.batch = `demo-${seed}`
  try {
    backend.db.transaction(() => {
      const dict = loadDictionaries(backend)
      const roster = loadStaff(backend, rng.fork('staff'), dict)
      const buildings = loadBuildings(backend, rng.fork('buildings'), roster)
      const partners = loadPartners(backend, rng.fork('partners'))
      const dir = loadEnterprises(backend, rng.fork('enterprises'), dict, buildings, roster, partners)
      const campaigns = loadCampaigns(backend)
      const visits = loadVisits(backend, rng.fork('visits'), dir, campaigns, roster)
      loadRequests(backend, rng.fork('requests'), dict, dir, visits)
      loadRentReliefs(backend, rng.fork('rentRelief'), dir, buildings)
      loadCommunity(backend, rng.fork('community'), dir)
      if (size !== undefined) growDemo(backend, rng.fork('scale'), size)
    })()
  } finally {
    backend.audit.batch = null
  }
}
