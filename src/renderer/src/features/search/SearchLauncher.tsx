import { SearchOutlined } from '@ant-design/icons'
import { useCallback, useEffect, useState } from 'react'
import { SearchPalette } from './SearchPalette'
import './search.css'

/** Ctrl+K anywhere (Cmd+K on a Mac keyboard), even from inside a grid or a form field. */
function isPaletteKey(e: KeyboardEvent): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k'
}

/** The search box of the sidebar, and the shortcut that opens the same palette. */
export function SearchLauncher() {
  const [open, setOpen] = useState(false)
  const close = useCallback(() => setOpen(false), [])

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isPaletteKey(e)) return
      e.preventDefault()
      e.stopPropagation()
      setOpen(true)
    }
    // Capture: the grid and antd's inputs handle their own keys before they bubble.
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [])

  return (
    <>
      <button type="button" className="search-launcher" onClick={() => setOpen(true)} data-testid="search-launcher">
        <SearchOutlined />
        <span className="search-launcher-text">搜索</span>
        <kbd>Ctrl K</kbd>
      </button>
      <SearchPalette open={open} onClose={close} />
    </>
  )
}
