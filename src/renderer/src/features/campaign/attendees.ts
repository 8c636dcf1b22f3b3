/** Adds matched firms to an event's attendees, keeping the order and counting what is new. */
export function mergeAttendees(
  current: ReadonlyMap<number, string>,
  matched: readonly { id: number; name: string }[],
): { next: Map<number, string>; added: number } {
  const next = new Map(current)
  let added = 0
  for (const m of matched) {
    if (next.has(m.id)) continue
    next.set(m.id, m.name)
    added++
  }
  return { next, added }
}

/** The event whose row has the grid's focused cell, if any: what 参加企业 opens on. */
export function focusedRowId(root: ParentNode): number | null {
  const id = root.querySelector('.ag-cell-focus')?.closest('.ag-row')?.getAttribute('row-id')
  const n = Number(id)
  return Number.isInteger(n) && n > 0 ? n : null
}
