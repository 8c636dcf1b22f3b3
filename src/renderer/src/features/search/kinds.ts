import type { SearchKind } from '../../../../shared/domain'

/** How each kind of hit is named and coloured; its page is `#/<kind>/<id>`. */
export const KINDS: Record<SearchKind, { label: string; color: string }> = {
  enterprise: { label: '企业', color: 'blue' },
  building: { label: '楼宇', color: 'green' },
  partner: { label: '招商伙伴', color: 'purple' },
  staff: { label: '人员', color: 'orange' },
}
