import { listDependents, type Dependent } from '../../../shared/ipc/contract'

/** '将一并删除:诉求 3 件、走访记录 12 条' (and what only loses its link), or null if nothing depends on it. */
export function describeDependents(deps: readonly Dependent[]): string | null {
  const cascading = deps.filter((d) => d.count > 0 && d.cascades)
  const unlinked = deps.filter((d) => d.count > 0 && !d.cascades)
  const parts: string[] = []
  if (cascading.length) parts.push(`将一并删除:${listDependents(cascading)}`)
  if (unlinked.length) parts.push(`将解除关联:${listDependents(unlinked)}`)
  return parts.length ? parts.join(';') : null
}

/**
 * For a ledger whose records cannot be deleted while used (a dictionary entry): '仍被 企业 5 家、
 * 人员 2 人 使用', or null when nothing uses it. The contract's Dependent does not say which
 * dependents restrict, so the ledger's config says it for all of them.
 */
export function describeUses(deps: readonly Dependent[]): string | null {
  const used = deps.filter((d) => d.count > 0)
  return used.length ? `仍被 ${listDependents(used)} 使用` : null
}
