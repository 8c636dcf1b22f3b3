import type { CellEditRequestEvent } from 'ag-grid-community'
import { App } from 'antd'
import { useCallback } from 'react'
import { isSameValue, toPatchValue } from '../../lib/convert'
import { fieldError, withLabel } from '../../lib/errors'
import type { CellErrors } from '../grid/cellErrors'
import { fieldOfColumn, isCellEditable } from './columns'
import { ledgerApi } from './ledgerApi'
import type { LedgerConfig, Row } from './types'
import { checkEdit } from './validate'

/**
 * Saves one edited cell. The grid runs with readOnlyEdit, so it never changes its own copy of
 * the row. The value is checked with the ledger's schema first: a wrong one is marked on the
 * cell with its Chinese reason at once and nothing is sent. Otherwise main saves it, and the
 * record it returns replaces the row; a refusal from main is marked the same way.
 */
export function useCellEdit(config: LedgerConfig, cellErrors: CellErrors) {
  const { message } = App.useApp()
  return useCallback(
    async (e: CellEditRequestEvent<Row>) => {
      const colId = e.column.getColId()
      const field = fieldOfColumn(config, colId)
      const row = e.data
      if (!row || !field || !isCellEditable(field)) return
      const value = toPatchValue(field.kind, e.newValue)
      const refresh = () => e.api.refreshCells({ rowNodes: [e.node], columns: [colId], force: true })
      const refuse = (reason: string) => {
        cellErrors.set(row.id, colId, reason)
        refresh()
        void message.error(withLabel(field.label, reason))
      }
      if (isSameValue(value, row[field.key])) return
      const wrong = checkEdit(config.schema, row, field.key, value, config.rules)
      if (wrong) return refuse(wrong)
      try {
        const updated = await ledgerApi(config.name).update({ id: row.id, patch: { [field.key]: value } })
        cellErrors.clear(row.id, colId)
        e.node.setData(updated)
        refresh()
      } catch (err) {
        refuse(fieldError(err, field.key))
      }
    },
    [config, cellErrors, message],
  )
}
