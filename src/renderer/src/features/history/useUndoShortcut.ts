/**
 * Ctrl+Z undoes the last change to the ledger (an edit, a bulk edit, a delete, a whole import),
 * Ctrl+Shift+Z or Ctrl+Y redoes it, from any page; a message says what was undone. Grids and
 * pages read again by themselves (isSweepingChange in api/changes.ts).
 */
import { App } from 'antd'
import { useEffect, useRef } from 'react'
import { api } from '../../api'
import { errorMessage } from '../../lib/errors'
import { isTextTarget, undoKeyOf } from './undoKeys'

export function useUndoShortcut(): void {
  const { message } = App.useApp()
  const busy = useRef(false)
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const which = undoKeyOf(e)
      if (!which || isTextTarget(e.target)) return
      // An open dialog is in the middle of its own change.
      if (document.querySelector('.ant-modal-wrap:not([style*="display: none"])')) return
      e.preventDefault()
      e.stopPropagation()
      if (busy.current) return
      busy.current = true
      const run = which === 'undo' ? api.history.undo() : api.history.redo()
      // Braces: a message is a thenable that settles when it closes, and must not hold `busy`.
      run
        .then(
          (r) => {
            message.success(`${which === 'undo' ? '已撤销' : '已重做'}:${r.label}`)
          },
          (err: unknown) => {
            message.warning(errorMessage(err), 6)
          },
        )
        .finally(() => (busy.current = false))
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [message])
}
