/**
 * Searchable pickers for relation fields. Small ledgers (楼宇, 人员, 招商伙伴, 字典) offer their
 * whole list and filter as the user types; enterprises are far too many for that, so their
 * picker asks main for the 20 best matches of what is typed (name, short name, credit code,
 * pinyin, initials).
 */
import { Select, type SelectProps } from 'antd'
import { useEffect, useMemo, useRef, useState } from 'react'
import { api } from '../../api'
import { errorMessage } from '../../lib/errors'
import type { References, RefSource } from './references'

type Id = number
type Passed = Omit<SelectProps<Id | Id[]>, 'options' | 'mode' | 'showSearch'>

export function RefSelect({
  source,
  refs,
  multiple,
  ...rest
}: Passed & { source: RefSource; refs: References; multiple?: boolean }) {
  return (
    <Select<Id | Id[]>
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      placeholder="输入名称搜索"
      notFoundContent="没有匹配的选项"
      maxTagCount="responsive"
      {...rest}
      mode={multiple ? 'multiple' : undefined}
      options={refs.options(source)}
    />
  )
}

/** Matches shown per search: enough to choose from, few enough to read. */
const MATCHES = 20
const SEARCH_DELAY_MS = 250
/** Names fetched one by one for ids already chosen (a large 参加企业 list shows the rest by number). */
const NAME_LOOKUPS = 200

export function EnterprisePicker({
  multiple,
  knownNames,
  value,
  onChange,
  ...rest
}: Passed & { multiple?: boolean; knownNames?: Record<number, string> }) {
  const [labels, setLabels] = useState<Map<Id, string>>(
    () => new Map(Object.entries(knownNames ?? {}).map(([k, v]) => [Number(k), v])),
  )
  const [found, setFound] = useState<{ value: Id; label: string }[]>([])
  const [loading, setLoading] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const asked = useRef(0)

  const chosen = useMemo(() => (Array.isArray(value) ? value : value == null ? [] : [value]), [value])

  // Chosen firms whose names are not known yet (an event's existing 参加企业): ask for them once.
  useEffect(() => {
    const missing = chosen.filter((id) => !labels.has(id)).slice(0, NAME_LOOKUPS)
    if (missing.length === 0) return
    let live = true
    void Promise.all(
      missing.map((id) =>
        api.enterprise.get({ id }).then(
          (e) => [id, e.name] as const,
          () => [id, `编号 ${id}`] as const,
        ),
      ),
    ).then((pairs) => {
      if (live) setLabels((prev) => new Map([...prev, ...pairs]))
    })
    return () => {
      live = false
    }
  }, [chosen, labels])

  useEffect(() => () => clearTimeout(timer.current), [])

  const search = (term: string) => {
    clearTimeout(timer.current)
    const t = term.trim()
    if (!t) {
      setFound([])
      return
    }
    timer.current = setTimeout(() => {
      const n = ++asked.current
      setLoading(true)
      api.enterprise
        .query({ startRow: 0, endRow: MATCHES, search: t })
        .then(
          (page) => {
            if (n !== asked.current) return
            setFound(page.rows.map((e) => ({ value: e.id, label: e.name })))
            setProblem(null)
          },
          (e: unknown) => n === asked.current && setProblem(errorMessage(e)),
        )
        .finally(() => n === asked.current && setLoading(false))
    }, SEARCH_DELAY_MS)
  }

  const options = useMemo(() => {
    const shown = new Set(found.map((o) => o.value))
    const kept = chosen.filter((id) => !shown.has(id)).map((id) => ({ value: id, label: labels.get(id) ?? '…' }))
    return [...kept, ...found]
  }, [found, chosen, labels])

  return (
    <Select<Id | Id[]>
      allowClear
      placeholder="输入企业名称、简称、信用代码、注册号或拼音首字母搜索"
      maxTagCount="responsive"
      {...rest}
      mode={multiple ? 'multiple' : undefined}
      value={value}
      onChange={(v, option) => {
        // Keep the names of what was chosen: the next search replaces the matches.
        const ids = Array.isArray(v) ? v : v == null ? [] : [v]
        const picked = found.filter((o) => ids.includes(o.value))
        if (picked.length) setLabels((prev) => new Map([...prev, ...picked.map((o) => [o.value, o.label] as const)]))
        onChange?.(v, option)
      }}
      showSearch={{ filterOption: false, onSearch: search }}
      options={options}
      loading={loading}
      notFoundContent={problem ?? (loading ? '正在搜索…' : '输入关键字搜索企业')}
    />
  )
}
