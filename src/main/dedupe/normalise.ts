import { normaliseName } from '../../shared/domain/values'

/**
 * How one firm's name is written many ways (issue #20): the keys under which two records that
 * are likely one firm meet. Pure functions, used by the finder, the link proposals and the
 * import's warning alike, so all three agree on what "the same name" is.
 */

/**
 * 上海济丽建设（集团）有限责任公司(上海) and 济丽建设(集团)有限公司 give the same key. Deeper than
 * the import's normaliseName (width and spaces only), which decides a row's firm for certain.
 */
export function dedupeName(raw: string): string {
  let s = normaliseName(raw).toLowerCase()
  s = s.replace(/[·.。,,、'"“”‘’_-]+/g, '')
  // Brackets of every kind as round ones, then a place in brackets (上海) goes wherever it is.
  s = s.replace(/[[【〔〖{<《]/g, '(').replace(/[\]】〕〗}>》]/g, ')')
  s = s.replace(/\(上海市?\)/g, '')
  s = s.replace(/[()]/g, '')
  s = s.replace(/有限责任公司/g, '有限公司')
  s = s.replace(/^上海市?/, '')
  return s
}

/** A branch names its parent and a place: 上海XX有限公司杨浦分公司 is not 上海XX有限公司. */
export function isBranch(normalised: string): boolean {
  return /(分公司|分店|分部|办事处|分厂|营业部|分所)$/.test(normalised)
}

/**
 * The stored pinyin of a name (search/pinyin.ts: 'shanghaijili…') brought to the same form as
 * normaliseName: no leading 上海, 有限责任公司 as 有限公司. Two names that sound alike meet here.
 */
export function normalisePinyin(pinyin: string): string {
  let s = pinyin.toLowerCase().replace(/[^a-z0-9]/g, '')
  s = s.replace(/youxianzerengongsi/g, 'youxiangongsi')
  s = s.replace(/^shanghai(shi)?/, '')
  s = s.replace(/shanghai(shi)?(youxiangongsi)$/, '$2')
  return s
}

/** 曾用名 as written: several names with 、 , ; or new lines between them. */
export function splitFormerNames(text: string | null | undefined): string[] {
  if (!text) return []
  return text
    .split(/[、,,;;\n]+/)
    .map((s) => s.trim())
    .filter(Boolean)
}

/** A phone as digits only, without the 021 area code: 021-6598 1234 and 65981234 meet. */
export function normalisePhone(raw: string | null | undefined): string | null {
  if (!raw) return null
  let d = raw.normalize('NFKC').replace(/\D/g, '')
  d = d.replace(/^(0086|86)(?=1\d{10}$)/, '').replace(/^021(?=\d{8}$)/, '')
  return d.length >= 7 ? d : null
}

/** A room as written in many ways: 1203室, 12F-03 and ` 1203 ` stay apart, but case and width do not. */
export function normaliseRoom(raw: string | null | undefined): string | null {
  if (!raw) return null
  const r = raw
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s室房号]+/g, '')
  return r || null
}
