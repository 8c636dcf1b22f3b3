/**
 * A file with no header row (a registry scrape: 序号, code, name, legal representative,
 * province): each column's field guessed from its values, for the user to confirm. A column is
 * the credit-code column by the share of its values that pass the checksum, so a column of
 * 18-digit numbers that merely look like codes never wins.
 */
import { IMPORT_FIELDS, type ImportKind } from '../../shared/domain/fields'
import { normaliseText, parseCreditCode, parseDate, type CellValue } from '../../shared/domain/values'

/** The share of a column's values that must look alike before it is guessed at all. */
const MIN_SHARE = 0.6

const FIRM =
  /(?:公司|厂|店|中心|事务所|合作社|工作室|集团|商行|经营部|门市部|研究院|研究所|协会|学校|医院|银行|酒家|餐厅|宾馆|馆|社|部)(?:\(.*\))?$/
const PERSON = /^[\u4e00-\u9fa5][\u4e00-\u9fa5·]{1,4}$/
/** Short Chinese texts that name a place, not a person: 上海市, 紫荆广场. */
const PLACE = /(?:省|市|区|县|镇|乡|村|路|街|广场|大厦|大楼|中心|园|楼|公司)$/
const PHONE = /^(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|\d{8})$/
const MONEY =
  /^[+-]?\d[\d,]*(?:\.\d+)?\s*(?:\(?(?:万元|元|万|亿元)(?:人民币)?\)?|\(?万?(?:人民币|美元|港元|欧元|日元)\)?)$/
const ADDRESS = /(?:路|街|弄|号|室|幢|镇|村)/
const STATUS = new Set(['存续', '在业', '在营', '开业', '迁出', '注销', '吊销', '已注销', '已迁出'])

/** Which field of each kind takes a firm's name, a person's, a date, money, a phone number. */
const firmField = (keys: Set<string>) => ['name', 'enterpriseName', 'tenantName'].find((k) => keys.has(k))

type Test = (t: string, v: CellValue) => boolean

/**
 * A field key (or null) per column, guessed from the columns' values in `rows`; `width`
 * columns. Each field is given to one column at most: the one that fits it best.
 */
export function guessColumns(
  kind: ImportKind,
  rows: readonly (readonly CellValue[])[],
  width: number,
): (string | null)[] {
  const specs = IMPORT_FIELDS[kind]
  const keys = new Set(specs.map((s) => s.key))
  const columns = Array.from({ length: width }, (_, c) =>
    rows.map((r) => r[c] ?? null).filter((v) => normaliseText(v) !== ''),
  )
  const out: (string | null)[] = Array.from({ length: width }, () => null)
  const share = (c: number, test: Test) => {
    const values = columns[c]
    if (values.length === 0) return 0
    return values.filter((v) => test(normaliseText(v), v)).length / values.length
  }
  /** Gives `field` to the free column where `test` holds most often, if often enough. */
  const assign = (field: string | undefined, test: Test, also: (c: number) => boolean = () => true) => {
    if (!field || !keys.has(field) || out.includes(field)) return
    let best = -1
    let bestShare = MIN_SHARE - 1e-9
    for (let c = 0; c < width; c++) {
      if (out[c] !== null || isSequence(columns[c]) || !also(c)) continue
      const s = share(c, test)
      if (s > bestShare) [best, bestShare] = [c, s]
    }
    if (best >= 0) out[best] = field
  }
  const first = (type: string) => specs.find((s) => s.type === type)?.key
  // A building's or a person's list names no firm.
  const firms = kind !== 'buildings' && kind !== 'staff'

  assign(
    keys.has('creditCode') ? 'creditCode' : undefined,
    (t, v) => parseCreditCode(v).ok && /^[0-9A-Z]{18}$/i.test(t),
  )
  if (firms) assign(firmField(keys), (t) => FIRM.test(t) && t.length >= 4)
  assign(first('date'), (t, v) => !/^\d{1,5}$/.test(t) && parseDate(v).ok)
  assign(first('money'), (t) => MONEY.test(t.replace(/\s+/g, '')))
  assign(keys.has('phone') ? 'phone' : undefined, (t) => PHONE.test(t.replace(/[\s-]/g, '')))
  // People's names differ row to row; a province or a building repeats.
  const varied = (c: number) => new Set(columns[c].map(normaliseText)).size >= columns[c].length / 2
  assign(
    ['legalRep', 'contact'].find((k) => keys.has(k)),
    (t) => PERSON.test(t) && !PLACE.test(t),
    varied,
  )
  assign(keys.has('registeredAddress') ? 'registeredAddress' : undefined, (t) => t.length >= 8 && ADDRESS.test(t))
  assign(keys.has('status') && kind === 'enterprises' ? 'status' : undefined, (t) => STATUS.has(t))
  return out
}

/** 1, 2, 3 …: a 序号 column, never a field. */
function isSequence(values: readonly CellValue[]): boolean {
  if (values.length < 2) return false
  const n = values.map((v) => Number(normaliseText(v)))
  return n.every((x, i) => Number.isInteger(x) && (i === 0 || x === n[i - 1] + 1))
}
