import { lazyPage, type LazyPage } from '../../lib/lazyPage'

/** Ledgers whose records have a page: #/<ledger>/<id>. Each is loaded when first opened. */
export const DETAIL_PAGES: Readonly<Record<string, LazyPage<{ id: number }>>> = {
  enterprise: lazyPage(
    () => import('./enterprise/EnterpriseProfilePage'),
    (m) => m.EnterpriseProfilePage,
  ),
  building: lazyPage(
    () => import('./building/BuildingProfilePage'),
    (m) => m.BuildingProfilePage,
  ),
  partner: lazyPage(
    () => import('./partner/PartnerProfilePage'),
    (m) => m.PartnerProfilePage,
  ),
  staff: lazyPage(
    () => import('./staff/StaffProfilePage'),
    (m) => m.StaffProfilePage,
  ),
}
