/**
 * Ledgers whose rows are one record each: the firm directory, buildings, staff, partners,
 * requests, rent reliefs and events. Each says how a row names its record (for duplicates in
 * the file and for the stored record it means) and what it writes.
 */
import type { LedgerName } from '../../ledgers'
import {
  attempt,
  checkCells,
  columnFor,
  RowError,
  upsert,
  type KindContext,
  type KindHandler,
  type Outcome,
  type RowInput,
} from './common'

export interface RowKey {
  /** Rows with the same key mean the same record. */
  key: string
  /** How a duplicate is explained: 统一社会信用代码相同. */
  why: string
}

export interface DirectorySpec {
  ledger: LedgerName
  /** The keys of a row, the first one deciding duplicates; throws RowError when it has none. */
  keys(r: RowInput, ctx: KindContext): RowKey[]
  /** The stored record the row means, or null for a new one. */
  existing(r: RowInput, ctx: KindContext): number | null
  input(r: RowInput, ctx: KindContext): Record<string, unknown>
  describe(r: RowInput): string
  /** After the record is written (in the row's savepoint). */
  after?(record: Record<string, unknown>, outcome: Outcome, r: RowInput, ctx: KindContext): void
}

/** Rows already imported, by key: where each was. */
export type Seen = Map<string, { sheet: string; row: number }>

/** A row whose first key an earlier imported row already had is refused, naming that row. */
export function refuseDuplicate(seen: Seen, keys: readonly RowKey[], r: RowInput): void {
  const earlier = seen.get(keys[0].key)
  if (!earlier) return
  const sheet = earlier.sheet === r.at.sheet ? '' : `工作表“${earlier.sheet}”`
  const col = columnFor(r)
  throw new RowError(`与${sheet}第${earlier.row}行重复(${keys[0].why}),本行未再导入`, col?.field ?? undefined)
}

/** Keeps an imported row's keys (the first row with a key keeps it). */
export function remember(seen: Seen, keys: readonly RowKey[], r: RowInput): void {
  for (const k of keys) if (!seen.has(k.key)) seen.set(k.key, r.at)
}

export class DirectoryHandler implements KindHandler {
  private readonly seen: Seen = new Map()

  constructor(
    private readonly ctx: KindContext,
    private readonly spec: DirectorySpec,
  ) {}

  row(r: RowInput): void {
    const { ctx, spec } = this
    if (!checkCells(ctx, r)) return
    let keys: RowKey[] = []
    let outcome: Outcome = 'unchanged'
    // Lazy: most rows write one INSERT and need no savepoint; a row that creates the building
    // (or industry, …) it names gets one before that first write (Links asks for it).
    const done = attempt(
      ctx,
      [r],
      () => {
        keys = spec.keys(r, ctx)
        refuseDuplicate(this.seen, keys, r)
        const result = upsert(ctx, spec.ledger, spec.existing(r, ctx), spec.input(r, ctx), () => spec.describe(r))
        spec.after?.(result.record, result.outcome, r, ctx)
        outcome = result.outcome
      },
      { lazy: true },
    )
    if (!done) return
    ctx.report[outcome]++
    remember(this.seen, keys, r)
  }

  finish(): void {}
}
