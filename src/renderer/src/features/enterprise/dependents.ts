import { listDependents, type Dependent } from '../../../../shared/ipc/contract'

/** '将一并删除:诉求 3 件、走访记录 12 条' (and what only loses its link), or null if nothing depends on it. */
export function describeDependents(deps: Dependent[]): string | null {
  const cascading = deps.filter((d) => d.count > 0 && d.cascades)
  const unlinked = deps.filter((d) => d.count > 0 && !d.cascades)
  const parts: string[] = []
  if (cascading.length) parts.push(`将一并删除:${listDependents(cascading)}`)
  if (unlinked.length) parts.push(`将解除关联:${listDependents(unlinked)}`)
  return parts.length ? parts.join(';') : null
}
