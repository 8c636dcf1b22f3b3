/** Alt+N opens 录入走访 from anywhere (or, when it is open, puts the cursor back on 企业). */
import { useEffect } from 'react'
import { navigate } from '../../app/useHashRoute'
import { VISIT_ENTRY_PATH } from '../campaign/links'

/** Sent to an open 录入走访 page: focus the firm field. */
export const FOCUS_EVENT = 'bizledger:visit-entry-focus'

export function isVisitEntryKey(e: Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'code'>) {
  // By code, not key: on a Mac Option+N types a dead key instead of 'n'.
  return e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey && e.code === 'KeyN'
}

export function useVisitEntryShortcut(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isVisitEntryKey(e)) return
      e.preventDefault()
      e.stopPropagation()
      if (window.location.hash.startsWith(`#/${VISIT_ENTRY_PATH}`)) window.dispatchEvent(new Event(FOCUS_EVENT))
      else navigate(VISIT_ENTRY_PATH)
    }
    // Capture: grids and inputs handle their own keys before they bubble.
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [])
}
