/**
 * Cell values as spreadsheets really hold them, turned into what the ledger stores.
 * Pure functions shared by the import engine (main) and the import preview (renderer):
 * one home for "what does 500万 mean" so the preview marks exactly what the import rejects.
 */
import { checkCreditCode, checkRegistrationNo, repairCreditCode } from './credit-code'
import { isIsoDate } from './common'

/** A cell after reading: exceljs and CSV both reduce to these. */
export type CellValue = string | number | boolean | null

/** A converted value, or the Chinese reason it could not be converted. */
export type Parsed<T> = { ok: true; value: T | null; note?: string } | { ok: false; reason: string }

const ok = <T>(value: T | null, note?: string): Parsed<T> => (note ? { ok: true, value, note } : { ok: true, value })
const fail = <T>(reason: string): Parsed<T> => ({ ok: false, reason })

/** Zero-width characters, and the variation selectors that make ✔ into the emoji ✔️. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]|\ufe0e|\ufe0f/g

/** NFKC (full-width to half-width), without zero-width characters, trimmed. */
export function normaliseText(value: CellValue): string {
  if (value === null) return ''
  if (typeof value === 'boolean') return value ? '是' : '否'
  if (typeof value === 'number') return numberText(value)
  return value.normalize('NFKC').replace(INVISIBLE, '').trim()
}

/** A number as a person would write it: no exponent for phone numbers and codes. */
function numberText(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return BigInt(n).toString()
  return String(n)
}

/** A key for "the same name": NFKC, no whitespace at all. */
export function normaliseName(value: string): string {
  return value.normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/g, '')
}

/** Cells that mean "nothing here": 无, 暂无, 无诉求, a dash or a slash. */
const PLACEHOLDER = /^(?:[-—–/\\]+|(?:无|空|暂无|没有)(?:诉求|需求|问题)?|n\/?a)$/i

/** True for a normalised cell with nothing in it: empty, or only saying so (无, —, /). */
export function isBlank(text: string): boolean {
  return text === '' || PLACEHOLDER.test(text)
}

/** What a cell holds when its formula failed (#DIV/0!, #REF!, …), as Excel shows it. */
const CELL_ERROR = /^#(?:DIV\/0!|REF!|VALUE!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/

/**
 * What the reader gives for a formula whose result it cannot read: the file saved none, or
 * it is an error value, which exceljs's streaming reader drops.
 */
export const FORMULA_WITHOUT_RESULT = '#公式无结果'

/** Why a cell holds nothing to import although it is not blank (a failed formula), or null. */
export function cellError(value: CellValue): string | null {
  if (typeof value !== 'string') return null
  const text = value.trim()
  if (text === FORMULA_WITHOUT_RESULT) return '单元格的公式没有可读的结果(多为 #DIV/0!、#REF! 等错误值),按空白处理'
  return CELL_ERROR.test(text) ? `单元格显示公式错误“${text}”,按空白处理` : null
}

// ---------------------------------------------------------------- dates

const DAY_MS = 86_400_000
/** Day 0 of Excel's 1900 system, counting its phantom 1900-02-29 (serial 60). */
const EPOCH_1900 = Date.UTC(1899, 11, 30)
const EPOCH_1904 = Date.UTC(1904, 0, 1)
/** 9999-12-31. */
const MAX_SERIAL = 2_958_465

const iso = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`

/**
 * An Excel serial day number as a calendar day, in UTC so no timezone shifts it.
 * The time of day (the fraction) is dropped.
 */
export function excelSerialToIso(serial: number, date1904 = false): string | null {
  const day = Math.floor(serial)
  if (!Number.isFinite(day) || day < 1 || day > MAX_SERIAL) return null
  if (date1904) return new Date(EPOCH_1904 + day * DAY_MS).toISOString().slice(0, 10)
  // Excel counts 1900-02-29, which never was: days before it are one off.
  if (day === 60) return null
  const t = day < 60 ? EPOCH_1900 + (day + 1) * DAY_MS : EPOCH_1900 + day * DAY_MS
  return new Date(t).toISOString().slice(0, 10)
}

const DATE_TEXT =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/
const DATE_COMPACT = /^(\d{4})(\d{2})(\d{2})$/

/**
 * 2015/3/4, 2015-03-04, 2015年3月4日, 2015.03.04, 20150304, an Excel serial (number or
 * digits), or a Date: the day as 'YYYY-MM-DD'.
 */
export function parseDate(value: CellValue | Date, date1904 = false): Parsed<string> {
  if (value instanceof Date) {
    // exceljs builds dates at UTC midnight: read them back in UTC.
    if (Number.isNaN(value.getTime())) return fail('不是有效日期')
    return ok(iso(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()))
  }
  if (value === null || value === '') return ok(null)
  if (typeof value === 'boolean') return fail('不是日期')
  if (typeof value === 'number') {
    const compact = compactDate(String(value))
    if (compact) return ok(compact)
    const partial = partialDate(String(value))
    if (partial) return fail(partial)
    const d = excelSerialToIso(value, date1904)
    return d && d <= LAST_DATE ? ok(d) : fail(`“${value}”不是有效日期`)
  }
  const text = normaliseText(value)
  if (isBlank(text)) return ok(null)
  const m = DATE_TEXT.exec(text)
  if (m) {
    const d = iso(Number(m[1]), Number(m[2]), Number(m[3]))
    return isIsoDate(d) ? ok(d) : fail(`“${text}”不是有效日期`)
  }
  const compact = compactDate(text)
  if (compact) return ok(compact)
  const partial = partialDate(text)
  if (partial) return fail(partial)
  // A serial typed or exported as text (CSV from a program that wrote the raw number).
  if (/^\d{1,7}(?:\.\d+)?$/.test(text)) {
    const d = excelSerialToIso(Number(text), date1904)
    if (d && d <= LAST_DATE) return ok(d)
  }
  return fail(`“${text}”不是可识别的日期,请写成 2015-03-04 或 2015年3月4日`)
}

/** No ledger date lies beyond this: a serial past it is a number that is not a date (201503). */
const LAST_DATE = '2100-12-31'

const YEAR_MONTH = /^(\d{4})(?:\s*[-/.年]\s*(\d{1,2})\s*月?)?$|^(\d{4})(\d{2})$/

/**
 * Why a year (2015) or a year and month (2015.3, 2015年3月, 201503) is not taken for a date:
 * read as an Excel serial they would silently become days in 1905 or 2451. Null otherwise.
 */
function partialDate(text: string): string | null {
  const m = YEAR_MONTH.exec(text)
  if (!m) return null
  const year = Number(m[1] ?? m[3])
  const month = m[2] ?? m[4]
  if (year < 1900 || year > 2100 || (month !== undefined && (Number(month) < 1 || Number(month) > 12))) return null
  const what = month === undefined ? `${year}年` : `${year}年${Number(month)}月`
  return `“${text}”只有年份${month === undefined ? '' : '和月份'}(${what}),不是完整日期;请写成 2015-03-04 或 2015年3月4日`
}

function compactDate(text: string): string | null {
  const m = DATE_COMPACT.exec(text)
  if (!m) return null
  const d = `${m[1]}-${m[2]}-${m[3]}`
  return isIsoDate(d) && Number(m[1]) >= 1900 ? d : null
}

// ---------------------------------------------------------------- amounts

export type MoneyUnit = '元' | '万元'

const UNIT_YUAN: Record<string, number> = { 元: 1, 千元: 1e3, 千: 1e3, 万: 1e4, 万元: 1e4, 亿: 1e8, 亿元: 1e8 }
const NUMBER = /^[+-]?\d+(?:\.\d+)?/

/** 人民币 as written in registries and ledgers. */
const HOME = '人民币'
/** Currencies as registries write them, longest first so 新加坡元 is not read as 加元. */
const CURRENCY_WORDS: [RegExp, string][] = [
  [/人民币|RMB|CNY|¥/gi, HOME],
  [/新加坡元|新加坡币|SGD/gi, '新加坡元'],
  [/新台币|台币|TWD/gi, '新台币'],
  [/澳门元|澳门币|MOP/gi, '澳门元'],
  [/美元|美金|USD|US\$|\$/gi, '美元'],
  [/港元|港币|HKD/gi, '港元'],
  [/欧元|EUR|€/gi, '欧元'],
  [/日元|JPY/gi, '日元'],
  [/英镑|GBP|£/gi, '英镑'],
  [/澳元|澳大利亚元|AUD/gi, '澳元'],
  [/加元|加拿大元|CAD/gi, '加元'],
  [/瑞士法郎|瑞郎|CHF/gi, '瑞士法郎'],
  [/韩元|KRW/gi, '韩元'],
]

/** An amount in a unit, with the currency the cell wrote (null: none written, so 人民币). */
export interface Money {
  amount: number
  currency: string | null
}

/** A currency name from a cell: 美金 → 美元, RMB → 人民币; null when it is none of them. */
export function currencyName(text: string): string | null {
  const t = text.normalize('NFKC').replace(/[\s()]/g, '')
  for (const [re, name] of CURRENCY_WORDS) {
    re.lastIndex = 0
    if (t.replace(re, '') === '' && t !== '') return name
  }
  return null
}

/** A 币种 cell: blank, or one of the currencies above. */
export function parseCurrency(value: CellValue): Parsed<string> {
  const text = normaliseText(value)
  if (isBlank(text)) return ok(null)
  const name = currencyName(text)
  return name ? ok(name) : fail(`“${text}”不是可识别的币种(如 人民币、美元、港元)`)
}

/**
 * 注册资本 and other amounts as written: 500, 1,000, 500万, 500万元, 1亿元, ¥1,000.50,
 * 1000.75万人民币, 50(万元人民币), 6,000(万元人民币), 100万美元, full-width digits and
 * brackets. A bare number is in `given` (the unit the column header names, else the field's
 * own); a unit written in the cell wins. The currency is kept, never converted.
 */
export function parseMoney(value: CellValue, unit: MoneyUnit, given: MoneyUnit = unit): Parsed<Money> {
  if (value === null || value === '') return ok(null)
  if (typeof value === 'boolean') return fail('不是金额')
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return fail('不是有效金额')
    return ok({ amount: roundTiny((value * UNIT_YUAN[given]) / UNIT_YUAN[unit]), currency: null })
  }
  const text = normaliseText(value)
  if (isBlank(text)) return ok(null)
  // NFKC has made （） into (); the brackets only hold the unit: 50(万元人民币).
  let rest = text.replace(/[\s,,()[\]]/g, '')
  let currency: string | null = null
  for (const [re, name] of CURRENCY_WORDS) {
    re.lastIndex = 0
    if (!re.test(rest)) continue
    if (currency && currency !== name) return fail(`“${text}”写了两种币种`)
    currency = name
    re.lastIndex = 0
    rest = rest.replace(re, '')
  }
  const m = NUMBER.exec(rest)
  if (!m) return fail(`“${text}”不是可识别的金额,请写成 500、1,000、500万元 或 100万美元`)
  let word = rest.slice(m[0].length)
  // 100美元 is a hundred dollars: the currency's own 元 was its unit.
  const currencyHasYuan = currency !== null && currency !== HOME && currency.endsWith('元')
  if (word === '' && currencyHasYuan) word = '元'
  if (word !== '' && !(word in UNIT_YUAN)) {
    return fail(`“${text}”不是可识别的金额,请写成 500、1,000、500万元 或 100万美元`)
  }
  const yuan = Number(m[0]) * UNIT_YUAN[word === '' ? given : word]
  return ok({ amount: roundTiny(yuan / UNIT_YUAN[unit]), currency })
}

/** An amount (a number, or one already formatted: 1,000) as people say it: 500 万元, 100 万美元, 2000 港元; no currency is 人民币. */
export function moneyInWords(amount: number | string, unit: MoneyUnit, currency?: string | null): string {
  if (!currency || currency === HOME) return `${amount} ${unit}`
  return unit === '万元' ? `${amount} 万${currency}` : `${amount} ${currency}`
}

/**
 * An amount in 人民币 (rent relief, subsidies: columns with no currency of their own). A
 * foreign amount is refused rather than counted as if it were yuan.
 */
export function parseAmount(value: CellValue, unit: MoneyUnit, given: MoneyUnit = unit): Parsed<number> {
  const r = parseMoney(value, unit, given)
  if (!r.ok || r.value === null) return r.ok ? ok(null) : r
  if (r.value.currency && r.value.currency !== HOME) {
    return fail(`“${normaliseText(value)}”是${r.value.currency}金额;此栏只记人民币,请换算后填写`)
  }
  return ok(r.value.amount)
}

/** Drops binary noise (0.1 * 3) without hiding real fractions: six decimals is beyond any ledger. */
function roundTiny(n: number): number {
  return Math.round(n * 1e6) / 1e6
}

/** A plain count or measure: '3', '3个月', '1.5'. */
export function parseNumber(value: CellValue, suffixes: readonly string[] = []): Parsed<number> {
  if (value === null || value === '') return ok(null)
  if (typeof value === 'boolean') return fail('不是数字')
  if (typeof value === 'number') return Number.isFinite(value) ? ok(value) : fail('不是有效数字')
  const text = normaliseText(value)
  if (isBlank(text)) return ok(null)
  let t = text.replace(/[\s,]/g, '')
  for (const s of suffixes) if (t.endsWith(s)) t = t.slice(0, -s.length)
  if (!/^[+-]?\d+(?:\.\d+)?$/.test(t)) return fail(`“${text}”不是数字`)
  return ok(Number(t))
}

// ---------------------------------------------------------------- flags

const TRUE = new Set(['是', '√', '✓', '✔', '☑', 'y', 'yes', 'true', '1', '有', '对', 'v'])
const FALSE = new Set(['否', '×', '✗', '✘', 'x', 'n', 'no', 'false', '0', '无', '不是', '-', '—', '/'])

/** 是/否/√/✓/×/1/0; blank is "not said" (null), which never clears a stored flag. */
export function parseBoolean(value: CellValue): Parsed<boolean> {
  if (value === null || value === '') return ok(null)
  if (typeof value === 'boolean') return ok(value)
  if (typeof value === 'number')
    return value === 1 ? ok(true) : value === 0 ? ok(false) : fail(`“${value}”应填 是 或 否`)
  const text = normaliseText(value).toLowerCase()
  if (text === '') return ok(null)
  if (TRUE.has(text)) return ok(true)
  if (FALSE.has(text)) return ok(false)
  return fail(`“${normaliseText(value)}”应填 是 或 否(也可用 √、×)`)
}

// ---------------------------------------------------------------- codes, phones, names

const CODE_AS_NUMBER = '统一社会信用代码被存成了数字,末几位可能已丢失;请把该列设为“文本”格式后重新填写'

/**
 * A credit code from a cell: normalised and checked (both check characters). Full width, lower
 * case, spaces and look-alike letters (O for 0, …) are corrected only when the result passes,
 * and the correction is noted. A code Excel turned into a number has lost digits and can never
 * be trusted; a text cell is only judged so when it fails the check in that number's shape
 * (9.13101E+17), never for a valid code such as 91310110584E108615.
 */
export function parseCreditCode(value: CellValue): Parsed<string> {
  if (value === null || value === '') return ok(null)
  if (typeof value === 'number') return fail(CODE_AS_NUMBER)
  // A leading ' is Excel's "keep this as text" mark, left in by some CSV exports.
  const written = String(value)
    .replace(INVISIBLE, '')
    .trim()
    .replace(/^['‘’]/, '')
  const text = normaliseText(written)
  if (isBlank(text)) return ok(null)
  const r = checkCreditCode(text)
  const noted = (code: string) =>
    ok(code, code === written ? undefined : `统一社会信用代码“${written}”已规范为“${code}”(通过校验)`)
  if (r.ok) return noted(r.code)
  const repaired = repairCreditCode(text)
  if (repaired) return noted(repaired)
  if (/^\d+(?:\.\d+)?e\+?\d+$/i.test(text) && /[.+]/.test(text)) return fail(CODE_AS_NUMBER)
  return fail(r.reason)
}

/** A 15-digit 工商注册号: checked by its own check digit. Fifteen digits survive being a number. */
export function parseRegistrationNo(value: CellValue): Parsed<string> {
  if (value === null || value === '') return ok(null)
  if (typeof value === 'boolean') return fail('不是工商注册号')
  const text = normaliseText(value).replace(/^'/, '')
  if (isBlank(text)) return ok(null)
  const r = checkRegistrationNo(text)
  return r.ok ? ok(r.number) : fail(r.reason)
}

/** True when a credit-code cell holds a valid 15-digit 工商注册号 instead (registry lists do so). */
export function isRegistrationNo(value: CellValue): boolean {
  if (value === null || typeof value === 'boolean') return false
  const text = normaliseText(value).replace(/^'/, '')
  return /^\d{15}$/.test(text.replace(/[\s-]/g, '')) && checkRegistrationNo(text).ok
}

/**
 * A phone number. Stored as a number, a Shanghai landline loses its leading 0
 * (2165983000), and keeps it lost in a CSV saved from that sheet: ten digits that are not a
 * mobile number are such a landline; the 0 is put back and noted.
 */
export function parsePhone(value: CellValue): Parsed<string> {
  if (value === null || value === '') return ok(null)
  const text = normaliseText(value).replace(/^'/, '')
  if (isBlank(text)) return ok(null)
  if (/^[2-9]\d{9}$/.test(text)) {
    return ok('0' + text, `电话号码“${text}”缺少开头的0(被存成了数字),已补为“0${text}”`)
  }
  return ok(text)
}

/** Visitors and attendees written in one cell: 张三、李四 / 张三,李四 / 张三/李四 / 张三 李四. */
export function splitNames(value: CellValue): string[] {
  return splitList(value, /[、,;/\\|\s]+/)
}

/**
 * Firm names in one cell: split only on list marks and line breaks, since a firm's own name
 * may hold a space or a slash (SIEMENS Ltd. (Shanghai), 上海乙/丙联合设计有限公司).
 */
export function splitFirmNames(value: CellValue): string[] {
  if (typeof value === 'string') value = value.replace(/\s*[\r\n]+\s*/g, '、')
  return splitList(value, /[、,;]+/)
}

function splitList(value: CellValue, separators: RegExp): string[] {
  const text = normaliseText(value)
  if (text === '') return []
  return text
    .split(separators)
    .map((s) => s.trim())
    .filter((s) => !isBlank(s))
}

/** One of a closed list, accepting the office's usual short forms (上门 for 上门走访). */
export function parseChoice(
  value: CellValue,
  options: readonly string[],
  aliases: Readonly<Record<string, string>> = {},
): Parsed<string> {
  const text = normaliseText(value)
  if (text === '') return ok(null)
  if (options.includes(text)) return ok(text)
  const alias = aliases[text]
  if (alias) return ok(alias)
  return fail(`“${text}”应为 ${options.join('、')} 之一`)
}
