/**
 * Grid columns from a ledger's field specs. A column's id is the record field main sorts and
 * filters by (a relation is shown, sorted and filtered by its name: `buildingName`); an edit of
 * the cell patches the schema field behind it (`buildingId`).
 */
import type { ColDef, SuppressKeyboardEventParams, TooltipCallbackParams } from 'ag-grid-community'
import type { CellErrors } from '../grid/cellErrors'
import { boolCol, dateCol, listCol, longTextCol, moneyCol, numberCol, textCol } from '../grid/columns'
import type { ListChoice } from '../grid/ValueListFilter'
import type { References } from './references'
import type { DetailTarget, FieldSpec, LedgerConfig, Row } from './types'
import { isRequired } from './validate'

/**
 * What every column callback can reach through the grid's context. One instance for the grid's
 * life, read when the callbacks run, so marking a cell or a mode redraws only what it touches.
 */
export class LedgerGridContext {
  /** 全选筛选结果 is on: every row of the grid is in the bulk edit, loaded or not. */
  allFiltered = false

  constructor(
    readonly cellErrors: CellErrors,
    readonly refs: References,
    readonly detail?: (row: Row) => DetailTarget | null,
  ) {}

  setAllFiltered(on: boolean): void {
    this.allFiltered = on
  }
}

/** The "(无)" choice of a relation select: clears the link. */
export const NO_REF = 0
const BLANK: ListChoice = { value: null, label: '(空白)' }

/** The grid column a field is shown in. */
export function colIdOf(field: FieldSpec): string {
  return field.nameKey ?? field.key
}

/** Fields edited in the cell itself; lists of records are edited in the form. */
export function isCellEditable(field: FieldSpec): boolean {
  return !field.readOnly && field.kind !== 'enterprise' && field.kind !== 'refs' && field.kind !== 'enterprises'
}

/**
 * Delete deletes the row (after confirmation), it must not first blank the focused cell, which
 * is what the grid does with it by default; Ctrl/Alt+Enter opens the record's page instead of
 * the editor. Space keeps toggling an editable checkbox.
 */
function suppressKeys(p: SuppressKeyboardEventParams<Row>): boolean {
  if (p.editing) return false
  const { key, ctrlKey, altKey, metaKey } = p.event
  if (key === 'Delete') return true
  if (key === 'Enter' && (ctrlKey || altKey || metaKey)) return true
  return key === ' ' && p.colDef.cellDataType === 'boolean'
}

const ctx = (p: { context: unknown }) => p.context as LedgerGridContext

/** Editable, with a red mark and its message on a refused cell; otherwise the column's own tooltip. */
function editable(col: ColDef<Row>): ColDef<Row> {
  const colId = col.colId as string
  const own = col.tooltip
  return {
    ...col,
    editable: true,
    cellClassRules: { 'cell-error': (p) => !!p.data && ctx(p).cellErrors.has(p.data.id, colId) },
    tooltip: (p: TooltipCallbackParams<Row>) => {
      const error = p.data && ctx(p).cellErrors.get(p.data.id, colId)
      if (error) return error
      return typeof own === 'function' ? own(p) : own
    },
  }
}

function choiceLabel(choices: readonly ListChoice[] | undefined, value: unknown): string {
  if (value == null || value === '') return ''
  return choices?.find((c) => c.value === value)?.label ?? String(value)
}

/** Kinds whose column is the grid's own builder as it is. */
const PLAIN = {
  text: textCol,
  longText: longTextCol,
  number: numberCol,
  money: moneyCol,
  date: dateCol,
  boolean: boolCol,
} satisfies Partial<Record<FieldSpec['kind'], unknown>>

const isPlain = (kind: FieldSpec['kind']): kind is keyof typeof PLAIN => Object.hasOwn(PLAIN, kind)

function baseColumn(field: FieldSpec, config: LedgerConfig, refs: References): ColDef<Row> {
  const { key, label, kind } = field
  const optional = !isRequired(config.schema, key)
  if (isPlain(kind)) return PLAIN[kind]<Row>(key, label)
  switch (kind) {
    case 'tags':
      // A list of words (角色): shown and typed as 楼掌柜、营商服务专员, found with a text filter.
      return textCol<Row>(key, label, {
        cellDataType: false,
        width: 220,
        valueGetter: (p) => ((p.data?.[key] as string[] | undefined) ?? []).join('、'),
      })
    case 'enum': {
      const choices = field.choices ?? []
      const filterChoices = optional ? [...choices, BLANK] : choices
      return listCol<Row>(
        key,
        label,
        { choices: () => filterChoices },
        {
          valueFormatter: (p) => choiceLabel(choices, p.value),
          cellEditor: 'agSelectCellEditor',
          cellEditorParams: { values: [...(optional ? [null] : []), ...choices.map((c) => c.value)] },
        },
      )
    }
    case 'ref': {
      const source = field.source!
      const nameKey = field.nameKey!
      return listCol<Row>(
        nameKey,
        label,
        { choices: () => [...refs.names(source).map((n) => ({ value: n, label: n })), BLANK] },
        {
          field: key,
          width: 140,
          // The select editor formats its options with this too: 0 is "(无)".
          valueFormatter: (p) =>
            p.value === NO_REF
              ? '(无)'
              : p.value == null
                ? ''
                : (refs.label(source, p.value as number) ?? String(p.data?.[nameKey] ?? '')),
          cellEditorSelector: () => ({
            component: 'agSelectCellEditor',
            params: { values: [NO_REF, ...refs.options(source).map((o) => o.value)], valueListMaxHeight: 320 },
          }),
        },
      )
    }
    case 'enterprise':
      return textCol<Row>(field.nameKey!, label, { width: 240 })
    case 'refs':
    case 'enterprises':
      throw new Error(`${key}: a list of records has no grid column`)
  }
}

/** The data columns of a ledger, in the order of its field specs. */
export function ledgerColumns(config: LedgerConfig, refs: References): ColDef<Row>[] {
  return config.fields
    .filter((f) => f.column !== false)
    .map((f) => {
      const opts = f.column || {}
      const col: ColDef<Row> = { ...baseColumn(f, config, refs), ...opts, suppressKeyboardEvent: suppressKeys }
      if (opts.hide) col.hide = true
      return isCellEditable(f) ? editable(col) : col
    })
}

/** The field behind a column, for an edit request. */
export function fieldOfColumn(config: LedgerConfig, colId: string): FieldSpec | undefined {
  return config.fields.find((f) => f.column !== false && colIdOf(f) === colId)
}

/** The column a server message about a schema field belongs to. */
export function columnOfField(config: LedgerConfig, key: string): string | undefined {
  const f = config.fields.find((x) => x.key === key && x.column !== false)
  return f && colIdOf(f)
}

/** Columns that are not data: never saved in a view, never offered in the column chooser. */
export const DETAIL_COL = 'detailLink'
export const SELECTION_COL = 'ag-Grid-SelectionColumn'

export function isDataColumn(colId: string): boolean {
  return colId !== DETAIL_COL && /^[a-zA-Z][a-zA-Z0-9]*$/.test(colId)
}
