/**
 * The firm of a visit, found as the clerk types it from notes: name, short name, pinyin or
 * its initials, or credit code (the Ctrl+K search). Enter takes the best match, also when it
 * is typed before the answer arrived.
 */
import { Select, type RefSelectProps } from 'antd'
import { forwardRef, useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useGlobalSearch } from '../search/useGlobalSearch'

export interface PickedFirm {
  id: number
  name: string
}

export interface FirmPickerProps {
  value: PickedFirm | null
  onChange: (firm: PickedFirm | null) => void
  /** A firm was taken with Enter: the form moves on to the next field. */
  onPicked?: () => void
  status?: 'error'
  id?: string
}

export const FirmPicker = forwardRef<RefSelectProps, FirmPickerProps>(function FirmPicker(
  { value, onChange, onPicked, status, id },
  ref,
) {
  const [typed, setTyped] = useState('')
  const search = useGlobalSearch(typed)
  const hits = search.pending ? [] : search.hits.filter((h) => h.kind === 'enterprise')
  // The term Enter was pressed on before its answer came; taken when the answer does.
  const enterOn = useRef<string | null>(null)

  useEffect(() => {
    const term = enterOn.current
    if (term === null || search.pending || search.term !== term) return
    enterOn.current = null
    const best = search.hits.find((h) => h.kind === 'enterprise')
    if (best) {
      onChange({ id: best.id, name: best.title })
      setTyped('')
      onPicked?.()
    }
  }, [search.pending, search.term, search.hits, onChange, onPicked])

  // The select empties its search box as its list closes; not while an Enter waits for its answer.
  const onSearch = (text: string) => {
    if (text === '' && enterOn.current !== null) return
    setTyped(text)
  }

  const options = hits.map((h) => ({ value: h.id, label: h.title, subtitle: h.subtitle }))
  if (value && !options.some((o) => o.value === value.id))
    options.unshift({ value: value.id, label: value.name, subtitle: null })

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Enter' || e.ctrlKey || e.metaKey || !typed.trim()) return
    if (search.pending || hits.length === 0) {
      enterOn.current = typed.trim()
      search.flush()
      // Not yet: the form must not move on before the firm is known.
      e.stopPropagation()
    }
  }

  return (
    <Select<number>
      ref={ref}
      id={id}
      status={status}
      className="firm-picker"
      placeholder="输入企业名称、拼音首字母、统一社会信用代码或注册号"
      allowClear
      value={value?.id}
      showSearch={{ filterOption: false, searchValue: typed, onSearch, autoClearSearchValue: true }}
      onChange={(v, option) => {
        const o = Array.isArray(option) ? option[0] : option
        onChange(v == null ? null : { id: v, name: String(o?.label ?? '') })
        setTyped('')
      }}
      onKeyDown={onKeyDown}
      options={options}
      optionRender={(o) => (
        <div className="firm-option">
          <span>{o.label}</span>
          {o.data.subtitle && <span className="firm-option-sub">{o.data.subtitle}</span>}
        </div>
      )}
      notFoundContent={typed.trim() ? (search.pending ? '正在搜索…' : '没有找到这家企业') : '输入关键字搜索企业'}
      data-testid="entry-firm"
    />
  )
})
