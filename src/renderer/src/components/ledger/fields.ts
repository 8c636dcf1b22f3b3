/** Shorthands for declaring a ledger's fields (features/<entity>/ledger.ts). */
import type { FieldKind } from '../../lib/convert'
import { toIsoDate } from '../../lib/format'
import type { RefSource } from './references'
import type { Choice, ColumnOptions, DetailTarget, FieldSpec, Row } from './types'

type More = Omit<FieldSpec, 'key' | 'label' | 'kind' | 'column'>

export function field(key: string, label: string, kind: FieldKind, column?: ColumnOptions | false, more?: More) {
  return { key, label, kind, column, ...more } satisfies FieldSpec
}

/** A relation to a small ledger: edited by id, shown, sorted and filtered by `nameKey`. */
export function ref(key: string, label: string, source: RefSource, nameKey: string, column?: ColumnOptions) {
  return { key, label, kind: 'ref', source, nameKey, column } satisfies FieldSpec
}

/** A relation to an enterprise: chosen by searching, shown by `nameKey`. */
export function firm(key: string, label: string, nameKey: string, column?: ColumnOptions) {
  return { key, label, kind: 'enterprise', nameKey, column } satisfies FieldSpec
}

/** A column that is shown only (a count, a joined name). */
export function shown(key: string, label: string, kind: FieldKind = 'text', column?: ColumnOptions) {
  return { key, label, kind, column, readOnly: true, form: false } satisfies FieldSpec
}

/** The words of a fixed list as choices. */
export function words(list: readonly string[]): Choice[] {
  return list.map((w) => ({ value: w, label: w }))
}

export function today(): string {
  return toIsoDate(new Date())
}

/** 一企一档 of the firm a row belongs to (a visit, a request), when it has one. */
export function firmOf(row: Row): DetailTarget | null {
  const id = row.enterpriseId
  return typeof id === 'number' ? { path: 'enterprise', id, title: '打开一企一档' } : null
}
