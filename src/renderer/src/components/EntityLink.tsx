import type { TableColumnType as ColumnType } from 'antd'
import type { ReactNode } from 'react'
import { detailHref } from '../app/useHashRoute'

/** The ledgers whose records have a page of their own. */
export type DetailKind = 'enterprise' | 'building' | 'partner' | 'staff'

export interface EntityLinkProps {
  kind: DetailKind
  id: number | null | undefined
  children: ReactNode
}

/**
 * A record's name that opens its page. A plain link, so Tab and Enter reach it like any other;
 * without an id (a tenant not in the directory) the name is shown as text.
 */
export function EntityLink({ kind, id, children }: EntityLinkProps) {
  if (id == null) return <>{children}</>
  return (
    <a href={detailHref(kind, id)} className="entity-link">
      {children}
    </a>
  )
}

/** A link, or 未指定 in grey when the relation is blank. */
export function OptionalLink({ kind, id, name }: { kind: DetailKind; id: number | null; name: string | null }) {
  if (id == null || !name) return <span className="muted">未指定</span>
  return (
    <EntityLink kind={kind} id={id}>
      {name}
    </EntityLink>
  )
}

/**
 * A table column of names that open their records' pages: the name is `dataIndex` of the row,
 * the record `idOf` it (a firm's own id, or a visit's enterpriseId).
 */
export function linkColumn<T>(
  title: string,
  dataIndex: keyof T & string,
  kind: DetailKind,
  idOf: (row: T) => number | null | undefined,
  more: Omit<ColumnType<T>, 'title' | 'dataIndex' | 'render'> = {},
): ColumnType<T> {
  return {
    title,
    dataIndex,
    ...more,
    render: (name: ReactNode, row: T) => (
      <EntityLink kind={kind} id={idOf(row)}>
        {name}
      </EntityLink>
    ),
  }
}
