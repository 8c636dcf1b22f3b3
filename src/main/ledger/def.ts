import type { z } from 'zod'
import type { Db } from '../db/connection'

/** What a ledger needs besides its schema: how it is stored, joined and linked. */
export interface LedgerDef {
  /** Contract namespace and audit-log entity name. */
  entity: string
  /** Chinese noun and counting word for messages: 企业 / 家. */
  label: string
  unit: string
  table: string
  schema: z.ZodObject<z.ZodRawShape>
  labels: Record<string, string>
  /**
   * One row per record, table aliased `t`, columns in snake_case (joined names included);
   * the service appends WHERE/ORDER BY.
   */
  select: string
  /** How a record is named in a message. */
  title: (record: Record<string, unknown>) => string
  booleans?: readonly string[]
  /** Money fields stored as integer fen in column `<snake>_cents`. */
  cents?: readonly string[]
  /** Fields stored as JSON text, or read as JSON from a link subquery. */
  json?: readonly string[]
  /** Many-to-many fields kept in a join table. */
  links?: readonly LinkDef[]
  /** Fields that must be unique when present, checked first for a message naming the holder. */
  unique?: readonly string[]
  /** Records that point at this one, in the order a cascade handles them. */
  dependents?: readonly DependentDef[]
  /**
   * Rules that need the database or the stored record (a visit inside its campaign, a
   * request's allowed status moves) and defaults worked out from other records (a due date
   * from the category). Runs in the write's transaction after validation; returns the data
   * to store, or throws an AppError naming the field.
   */
  beforeWrite?: (data: Record<string, unknown>, ctx: WriteContext) => Record<string, unknown>
  /** After a write, in its transaction: keeps side tables (status timelines) in step. */
  afterWrite?: (
    id: number,
    before: Record<string, unknown> | null,
    after: Record<string, unknown>,
    ctx: WriteContext,
  ) => void
  /** Columns computed from the validated record on every write (pinyin of the name). */
  derive?: (data: Record<string, unknown>) => Record<string, unknown>
  /** Grid quick search: columns of `select` (snake_case) searched with “contains”. */
  searchColumns?: readonly string[]
  /**
   * Grid quick search through the global search index: rows whose `column` holds a firm
   * (or building …) the term finds by name, pinyin or credit code. For ledgers of millions
   * of rows, where scanning joined names with LIKE would take seconds.
   */
  searchRefs?: readonly {
    column: string
    kind: 'enterprise' | 'building' | 'partner' | 'staff'
    /** A firm's contact and phone as well, which the pair index holds for the firm grid. */
    contacts?: boolean
  }[]
  /**
   * Grid quick search in a small table the ledger points at (a firm's building by name): rows
   * whose `column` holds a row of `table` with the term in one of `columns`. Read once per
   * search instead of joining the table to every row.
   */
  searchLinks?: readonly { column: string; table: string; columns: readonly string[] }[]
  /**
   * Grid scope keys that are conditions rather than columns (the dashboard's drill-down: firms
   * not visited in a campaign): key -> SQL over the ledger's select aliased `q`, with the value
   * bound; the database is there for what the condition must look up. A value it cannot use
   * throws a Chinese AppError.
   */
  conditions?: Readonly<Record<string, (value: unknown, db: Db) => { sql: string; params: unknown[] }>>
  /** Grid sorting: a field sorted by another column of `select` (Chinese names by pinyin). */
  sortAs?: Readonly<Record<string, string>>
}

export interface WriteContext {
  db: Db
  actor: string
  /** The stored record before an update; null on create. */
  before: Record<string, unknown> | null
}

export interface LinkDef {
  field: string
  table: string
  ownKey: string
  otherKey: string
}

export interface DependentDef {
  label: string
  unit: string
  table: string
  column: string
  /**
   * cascade: deleted with the record once the caller confirms (through `entity`'s service
   *   when given, so each is audited; join-table rows go by ON DELETE CASCADE);
   * unlink: the reference is cleared, audited through `entity`'s service;
   * restrict: the record cannot be deleted while any exist.
   */
  mode: 'cascade' | 'unlink' | 'restrict'
  entity?: string
}
