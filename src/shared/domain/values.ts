/**
 * Cell values as spreadsheets really hold them, turned into what the ledger stores.
 * Pure functions shared by the import engine (main) and the import preview (renderer):
 * one home for "what does 500万 mean" so the preview marks exactly what the import rejects.
 */
import { checkCreditCode } from './credit-code'
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

const UNIT_YUAN: Record<string, number> = { 元: 1, 千元: 1e3, 万: 1e4, 万元: 1e4, 亿: 1e8, 亿元: 1e8 }
const AMOUNT = /^([+-]?\d+(?:\.\d+)?)(亿元|亿|万元|万|千元|元)?$/

/**
 * 500, 1,000, 500万, 500万元, ¥1,000.50 into `unit`. A bare number is in `given` (the unit the
 * column header names, else the field's own unit); a unit written in the cell wins.
 */
export function parseAmount(value: CellValue, unit: MoneyUnit, given: MoneyUnit = unit): Parsed<number> {
  if (value === null || value === '') return ok(null)
  if (typeof value === 'boolean') return fail('不是金额')
  let yuan: number
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return fail('不是有效金额')
    yuan = value * UNIT_YUAN[given]
  } else {
    const text = normaliseText(value)
    if (isBlank(text)) return ok(null)
    const compact = text.replace(/[\s,,]/g, '').replace(/^(?:人民币|RMB|CNY|¥|¥)/i, '')
    const m = AMOUNT.exec(compact)
    if (!m) return fail(`“${text}”不是可识别的金额,请写成 500、1,000 或 500万元`)
    yuan = Number(m[1]) * UNIT_YUAN[m[2] ?? given]
  }
  return ok(roundTiny(yuan / UNIT_YUAN[unit]))
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

/**
 * A credit code from a cell: normalised and checked (both check characters). A code that
 * Excel turned into a number has lost digits and can never be trusted.
 */
export function parseCreditCode(value: CellValue): Parsed<string> {
  if (value === null || value === '') return ok(null)
  if (typeof value === 'number' || /^\d+(?:\.\d+)?e\+?\d+$/i.test(normaliseText(value))) {
    return fail('统一社会信用代码被存成了数字,末几位可能已丢失;请把该列设为“文本”格式后重新填写')
  }
  // A leading ' is Excel's "keep this as text" mark, left in by some CSV exports.
  const text = normaliseText(value).replace(/^'/, '')
  if (isBlank(text)) return ok(null)
  const r = checkCreditCode(text)
  return r.ok ? ok(r.code) : fail(r.reason)
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
