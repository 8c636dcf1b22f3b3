/**
 * What an export writes in each column: the header (the import dictionary's label when the
 * column is a field of it, so the file re-imports), how a value becomes a cell, and a width.
 * One home for "which record field does column X read" for every ledger and layout.
 */
import {
  IMPORT_FIELDS,
  matchHeader,
  READ_ONLY_MARK,
  type FieldSpec,
  type FieldType,
  type ImportKind,
} from '../../shared/domain/fields'
import type { MoneyUnit } from '../../shared/domain/values'
import type { LedgerName } from '../ledgers'
import { KIND_OF_LEDGER, LEDGERS } from '../ledgers'

/** How a column's values are written. `auto` decides per value (counts, joined names, dates). */
export type CellKind = 'text' | 'code' | 'date' | 'money' | 'number' | 'boolean' | 'auto'

export interface ExportColumn {
  /** The record field read (camelCase, as the grid and the API name it). */
  field: string
  header: string
  kind: CellKind
  unit?: MoneyUnit
  /** Money: the record field holding its currency (blank: 人民币). */
  currencyField?: string
  /** Excel character widths. */
  width: number
  /** On a protected sheet: a column to fill in, left unlocked (a field workbook's). */
  unlocked?: boolean
}

/** The record field a dictionary field is read from: a relation by its joined name. */
export function recordField(spec: FieldSpec): string {
  if (spec.type === 'ref') return spec.key.replace(/Id$/, 'Name')
  if (spec.type === 'refs') return spec.key.replace(/Ids$/, 'Names')
  return spec.key
}

const KIND_OF_TYPE: Record<FieldType, CellKind> = {
  text: 'text',
  date: 'date',
  money: 'money',
  number: 'number',
  boolean: 'boolean',
  creditCode: 'code',
  registrationNo: 'code',
  currency: 'text',
  phone: 'code',
  choice: 'text',
  choices: 'auto',
  ref: 'text',
  refs: 'text',
}

/** Widths by kind, widened for long headers and for the columns that hold names and addresses. */
const WIDTH: Record<CellKind, number> = { text: 16, code: 22, date: 12, money: 16, number: 10, boolean: 8, auto: 12 }
const WIDE = /名称|地址|承租方|内容|情况|备注|曾用名|主题|合作伙伴/

/** Display width of a header: a CJK character takes two. */
export function textWidth(text: string): number {
  let w = 0
  for (const ch of text) w += /[\u2e80-\uffff]/.test(ch) ? 2 : 1
  return w
}

function defaultWidth(kind: CellKind, header: string): number {
  const base = WIDE.test(header) ? 32 : WIDTH[kind]
  return Math.min(60, Math.max(base, textWidth(header) + 2))
}

function fromSpec(spec: FieldSpec, width?: number): ExportColumn {
  const kind = KIND_OF_TYPE[spec.type]
  return {
    field: recordField(spec),
    header: spec.label,
    kind,
    unit: spec.unit,
    ...(spec.currencyKey ? { currencyField: spec.currencyKey } : {}),
    width: width ?? defaultWidth(kind, spec.label),
  }
}

/** The dictionary field shown in a grid column, if any. */
function specOfColumn(kind: ImportKind | undefined, colId: string): FieldSpec | undefined {
  if (!kind) return undefined
  return IMPORT_FIELDS[kind].find((s) => !s.key.includes('.') && recordField(s) === colId)
}

/**
 * A header for a column the import does not read (a count, a joined name) that no importer can
 * mistake for a field: 诉求(件) would otherwise be read as the visit's 诉求 column.
 */
function inertHeader(kind: ImportKind | undefined, label: string): string {
  if (!kind || !matchHeader(kind, label)) return label
  return label + READ_ONLY_MARK
}

export interface ViewColumn {
  id: string
  label?: string
  /** Pixels, as the grid shows it. */
  width?: number
}

/** The export columns of a grid's visible columns, in the grid's order. */
export function viewColumns(ledger: LedgerName, columns: readonly ViewColumn[]): ExportColumn[] {
  const kind = KIND_OF_LEDGER[ledger]
  const labels = LEDGERS[ledger].labels
  const seen = new Set<string>()
  const out: ExportColumn[] = []
  for (const c of columns) {
    if (seen.has(c.id)) continue
    seen.add(c.id)
    // A grid width in px to Excel's character width (about 7 px each), kept within reason.
    const width = c.width ? Math.min(60, Math.max(8, Math.round(c.width / 7))) : undefined
    const spec = specOfColumn(kind, c.id)
    if (spec) {
      out.push(fromSpec(spec, width))
      continue
    }
    const header = inertHeader(kind, c.label ?? labels[c.id] ?? c.id)
    out.push({ field: c.id, header, kind: 'auto', width: width ?? defaultWidth('auto', header) })
  }
  return out
}

/**
 * A ledger's columns when nobody chose any (the CLI): the import dictionary's fields in its
 * order, so the file is exactly what an import of this ledger reads; other ledgers list their
 * schema's fields (relations by name).
 */
export function defaultColumns(ledger: LedgerName): ExportColumn[] {
  const kind = KIND_OF_LEDGER[ledger]
  if (kind) return IMPORT_FIELDS[kind].filter((s) => !s.key.includes('.')).map((s) => fromSpec(s))
  const def = LEDGERS[ledger]
  return Object.keys(def.schema.shape).map((key) => {
    const field = key.endsWith('Id') ? key.replace(/Id$/, 'Name') : key
    const header = def.labels[key] ?? key
    const kind: CellKind = def.booleans?.includes(key) ? 'boolean' : 'auto'
    return { field, header, kind, width: defaultWidth(kind, header) }
  })
}

/** Columns of a layout template: dictionary keys of `kind`, or `field:header` for computed ones. */
export function layoutColumns(kind: ImportKind, columns: readonly LayoutColumnDef[]): ExportColumn[] {
  return columns.map((c) => {
    const spec = c.key ? IMPORT_FIELDS[kind].find((s) => s.key === c.key) : undefined
    if (c.key && !spec) throw new Error(`模板列“${c.key}”不是${kind}字典中的字段`)
    const col = spec ? fromSpec(spec, c.width) : null
    // A dictionary field is always headed by its label: that is what makes the layout re-import.
    const header = col?.header ?? c.header ?? c.field ?? ''
    const kindOf = (c.kind as CellKind | undefined) ?? col?.kind ?? 'auto'
    return {
      field: c.field ?? col?.field ?? '',
      header: spec ? header : inertHeader(kind, header),
      kind: kindOf,
      unit: col?.unit,
      currencyField: col?.currencyField,
      width: c.width ?? col?.width ?? defaultWidth(kindOf, header),
    }
  })
}

/** A column as a template declares it. */
export interface LayoutColumnDef {
  /** A field key of the layout's import dictionary: header, kind and record field follow. */
  key?: string
  /** A record field (or a value the layout computes: 序号, 办理天数) with its own header. */
  field?: string
  header?: string
  kind?: string
  width?: number
  /** 走访台账: the column belongs to the visit and is merged over the visit's request rows. */
  merge?: boolean
}
