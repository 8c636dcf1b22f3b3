/** Column filters in words, for the chips above the grid: 状态: 在营 / 注册资本(万元): ≥ 500. */
import type { ColumnFilter } from '../../../../shared/ipc/grid'

type Condition = Exclude<ColumnFilter, { conditions: unknown }>

const TEXT: Record<string, (v: string) => string> = {
  contains: (v) => `包含“${v}”`,
  notContains: (v) => `不含“${v}”`,
  equals: (v) => `等于“${v}”`,
  notEqual: (v) => `不等于“${v}”`,
  startsWith: (v) => `以“${v}”开头`,
  endsWith: (v) => `以“${v}”结尾`,
}

const RANGE: Record<string, string> = {
  equals: '=',
  notEqual: '≠',
  greaterThan: '>',
  greaterThanOrEqual: '≥',
  lessThan: '<',
  lessThanOrEqual: '≤',
}

/** At most this many values are named; the rest are counted. */
const NAMED = 3

const day = (v: string | null | undefined) => (v ?? '').slice(0, 10)

function condition(f: Condition, label: (v: unknown) => string): string {
  if (f.filterType === 'set') {
    if (f.values.length === 0) return '无'
    const names = f.values.slice(0, NAMED).map(label).join('、')
    return f.values.length > NAMED ? `${names}等 ${f.values.length} 项` : names
  }
  if (f.type === 'blank') return '为空'
  if (f.type === 'notBlank') return '不为空'
  if (f.filterType === 'text') return (TEXT[f.type] ?? TEXT.contains)(f.filter ?? '')
  if (f.filterType === 'number') {
    return f.type === 'inRange' ? `${f.filter ?? ''} ~ ${f.filterTo ?? ''}` : `${RANGE[f.type]} ${f.filter ?? ''}`
  }
  return f.type === 'inRange' ? `${day(f.dateFrom)} ~ ${day(f.dateTo)}` : `${RANGE[f.type]} ${day(f.dateFrom)}`
}

/** One filter in words; `label` names a listed value (true → 是, null → (空白)). */
export function describeFilter(f: ColumnFilter, label: (v: unknown) => string = defaultLabel): string {
  if ('conditions' in f) {
    return f.conditions.map((c) => condition(c as Condition, label)).join(f.operator === 'AND' ? ' 且 ' : ' 或 ')
  }
  return condition(f, label)
}

export function defaultLabel(v: unknown): string {
  if (v === true) return '是'
  if (v === false) return '否'
  if (v === null || v === undefined || v === '') return '(空白)'
  return String(v)
}
