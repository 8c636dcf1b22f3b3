/** Which key is undo or redo, and where the page leaves it to the browser. Pure, for tests. */
type Key = Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey' | 'code'>

export function undoKeyOf(e: Key): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null
  // By code, not key: the same physical key whatever the keyboard layout or IME says.
  if (e.code === 'KeyZ') return e.shiftKey ? 'redo' : 'undo'
  if (e.code === 'KeyY' && !e.shiftKey) return 'redo'
  return null
}

/**
 * Typing in a field or a grid cell's editor: the browser's own undo applies there, to the text,
 * not to the ledger.
 */
export function isTextTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false
  const el = target as HTMLElement
  if (el.isContentEditable) return true
  if (el.closest('input, textarea, select, [contenteditable="true"], .ag-cell-inline-editing, .ag-popup-editor'))
    return true
  return false
}
