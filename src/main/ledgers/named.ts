import type { LedgerDef } from '../ledger/def'
import { pinyinColumns } from '../search/pinyin'

/**
 * A ledger whose records go by their name: titled by it, and found and sorted by its pinyin
 * and initials as well as by its characters (pinyinColumns keeps those columns), and found by
 * `searchAlso` too. Other name columns sort by their own pinyin through `sortAs`.
 */
export function namedByPinyin(
  searchAlso: readonly string[],
  sortAs: Readonly<Record<string, string>> = {},
): Pick<LedgerDef, 'title' | 'derive' | 'searchColumns' | 'sortAs'> {
  return {
    title: (r) => String(r.name),
    derive: pinyinColumns,
    searchColumns: ['name', ...searchAlso, 'name_pinyin', 'name_initials'],
    sortAs: { name: 'name_pinyin', ...sortAs },
  }
}
