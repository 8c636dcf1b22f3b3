import type { Staff } from '../../../../shared/domain'
import { api } from '../../api'

export interface RefOption {
  value: number
  label: string
}

/** The records an enterprise points at, as choices for selects in the grid and the form. */
export interface References {
  industries: RefOption[]
  buildings: RefOption[]
  staff: RefOption[]
  partners: RefOption[]
}

const collator = new Intl.Collator('zh-CN')
const byLabel = (a: RefOption, b: RefOption) => collator.compare(a.label, b.label)

export async function loadReferences(): Promise<References> {
  const [dictionary, buildings, staff, partners] = await Promise.all([
    api.dictionary.list(),
    api.building.list(),
    api.staff.list(),
    api.partner.list(),
  ])
  return {
    // The office orders its industries itself; keep that order.
    industries: dictionary
      .filter((d) => d.kind === 'industry')
      .sort((a, b) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0) || collator.compare(a.name, b.name))
      .map((d) => ({ value: d.id, label: d.name })),
    buildings: buildings.map((b) => ({ value: b.id, label: b.name })).sort(byLabel),
    staff: staffOptions(staff),
    partners: partners.map((p) => ({ value: p.id, label: p.name })).sort(byLabel),
  }
}

/** Two cadres called 张伟 must still be told apart in a select: add the department. */
export function staffOptions(staff: Pick<Staff, 'id' | 'name' | 'departmentName'>[]): RefOption[] {
  const seen = new Map<string, number>()
  for (const s of staff) seen.set(s.name, (seen.get(s.name) ?? 0) + 1)
  return staff
    .map((s) => ({
      value: s.id,
      label: (seen.get(s.name) ?? 0) > 1 ? `${s.name}(${s.departmentName ?? `编号 ${s.id}`})` : s.name,
    }))
    .sort(byLabel)
}
