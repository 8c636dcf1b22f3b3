import type { DetailTarget, LedgerConfig, LedgerName, Row } from './types'

/** What a ledger says beyond its head; a record's title and page have defaults (see below). */
export type LedgerBody = Omit<LedgerConfig, 'name' | 'noun' | 'unit' | 'schema' | 'titleOf' | 'detail'> & {
  /** The field that names a record in messages (删除企业“…”): `name` unless said. */
  titleKey?: string
  /** A title built from more than one field, in place of titleKey. */
  titleOf?: LedgerConfig['titleOf']
  /** The tooltip of a record's own page at #/<ledger>/<id> (打开楼宇详情), for ledgers that have one. */
  detailTitle?: string
  /** A page elsewhere (the firm a visit is of), in place of detailTitle. */
  detail?: LedgerConfig['detail']
}

/**
 * A ledger page, declared by its head: the API's name for it, what one record is called (楼宇:
 * 新增楼宇), what records are counted in (共 14 座) and the schema its edits are checked
 * against; then the body (fields, search, views …). One place fills in what most ledgers
 * share, so each features/<entity>/ledger.ts says only what is its own.
 */
export function defineLedger(
  name: LedgerName,
  noun: string,
  unit: string,
  schema: LedgerConfig['schema'],
  { titleKey = 'name', titleOf, detailTitle, detail, ...body }: LedgerBody,
): LedgerConfig {
  const ownPage = (row: Row): DetailTarget => ({ path: name as DetailTarget['path'], id: row.id, title: detailTitle! })
  return {
    name,
    noun,
    unit,
    schema,
    titleOf: titleOf ?? ((r) => String(r[titleKey] ?? '')),
    detail: detail ?? (detailTitle ? ownPage : undefined),
    ...body,
  }
}
