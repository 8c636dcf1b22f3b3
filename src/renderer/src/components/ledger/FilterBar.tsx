import { Button, Tag } from 'antd'
import type { FilterModel } from '../../../../shared/ipc/grid'
import { colIdOf } from './columns'
import { defaultLabel, describeFilter } from './filterText'
import type { LedgerConfig } from './types'
import type { ScopeState } from './useServerGrid'

export interface FilterBarProps {
  config: LedgerConfig
  filter: FilterModel
  search: string
  scope: ScopeState
  onRemoveFilter: (colId: string) => void
  onClearSearch: () => void
  onClearScope: () => void
  onClearAll: () => void
}

/** Every condition now narrowing the grid, in words, each removable: nothing is filtered unseen. */
export function FilterBar(props: FilterBarProps) {
  const { config, filter, search, scope } = props
  const entries = Object.entries(filter)
  if (!entries.length && !search && !scope.scope) return null

  const fieldOf = (colId: string) => config.fields.find((f) => colIdOf(f) === colId)
  const valueLabel = (colId: string) => (v: unknown) =>
    fieldOf(colId)?.choices?.find((c) => c.value === v)?.label ?? defaultLabel(v)

  return (
    <div className="filter-bar" data-testid="filter-bar">
      <span className="hint">筛选:</span>
      {scope.scope && (
        <Tag closable onClose={props.onClearScope} color="blue" data-testid="scope-chip">
          范围:{scope.label ?? '指定范围'}
        </Tag>
      )}
      {entries.map(([colId, f]) => (
        <Tag key={colId} closable onClose={() => props.onRemoveFilter(colId)} data-testid={`filter-chip-${colId}`}>
          {fieldOf(colId)?.label ?? colId}:{describeFilter(f, valueLabel(colId))}
        </Tag>
      ))}
      {search && (
        <Tag closable onClose={props.onClearSearch} data-testid="search-chip">
          搜索:{search}
        </Tag>
      )}
      <Button size="small" type="link" onClick={props.onClearAll}>
        清除全部
      </Button>
    </div>
  )
}
