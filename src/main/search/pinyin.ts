import { pinyin } from 'pinyin-pro'

/**
 * Full pinyin without tones or spaces ('shanghaitongji…') and initials ('shtj…') of a name,
 * kept in indexed columns so that search and sorting never compute them per query.
 * Letters and digits in the name pass through, lower-cased.
 */
export function namePinyin(name: string): { full: string; initials: string } {
  // One conversion, initials taken from it: half the cost of asking pinyin-pro twice, which
  // counts when an import writes 100,000 names. pinyin-pro gives one item per Chinese character
  // and one per run of other characters, so the items line up with those units.
  const items = pinyin(name, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' })
  const units = name.match(UNITS) ?? []
  if (units.length !== items.length) return twoCalls(name)
  const initials = items.map((s, i) => (HAN.test(units[i]) ? (s[0] ?? '') : s))
  return { full: clean(items), initials: clean(initials) }
}

const HAN = /\p{Script=Han}/u
const UNITS = /\p{Script=Han}|[^\p{Script=Han}]+/gu

function clean(parts: string[]): string {
  return parts
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
}

/** The plain way, for a name whose items do not line up (never seen; kept for safety). */
function twoCalls(name: string): { full: string; initials: string } {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' })
  const initials = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' })
  return { full: clean(syllables), initials: clean(initials) }
}

/** Derived columns for ledgers whose names are searched and sorted by pinyin. */
export function pinyinColumns(data: Record<string, unknown>): Record<string, unknown> {
  const { full, initials } = namePinyin(String(data.name ?? ''))
  return { name_pinyin: full, name_initials: initials }
}
