/**
 * The 企业名录 grid's columns. Column ids are the API's field names, so a refused edit's
 * `fields` map points straight at the cell to mark, and an edit knows what to patch.
 */
import type { ColDef, SuppressKeyboardEventParams, TooltipCallbackParams } from 'ag-grid-community'
import { ENTERPRISE_STATUSES, enterpriseLabels as L, type Enterprise } from '../../../../shared/domain'
import type { CellErrorContext } from '../../components/grid/cellErrors'
import { boolCol, compareText, dateCol, enumCol, longTextCol, numberCol, textCol } from '../../components/grid/columns'
import type { FieldKind } from './convert'
import type { RefOption, References } from './references'

type E = Enterprise
type EditableField = keyof typeof L

/** How each editable column's value is converted before it is sent. */
export const FIELD_KINDS: Record<EditableField, FieldKind> = {
  name: 'text',
  shortName: 'text',
  formerNames: 'text',
  creditCode: 'text',
  industryId: 'ref',
  buildingId: 'ref',
  room: 'text',
  registeredAddress: 'text',
  operatingAddress: 'text',
  registeredCapital: 'number',
  establishedOn: 'date',
  legalRep: 'text',
  contact: 'text',
  phone: 'text',
  isKey: 'boolean',
  isManaged: 'boolean',
  isAboveScale: 'boolean',
  isHighTech: 'boolean',
  isSpecialized: 'boolean',
  specialistId: 'ref',
  partnerId: 'ref',
  settledOn: 'date',
  status: 'enum',
  notes: 'text',
}

export function isEditableField(f: string): f is EditableField {
  return Object.hasOwn(FIELD_KINDS, f)
}

/** The "(无)" choice of a relation select: clears the link. */
export const NO_REF = 0

/**
 * Delete deletes the row (after confirmation), it must not first blank the focused cell, which
 * is what the grid does with it by default. Space keeps toggling an editable checkbox.
 */
function suppressKeys(p: SuppressKeyboardEventParams<E>): boolean {
  if (p.editing) return false
  if (p.event.key === 'Delete') return true
  return p.event.key === ' ' && p.colDef.cellDataType === 'boolean'
}

/** Red mark and its message on a refused cell; otherwise the column's own tooltip if any. */
function withCellErrors(col: ColDef<E>): ColDef<E> {
  const colId = col.colId as string
  const own = col.tooltip
  return {
    ...col,
    editable: true,
    suppressKeyboardEvent: suppressKeys,
    cellClassRules: {
      'cell-error': (p) => !!p.data && (p.context as CellErrorContext).cellErrors.has(p.data.id, colId),
    },
    tooltip: (p: TooltipCallbackParams<E>) => {
      const error = p.data && (p.context as CellErrorContext).cellErrors.get(p.data.id, colId)
      if (error) return error
      return typeof own === 'function' ? own(p) : own
    },
  }
}

/** A link to another ledger: stored as an id, shown, sorted, filtered and searched by name. */
function refCol(
  field: 'industryId' | 'buildingId' | 'specialistId' | 'partnerId',
  nameField: 'industryName' | 'buildingName' | 'specialistName' | 'partnerName',
  options: RefOption[],
  width = 140,
): ColDef<E> {
  const names = new Map(options.map((o) => [o.value, o.label]))
  const nameOf = (d: E | undefined) => (d ? (d[nameField] ?? '') : '')
  return {
    field,
    colId: field,
    headerName: L[field],
    width,
    cellDataType: false,
    // The select editor formats its options with this too (no row then): 0 is "(无)".
    valueFormatter: (p) =>
      p.value === NO_REF ? '(无)' : p.value == null ? '' : (names.get(p.value as number) ?? nameOf(p.data)),
    filter: 'agTextColumnFilter',
    filterValueGetter: (p) => nameOf(p.data),
    getQuickFilterText: (p) => nameOf(p.data),
    comparator: (_a, _b, nodeA, nodeB) => compareText(nameOf(nodeA.data), nameOf(nodeB.data)),
    cellEditor: 'agSelectCellEditor',
    cellEditorParams: { values: [NO_REF, ...options.map((o) => o.value)], valueListMaxHeight: 320 },
  }
}

/** A flag: a checkbox; quick search finds key firms by typing 重点企业. */
type FlagField = 'isKey' | 'isManaged' | 'isAboveScale' | 'isHighTech' | 'isSpecialized'

function flagCol(field: FlagField, width = 100): ColDef<E> {
  return boolCol<E>(field, L[field], { width, getQuickFilterText: (p) => (p.value ? L[field] : '') })
}

export function enterpriseColumns(refs: References): ColDef<E>[] {
  const editable: ColDef<E>[] = [
    textCol<E>('name', L.name, { width: 260, pinned: 'left' }),
    textCol<E>('creditCode', L.creditCode, { width: 190 }),
    refCol('industryId', 'industryName', refs.industries, 120),
    refCol('buildingId', 'buildingName', refs.buildings, 140),
    textCol<E>('room', L.room, { width: 120 }),
  ]
  const afterManager: ColDef<E>[] = [
    numberCol<E>('registeredCapital', L.registeredCapital, { width: 140 }),
    dateCol<E>('establishedOn', L.establishedOn),
    textCol<E>('legalRep', L.legalRep, { width: 110 }),
    textCol<E>('contact', L.contact, { width: 100 }),
    textCol<E>('phone', L.phone, { width: 140 }),
    flagCol('isKey'),
    flagCol('isManaged'),
    flagCol('isAboveScale'),
    flagCol('isHighTech', 130),
    flagCol('isSpecialized'),
    refCol('specialistId', 'specialistName', refs.staff, 110),
    refCol('partnerId', 'partnerName', refs.partners, 200),
    dateCol<E>('settledOn', L.settledOn),
    enumCol<E>('status', L.status, {
      width: 90,
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: [...ENTERPRISE_STATUSES] },
    }),
    textCol<E>('shortName', L.shortName, { width: 120 }),
    textCol<E>('formerNames', L.formerNames, { width: 200 }),
    textCol<E>('registeredAddress', L.registeredAddress, { width: 240 }),
    textCol<E>('operatingAddress', L.operatingAddress, { width: 240 }),
    longTextCol<E>('notes', L.notes, { cellEditor: 'agLargeTextCellEditor', cellEditorPopup: true }),
  ]
  // 楼掌柜 follows from the building: shown next to it, changed by changing the building.
  const manager = textCol<E>('managerName', '楼掌柜', { width: 100 })
  return [...editable.map(withCellErrors), manager, ...afterManager.map(withCellErrors)]
}
