import type { ColDef } from 'ag-grid-community'
import { useLoad } from '../lib/useLoad'
import { DataGrid } from './grid/DataGrid'
import { LoadError } from './LoadError'

export interface LedgerViewProps<T extends { id: number }> {
  /** Stable (module-level): see useLoad. */
  load: () => Promise<T[]>
  columns: ColDef<T>[]
  unit: string
  searchPlaceholder: string
}

const READ_ONLY = { enableCellTextSelection: true, ensureDomOrder: true } as const

/**
 * A read-only ledger: every record, sortable, filterable, searchable. Editing these comes
 * later; until then text can be selected and copied out of the cells.
 */
export function LedgerView<T extends { id: number }>({ load, columns, unit, searchPlaceholder }: LedgerViewProps<T>) {
  const { data, error, reload } = useLoad(load)
  if (error) return <LoadError message={error} onRetry={reload} />
  return (
    <DataGrid<T>
      rows={data}
      columns={columns}
      unit={unit}
      searchPlaceholder={searchPlaceholder}
      gridProps={READ_ONLY}
    />
  )
}
