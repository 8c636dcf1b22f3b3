import { Tag } from 'antd'
import { useEffect, useRef, type ReactNode } from 'react'
import type { SearchHit } from '../../../../shared/domain'
import { KINDS } from './kinds'
import type { GlobalSearch } from './useGlobalSearch'

export interface SearchResultsProps {
  id: string
  typed: string
  search: GlobalSearch
  active: number
  onHover: (i: number) => void
  onOpen: (hit: SearchHit) => void
}

/** The typed text marked where it appears as is (a pinyin or initials match has nothing to mark). */
function Marked({ text, term }: { text: string; term: string }) {
  const i = term ? text.toLowerCase().indexOf(term.toLowerCase()) : -1
  if (i < 0) return <>{text}</>
  return (
    <>
      {text.slice(0, i)}
      <mark>{text.slice(i, i + term.length)}</mark>
      {text.slice(i + term.length)}
    </>
  )
}

function Hint({ children }: { children: ReactNode }) {
  return <div className="search-hint">{children}</div>
}

/** Ranked as the backend ranks them; each tagged with its kind. */
export function SearchResults({ id, typed, search, active, onHover, onOpen }: SearchResultsProps) {
  const list = useRef<HTMLUListElement>(null)
  const { hits, error, pending, term } = search

  useEffect(() => {
    list.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' })
  }, [active, hits])

  if (!typed) {
    return (
      <Hint>
        输入企业名称、简称、曾用名、拼音(如 <code>tongji</code>)、首字母(如 <code>zjgc</code>
        )或信用代码、注册号中连续 4 位以上字符
      </Hint>
    )
  }
  if (error) return <Hint>搜索失败:{error}</Hint>
  if (!hits.length) return <Hint>{pending ? '正在搜索…' : `没有找到与“${term}”匹配的记录`}</Hint>
  return (
    <ul id={id} role="listbox" aria-label="搜索结果" className="search-results" ref={list} data-testid="search-results">
      {hits.map((h, i) => (
        <li
          key={`${h.kind}-${h.id}`}
          id={`search-hit-${i}`}
          data-index={i}
          role="option"
          aria-selected={i === active}
          className={i === active ? 'search-hit active' : 'search-hit'}
          onMouseMove={() => i !== active && onHover(i)}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onOpen(h)}
          data-kind={h.kind}
          data-testid="search-hit"
        >
          <Tag color={KINDS[h.kind].color} className="search-kind">
            {KINDS[h.kind].label}
          </Tag>
          <span className="search-title">
            <Marked text={h.title} term={term} />
          </span>
          {h.subtitle && (
            <span className="search-subtitle">
              <Marked text={h.subtitle} term={term} />
            </span>
          )}
        </li>
      ))}
    </ul>
  )
}
