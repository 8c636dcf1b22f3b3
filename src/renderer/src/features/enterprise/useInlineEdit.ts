import type { CellEditRequestEvent } from 'ag-grid-community'
import { App } from 'antd'
import { useCallback } from 'react'
import type { Enterprise, EnterpriseInput } from '../../../../shared/domain'
import { api } from '../../api'
import type { CellErrors } from '../../components/grid/cellErrors'
import { fieldError, withLabel } from '../../lib/errors'
import { FIELD_KINDS, isEditableField } from './columns'
import { isSameValue, toPatchValue } from './convert'

/**
 * Saves one edited cell. The grid runs with readOnlyEdit, so it never changes its own copy of
 * the row: on success the record the backend returns replaces the row; on refusal the row is
 * untouched (the cell shows the stored value again), the cell is marked with the Chinese
 * reason, and the same reason is shown as a message.
 */
export function useInlineEdit(replaceRow: (row: Enterprise) => void, cellErrors: CellErrors) {
  const { message } = App.useApp()
  return useCallback(
    async (e: CellEditRequestEvent<Enterprise>) => {
      const field = e.colDef.colId
      const row = e.data
      if (!row || !field || !isEditableField(field)) return
      const value = toPatchValue(FIELD_KINDS[field], e.newValue)
      if (isSameValue(value, row[field])) return
      const refresh = () => e.api.refreshCells({ rowNodes: [e.node], columns: [field], force: true })
      try {
        const patch = { [field]: value } as Partial<EnterpriseInput>
        const updated = await api.enterprise.update({ id: row.id, patch })
        cellErrors.clear(row.id, field)
        replaceRow(updated)
        refresh()
      } catch (err) {
        const reason = fieldError(err, field)
        cellErrors.set(row.id, field, reason)
        refresh()
        void message.error(withLabel(e.colDef.headerName ?? field, reason))
      }
    },
    [replaceRow, cellErrors, message],
  )
}
