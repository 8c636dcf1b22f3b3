import { BUILTIN_VIEWS, buildingView } from '../../../../shared/views/builtin'
import type { References } from './references'
import type { LedgerName, ReadyView } from './types'

/** The views that ship for a ledger (重点企业, 未办结诉求 ...). */
export function builtinViews(ledger: LedgerName): ReadyView[] {
  return BUILTIN_VIEWS.filter((v) => v.ledger === ledger).map(({ key, name, state }) => ({ key, name, state }))
}

/** 本楼宇企业: one view per building, from the building list. */
export function buildingViews(refs: References): ReadyView[] {
  return refs.options('building').map((b) => ({ ...buildingView({ id: b.value, name: b.name }), group: '本楼宇企业' }))
}
