/**
 * One data row's cells, column by column, into typed values for its fields, with the Chinese
 * reason for every cell that cannot be read. The parsers live in src/shared so the preview
 * marks exactly the cells the import will refuse.
 */
import { fieldOf, IDENTITY_FIELDS, type FieldSpec, type ImportKind } from '../../shared/domain/fields'
import {
  cellError,
  isBlank,
  isRegistrationNo,
  normaliseText,
  parseAmount,
  parseBoolean,
  parseChoice,
  parseCreditCode,
  parseCurrency,
  parseDate,
  parseMoney,
  parseNumber,
  parsePhone,
  parseRegistrationNo,
  splitFirmNames,
  splitNames,
  type CellValue,
  type Parsed,
} from '../../shared/domain/values'
import type { Column } from './header'

export type FieldValue = string | number | boolean | string[] | null

export interface CellProblem {
  column: Column
  value: CellValue
  reason: string
}

export interface ConvertedRow {
  /** Field key → value; a field whose cell was blank is absent. */
  values: Map<string, FieldValue>
  /** The column each field came from, for messages about the field. */
  columns: Map<string, Column>
  errors: CellProblem[]
  /** Read, but with a remark (a phone number's lost leading 0). */
  notes: CellProblem[]
  /** A credit code that failed its check, as written (normalised), when such rows are kept. */
  badCode?: { code: string; reason: string; column: Column }
}

export interface ConvertOptions {
  date1904: boolean
  /** Keep rows whose credit code fails the check, without the code, flagged for review. */
  flagBadCodes: boolean
}

export function convertRow(
  kind: ImportKind,
  columns: readonly Column[],
  cells: readonly CellValue[],
  opts: ConvertOptions,
): ConvertedRow {
  const out: ConvertedRow = { values: new Map(), columns: new Map(), errors: [], notes: [] }
  const identity = IDENTITY_FIELDS[kind]
  for (const column of columns) {
    if (!column.field) continue
    const spec = fieldOf(kind, column.field)
    if (!spec) continue
    const raw = cells[column.index] ?? null
    out.columns.set(spec.key, column)
    // A formula that failed shows #REF! and the like: nothing to import, but worth a word.
    const failed = cellError(raw)
    if (failed) {
      out.notes.push({ column, value: raw, reason: failed })
      continue
    }
    // Registry lists put a firm's 15-digit 工商注册号 in the credit-code column.
    if (spec.type === 'creditCode' && isRegistrationNo(raw)) {
      const no = parseRegistrationNo(raw)
      if (no.ok && no.value) {
        out.values.set('registrationNo', no.value)
        if (!out.columns.has('registrationNo')) out.columns.set('registrationNo', column)
        continue
      }
    }
    if (spec.type === 'money' && spec.currencyKey) {
      moneyWithCurrency(out, spec, raw, column, identity)
      continue
    }
    const parsed = convertCell(spec, raw, column, opts.date1904)
    if (!parsed.ok) {
      if (spec.type === 'creditCode' && opts.flagBadCodes && typeof raw === 'string') {
        out.badCode = { code: normaliseText(raw).toUpperCase(), reason: parsed.reason, column }
        continue
      }
      refuseOrBlank(out, spec, { column, value: raw, reason: parsed.reason }, identity)
      continue
    }
    if (parsed.note) out.notes.push({ column, value: raw, reason: parsed.note })
    if (parsed.value !== null && !(Array.isArray(parsed.value) && parsed.value.length === 0)) {
      out.values.set(spec.key, parsed.value)
    }
  }
  return out
}

/**
 * A cell that cannot be read: where only the record's identity may refuse a row (the firm
 * directory), the field is left blank and the cell warned of, its text kept in the batch's
 * problems; elsewhere the row is refused.
 */
function refuseOrBlank(
  out: ConvertedRow,
  spec: FieldSpec,
  problem: CellProblem,
  identity: readonly string[] | undefined,
): void {
  if (!identity || identity.includes(spec.key)) out.errors.push(problem)
  else out.notes.push({ ...problem, reason: `${problem.reason};${spec.label}留空导入` })
}

/** An amount with its currency (注册资本): the currency goes to its own field when the cell writes one. */
function moneyWithCurrency(
  out: ConvertedRow,
  spec: FieldSpec,
  raw: CellValue,
  column: Column,
  identity: readonly string[] | undefined,
): void {
  const parsed = parseMoney(raw, spec.unit ?? '元', column.unit ?? spec.unit ?? '元')
  if (!parsed.ok) {
    refuseOrBlank(out, spec, { column, value: raw, reason: parsed.reason }, identity)
    return
  }
  if (parsed.value === null) return
  out.values.set(spec.key, parsed.value.amount)
  // Blank means 人民币: only a currency the cell names is written (and 人民币 over a foreign one only when named).
  if (parsed.value.currency && spec.currencyKey) {
    out.values.set(spec.currencyKey, parsed.value.currency)
    if (!out.columns.has(spec.currencyKey)) out.columns.set(spec.currencyKey, column)
  }
}

export function convertCell(spec: FieldSpec, raw: CellValue, column: Column, date1904: boolean): Parsed<FieldValue> {
  switch (spec.type) {
    case 'text': {
      // 无, 暂无, — or / say there is nothing: a 诉求 of 无 is no request at all.
      const t = normaliseText(raw)
      return { ok: true, value: isBlank(t) ? null : t }
    }
    case 'ref': {
      // A name, without the stray separator a list left behind (王建国、).
      const t = normaliseText(raw).replace(/^[、,;/\\|\s]+|[、,;/\\|\s]+$/g, '')
      if (isBlank(t)) return { ok: true, value: null }
      const names = spec.ref === 'staff' ? splitNames(t) : [t]
      if (names.length > 1) {
        return { ok: true, value: names[0], note: `填了${names.length}个人,只取第一个“${names[0]}”` }
      }
      return { ok: true, value: t }
    }
    case 'date':
      return parseDate(raw, date1904)
    case 'money':
      // Columns with no currency of their own take 人民币 only (see parseAmount).
      return parseAmount(raw, spec.unit ?? '元', column.unit ?? spec.unit ?? '元')
    case 'number':
      return parseNumber(raw, spec.suffixes)
    case 'boolean':
      return parseBoolean(raw)
    case 'creditCode':
      return parseCreditCode(raw)
    case 'registrationNo':
      return parseRegistrationNo(raw)
    case 'currency':
      return parseCurrency(raw)
    case 'phone':
      return parsePhone(raw)
    case 'choice':
      return parseChoice(raw, spec.options ?? [], spec.aliases)
    case 'refs':
      return { ok: true, value: spec.ref === 'enterprise' ? splitFirmNames(raw) : splitNames(raw) }
    case 'choices': {
      const values: string[] = []
      for (const name of splitNames(raw)) {
        const r = parseChoice(name, spec.options ?? [], spec.aliases)
        if (!r.ok) return r
        if (r.value && !values.includes(r.value)) values.push(r.value)
      }
      return { ok: true, value: values }
    }
  }
}
