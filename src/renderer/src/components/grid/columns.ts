/**
 * Column builders shared by every ledger grid, so a date column filters and sorts the same
 * way in 企业名录 and in 诉求. Headers always come from the domain's Chinese labels.
 */
import type { ColDef } from 'ag-grid-community'
import { formatMoney, formatNumber } from '../../lib/format'

type Field<T> = Extract<keyof T, string>

const zh = new Intl.Collator('zh-CN', { numeric: true })

/** Pinyin order for Chinese (the browser's default is code-point order), blanks after text. */
export function compareText(a: unknown, b: unknown): number {
  const x = a == null ? '' : String(a)
  const y = b == null ? '' : String(b)
  if (x === y) return 0
  if (x === '') return 1
  if (y === '') return -1
  return zh.compare(x, y)
}

/** Long free text gets a tooltip so a truncated 走访情况 can still be read in full. */
export function textCol<T>(field: Field<T>, headerName: string, extra: ColDef<T> = {}): ColDef<T> {
  return {
    field,
    colId: field,
    headerName,
    cellDataType: 'text',
    filter: 'agTextColumnFilter',
    comparator: compareText,
    ...extra,
  } as ColDef<T>
}

export function longTextCol<T>(field: Field<T>, headerName: string, extra: ColDef<T> = {}): ColDef<T> {
  // Takes whatever width the grid has left, so a ledger with few columns has no empty band.
  return textCol<T>(field, headerName, { flex: 1, minWidth: 240, tooltip: (p) => p.value ?? undefined, ...extra })
}

export function numberCol<T>(field: Field<T>, headerName: string, extra: ColDef<T> = {}): ColDef<T> {
  return {
    field,
    colId: field,
    headerName,
    cellDataType: 'number',
    filter: 'agNumberColumnFilter',
    type: 'rightAligned',
    valueFormatter: (p) => formatNumber(p.value as number | null),
    width: 120,
    ...extra,
  } as ColDef<T>
}

export function moneyCol<T>(field: Field<T>, headerName: string, extra: ColDef<T> = {}): ColDef<T> {
  return numberCol<T>(field, headerName, {
    valueFormatter: (p) => formatMoney(p.value as number | null),
    width: 150,
    ...extra,
  })
}

/**
 * Dates travel as 'YYYY-MM-DD' text. The filter compares the text itself rather than a parsed
 * Date so a blank or malformed legacy value can never throw inside the grid.
 */
export function compareIsoDateToFilter(filterDate: Date, cellValue: unknown): number {
  if (typeof cellValue !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(cellValue)) return -1
  const p = (n: number) => String(n).padStart(2, '0')
  const wanted = `${filterDate.getFullYear()}-${p(filterDate.getMonth() + 1)}-${p(filterDate.getDate())}`
  return cellValue < wanted ? -1 : cellValue > wanted ? 1 : 0
}

export function dateCol<T>(field: Field<T>, headerName: string, extra: ColDef<T> = {}): ColDef<T> {
  return {
    field,
    colId: field,
    headerName,
    cellDataType: 'dateString',
    filter: 'agDateColumnFilter',
    filterParams: { comparator: compareIsoDateToFilter },
    width: 120,
    ...extra,
  } as ColDef<T>
}

export function boolCol<T>(field: Field<T>, headerName: string, extra: ColDef<T> = {}): ColDef<T> {
  return { field, colId: field, headerName, cellDataType: 'boolean', width: 100, ...extra } as ColDef<T>
}

/** A column of Chinese words from a fixed list (状态, 类型, ...): filtered as text. */
export function enumCol<T>(field: Field<T>, headerName: string, extra: ColDef<T> = {}): ColDef<T> {
  return textCol<T>(field, headerName, { width: 110, ...extra })
}
