import { LEDGER_OF_KIND as LEDGER_NAME_OF_KIND, type ImportKind } from '../../shared/domain/fields'
import type { LedgerDef } from '../ledger/def'
import { buildingLedger } from './building'
import { campaignLedger } from './campaign'
import { dictionaryLedger } from './dictionary'
import { enterpriseLedger } from './enterprise'
import { eventLedger } from './event'
import { organisationLedger } from './organisation'
import { partnerLedger } from './partner'
import { rentReliefLedger } from './rent-relief'
import { requestLedger } from './request'
import { servicePointLedger } from './service-point'
import { staffLedger } from './staff'
import { visitLedger } from './visit'

/** Every ledger, keyed by its contract namespace. */
export const LEDGERS = {
  enterprise: enterpriseLedger,
  building: buildingLedger,
  staff: staffLedger,
  partner: partnerLedger,
  campaign: campaignLedger,
  visit: visitLedger,
  request: requestLedger,
  rentRelief: rentReliefLedger,
  event: eventLedger,
  organisation: organisationLedger,
  servicePoint: servicePointLedger,
  dictionary: dictionaryLedger,
} satisfies Record<string, LedgerDef>

export type LedgerName = keyof typeof LEDGERS

/** The ledger each spreadsheet kind (import, export, `list`) fills or reads; typed here, so each must be a ledger. */
export const LEDGER_OF_KIND: Record<ImportKind, LedgerName> = LEDGER_NAME_OF_KIND

/** The other way: the kind whose dictionary heads a ledger's columns; ledgers without one have none. */
export const KIND_OF_LEDGER: Partial<Record<LedgerName, ImportKind>> = Object.fromEntries(
  // The first kind of a ledger is its own; the field workbooks (listed last) only come back into it.
  Object.entries(LEDGER_OF_KIND)
    .reverse()
    .map(([kind, ledger]) => [ledger, kind as ImportKind]),
)
