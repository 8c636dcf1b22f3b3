import { LoadingOutlined, SearchOutlined } from '@ant-design/icons'
import { Input, Modal, type InputRef } from 'antd'
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import type { SearchHit } from '../../../../shared/domain'
import { navigate } from '../../app/useHashRoute'
import { SearchResults } from './SearchResults'
import { useGlobalSearch } from './useGlobalSearch'

export interface SearchPaletteProps {
  open: boolean
  onClose: () => void
}

const LIST_ID = 'search-results'

function PaletteBody({ onClose }: { onClose: () => void }) {
  // What the box shows, and what is searched: not the letters an input method is still composing.
  const [typed, setTyped] = useState('')
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const search = useGlobalSearch(query)
  const { hits, pending, flush } = search
  const input = useRef<InputRef>(null)
  // Enter typed before the answer came: open the first hit of that answer when it does.
  const enterPending = useRef(false)

  // A new answer starts at its best hit (state adjusted during render, not in an effect).
  const [shownHits, setShownHits] = useState(hits)
  if (shownHits !== hits) {
    setShownHits(hits)
    setActive(0)
  }

  const openHit = (hit: SearchHit | undefined) => {
    if (!hit) return
    onClose()
    navigate(`${hit.kind}/${hit.id}`)
  }

  useEffect(() => {
    if (!enterPending.current || pending) return
    enterPending.current = false
    if (hits[0]) {
      onClose()
      navigate(`${hits[0].kind}/${hits[0].id}`)
    }
  }, [pending, hits, onClose])

  useEffect(() => {
    // The modal moves focus to itself as it opens; the user means to type.
    const t = setTimeout(() => input.current?.focus(), 0)
    return () => clearTimeout(t)
  }, [])

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    // Keys that pick an IME candidate are the input method's, not the palette's.
    if (e.nativeEvent.isComposing || e.keyCode === 229) return
    const n = hits.length
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      if (n) setActive((a) => (e.key === 'ArrowDown' ? (a + 1) % n : (a - 1 + n) % n))
    } else if (e.key === 'Enter') {
      e.preventDefault()
      if (pending && query.trim()) {
        enterPending.current = true
        flush()
      } else {
        openHit(hits[active])
      }
    }
  }

  const activeId = hits[active] ? `search-hit-${active}` : undefined
  return (
    <div className="search-palette" data-testid="search-palette">
      <Input
        ref={input}
        size="large"
        variant="borderless"
        className="search-input"
        prefix={pending && query.trim() ? <LoadingOutlined /> : <SearchOutlined />}
        placeholder="搜索企业、楼宇、招商伙伴、人员:名称、拼音、首字母、信用代码或注册号"
        value={typed}
        onChange={(e) => {
          setTyped(e.target.value)
          if (!(e.nativeEvent as InputEvent).isComposing) setQuery(e.target.value)
        }}
        onCompositionEnd={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={onKeyDown}
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls={LIST_ID}
        aria-activedescendant={activeId}
        aria-autocomplete="list"
        aria-label="全局搜索"
        data-testid="search-input"
      />
      <SearchResults
        id={LIST_ID}
        typed={query.trim()}
        search={search}
        active={active}
        onHover={setActive}
        onOpen={openHit}
      />
      <div className="search-footer">
        <span>
          <kbd>↑</kbd>
          <kbd>↓</kbd> 选择
        </span>
        <span>
          <kbd>Enter</kbd> 打开
        </span>
        <span>
          <kbd>Esc</kbd> 关闭
        </span>
      </div>
    </div>
  )
}

/** Ctrl+K: one box for every firm, building, partner and cadre; Enter opens the record's page. */
export function SearchPalette({ open, onClose }: SearchPaletteProps) {
  return (
    <Modal
      open={open}
      onCancel={onClose}
      footer={null}
      closable={false}
      destroyOnHidden
      width={640}
      title={null}
      className="search-modal"
      styles={{ body: { padding: 0 } }}
      style={{ top: 80 }}
      aria-label="全局搜索"
    >
      {open && <PaletteBody onClose={onClose} />}
    </Modal>
  )
}
