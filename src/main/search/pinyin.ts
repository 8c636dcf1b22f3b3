import { pinyin, polyphonic } from 'pinyin-pro'

/**
 * Full pinyin without tones or spaces ('shanghaitongji…') and initials ('shtj…') of a name,
 * kept in indexed columns so that search and sorting never compute them per query.
 * Letters and digits in the name pass through, lower-cased.
 */
export function namePinyin(name: string): { full: string; initials: string } {
  // Each Chinese character, and each run of other characters, is a unit of its own.
  const units = name.match(UNITS) ?? []
  return byCharacter(units) ?? byWords(name, units)
}

const HAN = /\p{Script=Han}/u
const UNITS = /\p{Script=Han}|[^\p{Script=Han}]+/gu
const PINYIN = { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' } as const

/**
 * A character's one reading, or null when it has several (行 xing/hang): only context, which
 * pinyin-pro reads from its word list, can choose among those.
 */
const readings = new Map<string, string | null>()
function onlyReading(ch: string): string | null {
  let r = readings.get(ch)
  if (r === undefined) {
    const all = new Set(polyphonic(ch, { type: 'array', toneType: 'none', v: true })[0] ?? [])
    r = all.size === 1 ? [...all][0] : null
    readings.set(ch, r)
  }
  return r
}

/**
 * Most firm names (上海某某科技有限公司) have no character with two readings, and then no word
 * list can change any of them: the name's pinyin is its characters' pinyin, put together from a
 * per-character cache. That spares pinyin-pro's word matching, most of an import's pinyin cost
 * at 100,000 names. A name with a polyphone goes to pinyin-pro whole (null here).
 */
function byCharacter(units: readonly string[]): { full: string; initials: string } | null {
  let full = ''
  let initials = ''
  for (const unit of units) {
    if (HAN.test(unit)) {
      const r = onlyReading(unit)
      if (r === null) return null
      full += r
      initials += r[0] ?? ''
    } else {
      full += unit
      initials += unit
    }
  }
  return { full: clean(full), initials: clean(initials) }
}

/** pinyin-pro on the whole name, polyphones read by context (重庆银行: chong… hang). */
function byWords(name: string, units: readonly string[]): { full: string; initials: string } {
  // One conversion, initials taken from it: pinyin-pro gives one item per Chinese character and
  // one per run of other characters, so the items line up with those units.
  const items = pinyin(name, PINYIN)
  if (units.length !== items.length) return twoCalls(name)
  const initials = items.map((s, i) => (HAN.test(units[i]) ? (s[0] ?? '') : s))
  return { full: clean(items.join('')), initials: clean(initials.join('')) }
}

function clean(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]/g, '')
}

/** The plain way, for a name whose items do not line up (never seen; kept for safety). */
function twoCalls(name: string): { full: string; initials: string } {
  const syllables = pinyin(name, PINYIN)
  const initials = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' })
  return { full: clean(syllables.join('')), initials: clean(initials.join('')) }
}

/** Derived columns for ledgers whose names are searched and sorted by pinyin. */
export function pinyinColumns(data: Record<string, unknown>): Record<string, unknown> {
  const { full, initials } = namePinyin(String(data.name ?? ''))
  return { name_pinyin: full, name_initials: initials }
}
