import type { ComponentType } from 'react'
import { BuildingProfilePage } from './building/BuildingProfilePage'
import { EnterpriseProfilePage } from './enterprise/EnterpriseProfilePage'
import { PartnerProfilePage } from './partner/PartnerProfilePage'
import { StaffProfilePage } from './staff/StaffProfilePage'

/** Ledgers whose records have a page: #/<ledger>/<id>. */
export const DETAIL_PAGES: Readonly<Record<string, ComponentType<{ id: number }>>> = {
  enterprise: EnterpriseProfilePage,
  building: BuildingProfilePage,
  partner: PartnerProfilePage,
  staff: StaffProfilePage,
}
