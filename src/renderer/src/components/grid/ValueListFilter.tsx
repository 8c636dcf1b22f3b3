/**
 * A value-list filter: tick the values a column may have (状态 在营/迁出, 重点企业 是/否, a
 * building's name). AG Grid's own set filter is Enterprise-only; this is the Community
 * extension point, a controlled filter component. Its model is what main expects:
 * `{filterType:'set', values:[...]}`, any of the values; nothing ticked means no filter.
 */
import type { IDoesFilterPassParams } from 'ag-grid-community'
import { useGridFilter, type CustomFilterProps } from 'ag-grid-react'
import { Button, Checkbox, Input } from 'antd'
import { useCallback, useEffect, useMemo, useState } from 'react'

export type ListValue = string | number | boolean | null

export interface ListChoice {
  value: ListValue
  label: string
}

export interface SetModel {
  filterType: 'set'
  values: ListValue[]
}

export interface ValueListFilterParams {
  /** The values offered; a function so the list can load or change (buildings, staff). */
  choices: () => readonly ListChoice[] | Promise<readonly ListChoice[]>
}

/** The model after ticking (on) or unticking a value; null once nothing is ticked. */
export function toggleValue(model: SetModel | null, value: ListValue, on: boolean): SetModel | null {
  const values = (model?.values ?? []).filter((v) => v !== value)
  if (on) values.push(value)
  return values.length ? { filterType: 'set', values } : null
}

/** Whether a value passes: the same rule main applies, for any client-side use. */
export function passesSet(model: SetModel | null, value: unknown): boolean {
  return !model || model.values.includes((value ?? null) as ListValue)
}

/** Choices whose label contains the typed text (case-insensitive). */
export function matchChoices(choices: readonly ListChoice[], term: string): readonly ListChoice[] {
  const t = term.trim().toLowerCase()
  return t ? choices.filter((c) => c.label.toLowerCase().includes(t)) : choices
}

/** A search box only when the list is long enough to need one. */
const SEARCH_FROM = 9

export function ValueListFilter(props: CustomFilterProps<unknown, unknown, SetModel> & ValueListFilterParams) {
  const { model, onModelChange, choices, column } = props
  const [list, setList] = useState<readonly ListChoice[] | null>(null)
  const [term, setTerm] = useState('')
  const colId = column.getColId()

  useEffect(() => {
    let live = true
    void Promise.resolve(choices()).then((c) => {
      if (live) setList(c)
    })
    return () => {
      live = false
    }
  }, [choices])

  const doesFilterPass = useCallback(
    ({ node }: IDoesFilterPassParams) => passesSet(model, (node.data as Record<string, unknown> | undefined)?.[colId]),
    [model, colId],
  )
  useGridFilter({ doesFilterPass })

  const ticked = useMemo(() => new Set(model?.values ?? []), [model])
  const shown = useMemo(() => matchChoices(list ?? [], term), [list, term])

  return (
    <div className="value-list-filter" data-testid="value-list-filter">
      {list && list.length >= SEARCH_FROM && (
        <Input
          size="small"
          allowClear
          placeholder="查找选项"
          value={term}
          onChange={(e) => setTerm(e.target.value)}
          aria-label="查找选项"
        />
      )}
      <div className="value-list-options" role="group" aria-label="可选值">
        {list === null && <span className="hint">正在加载…</span>}
        {list !== null && shown.length === 0 && <span className="hint">没有匹配的选项</span>}
        {shown.map((c) => (
          <Checkbox
            key={String(c.value)}
            checked={ticked.has(c.value)}
            onChange={(e) => onModelChange(toggleValue(model, c.value, e.target.checked))}
          >
            {c.label}
          </Checkbox>
        ))}
      </div>
      <div className="value-list-footer">
        <span className="hint">{model ? `已选 ${model.values.length} 项` : '未筛选'}</span>
        <Button size="small" type="link" disabled={!model} onClick={() => onModelChange(null)}>
          清除
        </Button>
      </div>
    </div>
  )
}
