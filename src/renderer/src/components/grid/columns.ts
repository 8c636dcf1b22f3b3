/**
 * Column builders shared by every ledger grid, so a date column filters and sorts the same
 * way in 企业名录 and in 诉求. Sorting and filtering happen in main (infinite row model): the
 * column id is the record's field name, and the filter model is sent as the grid makes it.
 */
import type { ColDef } from 'ag-grid-community'
import { formatMoney, formatNumber } from '../../lib/format'
import { ValueListFilter, type ValueListFilterParams } from './ValueListFilter'

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

/** Text filter options main understands (GridQuery's TEXT_TYPES), two conditions at most. */
const TEXT_FILTER = {
  filterOptions: ['contains', 'notContains', 'equals', 'notEqual', 'startsWith', 'endsWith', 'blank', 'notBlank'],
  maxNumConditions: 2,
  debounceMs: 400,
}
const RANGE_FILTER = { maxNumConditions: 2, debounceMs: 400 }

/**
 * What every column is: a field of the record whose name is also the column's id (the key of
 * main's sort and filter), its header, and the filter that speaks for it; `rest` then `extra`
 * (the caller's) add to it or override it.
 */
function column<T>(
  colId: string,
  headerName: string,
  filter: ColDef<T>['filter'],
  filterParams: unknown,
  rest: ColDef<T>,
  extra: ColDef<T>,
): ColDef<T> {
  return { field: colId, colId, headerName, filter, filterParams, ...rest, ...extra } as ColDef<T>
}

export function textCol<T>(colId: string, headerName: string, extra: ColDef<T> = {}): ColDef<T> {
  return column<T>(colId, headerName, 'agTextColumnFilter', TEXT_FILTER, { cellDataType: 'text' }, extra)
}

/** Long free text gets a tooltip so a truncated 走访情况 can still be read in full. */
export function longTextCol<T>(colId: string, headerName: string, extra: ColDef<T> = {}): ColDef<T> {
  return textCol<T>(colId, headerName, {
    minWidth: 240,
    width: 280,
    tooltip: (p) => (p.value as string | null) ?? undefined,
    cellEditor: 'agLargeTextCellEditor',
    cellEditorPopup: true,
    cellEditorParams: { maxLength: 4000, rows: 8, cols: 60 },
    ...extra,
  })
}

export function numberCol<T>(colId: string, headerName: string, extra: ColDef<T> = {}): ColDef<T> {
  const shown: ColDef<T> = {
    cellDataType: 'number',
    type: 'rightAligned',
    valueFormatter: (p) => formatNumber(p.value as number | null),
    width: 120,
  }
  return column<T>(colId, headerName, 'agNumberColumnFilter', RANGE_FILTER, shown, extra)
}

export function moneyCol<T>(colId: string, headerName: string, extra: ColDef<T> = {}): ColDef<T> {
  return numberCol<T>(colId, headerName, {
    valueFormatter: (p) => formatMoney(p.value as number | null),
    width: 150,
    ...extra,
  })
}

/** Dates travel as 'YYYY-MM-DD' text; the filter's model carries the day, main compares it. */
export function dateCol<T>(colId: string, headerName: string, extra: ColDef<T> = {}): ColDef<T> {
  return column<T>(
    colId,
    headerName,
    'agDateColumnFilter',
    RANGE_FILTER,
    { cellDataType: 'dateString', width: 130 },
    extra,
  )
}

/** A list of values to tick: 状态, 类型, a flag, a building's name. */
export function listCol<T>(
  colId: string,
  headerName: string,
  params: ValueListFilterParams,
  extra: ColDef<T> = {},
): ColDef<T> {
  return column<T>(colId, headerName, ValueListFilter, params, { width: 120 }, extra)
}

export const YES_NO = [
  { value: true, label: '是' },
  { value: false, label: '否' },
] as const

export function boolCol<T>(colId: string, headerName: string, extra: ColDef<T> = {}): ColDef<T> {
  return listCol<T>(colId, headerName, { choices: () => YES_NO }, { cellDataType: 'boolean', width: 100, ...extra })
}
