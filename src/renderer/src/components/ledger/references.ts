/**
 * The small ledgers other records point at (buildings, staff, partners, campaigns, dictionary
 * lists), loaded whole: the choices of relation selects, cell editors and value-list filters.
 * Enterprises are never loaded whole; their pickers search (see EnterprisePicker).
 */
import { DICTIONARY_KINDS, type DictionaryKind, type Staff } from '../../../../shared/domain'
import { api } from '../../api'

export type RefSource = 'building' | 'staff' | 'partner' | 'campaign' | DictionaryKind

export interface RefOption {
  value: number
  /** What a select shows: the name, or 张伟(党政办公室) when two people share it. */
  label: string
  /** The stored name: what the grid column holds and its filter sends. */
  name: string
}

const collator = new Intl.Collator('zh-CN', { numeric: true })
const byLabel = (a: RefOption, b: RefOption) => collator.compare(a.label, b.label)

export function isDictionaryKind(s: string): s is DictionaryKind {
  return Object.hasOwn(DICTIONARY_KINDS, s)
}

/** The namespace whose writes change a source's choices. */
export function namespaceOf(source: RefSource): string {
  return isDictionaryKind(source) ? 'dictionary' : source
}

export class References {
  private readonly lists = new Map<RefSource, RefOption[]>()
  private readonly labels = new Map<RefSource, Map<number, string>>()

  options(source: RefSource): RefOption[] {
    return this.lists.get(source) ?? []
  }

  label(source: RefSource, id: number): string | undefined {
    return this.labels.get(source)?.get(id)
  }

  /** Distinct names, in the options' order: a value-list filter's choices. */
  names(source: RefSource): string[] {
    return [...new Set(this.options(source).map((o) => o.name))]
  }

  set(source: RefSource, options: RefOption[]): void {
    this.lists.set(source, options)
    this.labels.set(source, new Map(options.map((o) => [o.value, o.label])))
  }

  /** Loads the given sources (and only those) from the backend. */
  async load(sources: readonly RefSource[]): Promise<void> {
    const want = new Set(sources)
    const jobs: Promise<void>[] = []
    if ([...want].some(isDictionaryKind)) {
      jobs.push(
        api.dictionary.list().then((entries) => {
          for (const kind of Object.keys(DICTIONARY_KINDS) as DictionaryKind[]) {
            if (!want.has(kind)) continue
            this.set(
              kind,
              entries
                .filter((d) => d.kind === kind)
                // The office orders its lists itself; keep that order.
                .sort((a, b) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0) || collator.compare(a.name, b.name))
                .map((d) => ({ value: d.id, label: d.name, name: d.name })),
            )
          }
        }),
      )
    }
    const named = (rows: { id: number; name: string }[]) =>
      rows.map((r) => ({ value: r.id, label: r.name, name: r.name })).sort(byLabel)
    if (want.has('building')) jobs.push(api.building.list().then((r) => this.set('building', named(r))))
    if (want.has('partner')) jobs.push(api.partner.list().then((r) => this.set('partner', named(r))))
    if (want.has('campaign')) jobs.push(api.campaign.list().then((r) => this.set('campaign', named(r))))
    if (want.has('staff')) jobs.push(api.staff.list().then((r) => this.set('staff', staffOptions(r))))
    await Promise.all(jobs)
  }
}

/** Two cadres called 张伟 must still be told apart in a select: add the department. */
export function staffOptions(staff: Pick<Staff, 'id' | 'name' | 'departmentName'>[]): RefOption[] {
  const seen = new Map<string, number>()
  for (const s of staff) seen.set(s.name, (seen.get(s.name) ?? 0) + 1)
  return staff
    .map((s) => ({
      value: s.id,
      name: s.name,
      label: (seen.get(s.name) ?? 0) > 1 ? `${s.name}(${s.departmentName ?? `编号 ${s.id}`})` : s.name,
    }))
    .sort(byLabel)
}
