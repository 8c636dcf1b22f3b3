import { lazyPage, type LazyPage } from '../../lib/lazyPage'

/** Ledgers whose records have a page: #/<ledger>/<id>. Each is loaded when first opened. */
export const DETAIL_PAGES: Readonly<Record<string, LazyPage<{ id: number }>>> = {
  enterprise: lazyPage(() => import('./enterprise/EnterpriseProfilePage').then((m) => m.EnterpriseProfilePage)),
  building: lazyPage(() => import('./building/BuildingProfilePage').then((m) => m.BuildingProfilePage)),
  partner: lazyPage(() => import('./partner/PartnerProfilePage').then((m) => m.PartnerProfilePage)),
  staff: lazyPage(() => import('./staff/StaffProfilePage').then((m) => m.StaffProfilePage)),
}
