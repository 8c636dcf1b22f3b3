import { pinyin } from 'pinyin-pro'

/**
 * Full pinyin without tones or spaces ('shanghaitongji…') and initials ('shtj…') of a name,
 * kept in indexed columns so that search and sorting never compute them per query.
 * Letters and digits in the name pass through, lower-cased.
 */
export function namePinyin(name: string): { full: string; initials: string } {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' })
  const initials = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' })
  const clean = (parts: string[]) =>
    parts
      .join('')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '')
  return { full: clean(syllables), initials: clean(initials) }
}

/** Derived columns for ledgers whose names are searched and sorted by pinyin. */
export function pinyinColumns(data: Record<string, unknown>): Record<string, unknown> {
  const { full, initials } = namePinyin(String(data.name ?? ''))
  return { name_pinyin: full, name_initials: initials }
}
