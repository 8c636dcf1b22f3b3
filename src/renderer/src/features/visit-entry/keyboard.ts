import type { KeyboardEvent } from 'react'

/**
 * Enter moves through the 录入走访 form as Tab does. The fields are the elements marked
 * `data-entry`, in document order; focus goes to the input inside each (for a radio group,
 * the checked radio).
 */

/** The antd select an input belongs to, as the keyboard sees it; null for any other element. */
export interface SelectState {
  multiple: boolean
  open: boolean
  /** What is typed in its search box. */
  search: string
}

export function selectState(target: EventTarget | null): SelectState | null {
  if (!(target instanceof HTMLInputElement) || target.getAttribute('role') !== 'combobox') return null
  const select = target.closest('.ant-select')
  return {
    multiple: !!select?.classList.contains('ant-select-multiple'),
    open: target.getAttribute('aria-expanded') === 'true',
    search: target.value,
  }
}

const INPUTS = 'input:not([type="hidden"]):not([disabled]), textarea:not([disabled]), button:not([disabled])'

/** The element to focus inside one field. */
export function focusTarget(field: Element): HTMLElement | null {
  if (field instanceof HTMLButtonElement) return field.disabled ? null : field
  const checked = field.querySelector<HTMLElement>('input[type="radio"]:checked')
  if (checked) return checked
  return field.querySelector<HTMLElement>(INPUTS)
}

/** The fields of the form, in order. */
export function entryFields(root: ParentNode): Element[] {
  return [...root.querySelectorAll('[data-entry]')]
}

/** Focuses the field after (or before) the one holding `from`; false when there is none. */
export function moveFocus(root: ParentNode, from: Element, step: 1 | -1 = 1): boolean {
  const fields = entryFields(root)
  const at = fields.findIndex((f) => f === from || f.contains(from))
  if (at < 0) return false
  for (let i = at + step; i >= 0 && i < fields.length; i += step) {
    const el = focusTarget(fields[i])
    if (el) {
      el.focus()
      return true
    }
  }
  return false
}

/**
 * The form's keys, handled on its own element (where the fields are looked for), before the
 * inputs see them. Ctrl+Enter saves from anywhere. Enter moves on like Tab, and both go from
 * field to field (not through a select's clear button). In an open list Enter or Tab picks
 * the option and moves on, except in a multiple choice (the visitors) with nothing typed,
 * where it would untick the highlighted person.
 */
export function entryKeyCapture(e: KeyboardEvent<HTMLElement>, save: () => void): void {
  const form = e.currentTarget
  if (e.nativeEvent.isComposing) return
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault()
    e.stopPropagation()
    save()
    return
  }
  const t = e.target as HTMLElement
  const sel = selectState(t)
  const picks = !!sel && sel.open && !e.shiftKey && (!sel.multiple || !!sel.search)
  if (e.key === 'Tab' && !e.ctrlKey && !e.altKey && !picks && t.closest('[data-entry]')) {
    if (sel?.open) e.stopPropagation() // closes as focus leaves, picking nothing
    if (moveFocus(form, t, e.shiftKey ? -1 : 1)) e.preventDefault()
  } else if (sel && e.key === 'Enter' && !e.shiftKey && !e.altKey && !picks) {
    e.preventDefault()
    e.stopPropagation()
    moveFocus(form, t)
  }
}

/** The same keys after the inputs had them: a select has picked its option, so move on. */
export function entryKey(e: KeyboardEvent<HTMLElement>): void {
  const form = e.currentTarget
  if (e.nativeEvent.isComposing || e.ctrlKey || e.metaKey || e.altKey) return
  const t = e.target as HTMLElement
  const sel = selectState(t)
  if (sel) {
    if (!sel.multiple && sel.open && !e.shiftKey && (e.key === 'Enter' || e.key === 'Tab')) {
      e.preventDefault()
      moveFocus(form, t)
    }
    return
  }
  if (e.key !== 'Enter' || e.shiftKey || t instanceof HTMLButtonElement || t instanceof HTMLAnchorElement) return
  if (!t.closest('[data-entry]')) return
  e.preventDefault()
  moveFocus(form, t)
}
