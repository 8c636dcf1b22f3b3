/**
 * Writes demo records through the ledger services, so each one is validated by the same zod
 * schema as a user's entry and lands in the audit log under the demo batch. The typed wrapper
 * makes the compiler check field names against the input types of src/shared/domain.
 */
import type {
  BuildingInput,
  CampaignInput,
  DictionaryInput,
  EnterpriseInput,
  EventInput,
  OrganisationInput,
  PartnerInput,
  RentReliefInput,
  RequestInput,
  ServicePointInput,
  StaffInput,
  VisitInput,
} from '../../shared/domain'
import type { Deps } from '../core/deps'

/** What this module uses of the ledger's services (src/main/core/deps.ts). */
type DemoDeps = Pick<Deps, 'ledgers'>

interface Inputs {
  enterprise: EnterpriseInput
  building: BuildingInput
  staff: StaffInput
  partner: PartnerInput
  campaign: CampaignInput
  visit: VisitInput
  request: RequestInput
  rentRelief: RentReliefInput
  event: EventInput
  organisation: OrganisationInput
  servicePoint: ServicePointInput
  dictionary: DictionaryInput
}

/** Creates one record and returns its id. */
export function create<K extends keyof Inputs>(backend: DemoDeps, ledger: K, input: Inputs[K]): number {
  return backend.ledgers[ledger].create(input).id as number
}
