import { SearchOutlined } from '@ant-design/icons'
import { Input } from 'antd'
import { useEffect, useRef, useState } from 'react'

/** Typing waits this long for a pause before main is asked. */
export const SEARCH_DEBOUNCE_MS = 300

export interface SearchBoxProps {
  /** The search in force; a view applied changes it from outside. */
  value: string
  onSearch: (text: string) => void
  placeholder: string
}

/**
 * Quick search. The text is this box's own state, so a keystroke re-renders the box only,
 * never the grid; the page hears of it once typing pauses.
 */
export function SearchBox({ value, onSearch, placeholder }: SearchBoxProps) {
  const [text, setText] = useState(value)
  const [shown, setShown] = useState(value)
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  // A search set from outside (a view) replaces what is in the box.
  if (value !== shown) {
    setShown(value)
    setText(value)
  }
  useEffect(() => () => clearTimeout(timer.current), [])

  const change = (next: string) => {
    setText(next)
    clearTimeout(timer.current)
    // Clearing the box (its ×) answers at once.
    timer.current = setTimeout(() => onSearch(next.trim()), next === '' ? 0 : SEARCH_DEBOUNCE_MS)
  }

  return (
    <Input
      className="quick-search"
      allowClear
      prefix={<SearchOutlined />}
      placeholder={placeholder}
      value={text}
      onChange={(e) => change(e.target.value)}
      onPressEnter={() => {
        clearTimeout(timer.current)
        onSearch(text.trim())
      }}
      data-testid="quick-search"
      aria-label="快速搜索"
    />
  )
}
