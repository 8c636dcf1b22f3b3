/**
 * What a report is made of, and how each part is drawn. Every report builder returns these
 * blocks; the pager measures them once and draws them again sheet by sheet, with the same
 * markup, so what was measured is what prints.
 */
import type { ReactNode } from 'react'

export interface Column {
  title: string
  /** Relative width: the table is laid out fixed, so a row is as tall on every sheet as when measured. */
  width: number
  align?: 'left' | 'right' | 'center'
}

export interface TableRow {
  cells: string[]
  /** A heading row across the table (诉求 grouped by status and unit): kept with the row after it. */
  group?: string
  /** Drawn in red: an overdue request. */
  alert?: boolean
}

export type Block =
  | { kind: 'title'; title: string; subtitle?: string }
  | { kind: 'heading'; text: string }
  | { kind: 'text'; text: string }
  /** Key figures: label and value side by side, several to a line. */
  | { kind: 'figures'; items: { label: string; value: string }[]; columns?: number }
  /** A record's facts: label and value, two pairs to a line. */
  | { kind: 'facts'; items: { label: string; value: string }[] }
  | { kind: 'chart'; title: string; height: number; render: (width: number) => ReactNode }
  | { kind: 'table'; caption?: string; columns: Column[]; rows: TableRow[] }

export interface Report {
  title: string
  orientation: 'portrait' | 'landscape'
  blocks: Block[]
}

/** What a table shows where it has no rows: one row saying so, so the header never stands alone. */
export function rowsOrNone(rows: TableRow[], columns: number, none = '(无)'): TableRow[] {
  return rows.length ? rows : [{ cells: [none, ...Array<string>(columns - 1).fill('')] }]
}

/**
 * A table block, its header written as on paper: columns between |, each its title, relative
 * width, then c or r when centred or right-aligned (`编号 7c | 企业名称 36 | 金额(元) 18r`).
 * Without rows, one row says (无), so the header never stands alone.
 */
export function table(header: string, rows: TableRow[], caption?: string): Block {
  const columns = header.split('|').map((h): Column => {
    const m = /^(.+?)\s+(\d+)([cr]?)$/.exec(h.trim())
    if (!m) throw new Error(`报表表头“${h.trim()}”应为“标题 宽度”,可加 c(居中)或 r(右对齐)`)
    return { title: m[1], width: Number(m[2]), align: m[3] === 'c' ? 'center' : m[3] === 'r' ? 'right' : undefined }
  })
  return { kind: 'table', caption, columns, rows: rowsOrNone(rows, columns.length) }
}

type FactValue = string | number | null | undefined

/** A record's facts from [label, value] pairs, two pairs to a line; a value not recorded prints blank. */
export function facts(pairs: [label: string, value: FactValue][]): Block {
  return { kind: 'facts', items: pairs.map(([label, v]) => ({ label, value: v == null ? '' : String(v) })) }
}

/** [label, value] pairs of a record's own fields, under the names the app gives them everywhere (the domain's labels). */
export function fieldFacts<T extends object, K extends keyof T & string>(
  record: T,
  labels: { [P in K]: string },
  keys: K[],
): [string, FactValue][] {
  return keys.map((k) => [labels[k], record[k] as FactValue])
}

export function BlockView({ block, width, measuring }: { block: Block; width: number; measuring?: boolean }) {
  switch (block.kind) {
    case 'title':
      return (
        <div className="r-title">
          <h1>{block.title}</h1>
          {block.subtitle && <div className="r-subtitle">{block.subtitle}</div>}
        </div>
      )
    case 'heading':
      return <h2 className="r-heading">{block.text}</h2>
    case 'text':
      return <p className="r-text">{block.text}</p>
    case 'figures':
      return <Pairs items={block.items} columns={block.columns ?? 3} className="r-figures" />
    case 'facts':
      return <Pairs items={block.items} columns={2} className="r-facts" />
    case 'chart':
      return (
        <div className="r-chart">
          <div className="r-caption">{block.title}</div>
          {/* Measured by its fixed height; drawn only on the sheet. */}
          <div style={{ height: block.height }}>{measuring ? null : block.render(width)}</div>
        </div>
      )
    case 'table':
      return <TableView block={block} from={0} to={block.rows.length} caption />
  }
}

function Pairs({
  items,
  columns,
  className,
}: {
  items: { label: string; value: string }[]
  columns: number
  className: string
}) {
  const lines: (typeof items)[] = []
  for (let i = 0; i < items.length; i += columns) lines.push(items.slice(i, i + columns))
  return (
    <table className={`r-pairs ${className}`}>
      <tbody>
        {lines.map((line, i) => (
          <tr key={i}>
            {line.map((p) => [<th key={`${p.label}-l`}>{p.label}</th>, <td key={`${p.label}-v`}>{p.value}</td>])}
            {Array.from({ length: columns - line.length }, (_, k) => [<th key={`e${k}l`} />, <td key={`e${k}v`} />])}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export function TableView({
  block,
  from,
  to,
  caption,
}: {
  block: Extract<Block, { kind: 'table' }>
  from: number
  to: number
  caption: boolean
}) {
  const total = block.columns.reduce((s, c) => s + c.width, 0)
  return (
    <div className="r-table-wrap">
      {caption && block.caption && <div className="r-caption">{block.caption}</div>}
      <table className="r-table">
        <colgroup>
          {block.columns.map((c, i) => (
            <col key={i} style={{ width: `${(c.width / total) * 100}%` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {block.columns.map((c, i) => (
              <th key={i}>{c.title}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.slice(from, to).map((r, i) =>
            r.group !== undefined ? (
              <tr key={from + i} className="r-group">
                <td colSpan={block.columns.length}>{r.group}</td>
              </tr>
            ) : (
              <tr key={from + i} className={r.alert ? 'r-alert' : undefined}>
                {r.cells.map((c, j) => (
                  <td key={j} style={{ textAlign: block.columns[j]?.align ?? 'left' }}>
                    {c}
                  </td>
                ))}
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  )
}
