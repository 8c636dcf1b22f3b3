/**
 * What a returned field workbook's rows share (visit-tasks.ts, dispatch.ts): a row whose cells
 * to fill are all blank was not worked on and is passed over without a word; a filled row is
 * written all or nothing; and the import that brings a workbook back marks its sending as
 * returned (fieldbooks/sent.ts), in the import's own transaction, so undo takes it back.
 */
import type { FieldBookKind } from '../../../shared/domain/field-workbooks'
import { recordReturn } from '../../fieldbooks/sent'
import { attempt, checkCells, type KindContext, type KindHandler, type Outcome, type RowInput } from './common'

export abstract class FieldBookRows implements KindHandler {
  constructor(
    protected readonly ctx: KindContext,
    private readonly kind: FieldBookKind,
    /** The cells the person fills in: any of them written makes the row one to import. */
    private readonly filled: readonly string[],
  ) {}

  row(r: RowInput): void {
    const filled = this.filled.some((k) => r.values.has(k) || r.errors.some((e) => e.column.field === k))
    if (!filled) {
      this.ctx.report.skipped++
      return
    }
    if (!checkCells(this.ctx, r)) return
    let outcome: Outcome = 'unchanged'
    const done = attempt(this.ctx, [r], () => {
      outcome = this.write(r)
    })
    if (done) this.ctx.report[outcome]++
  }

  finish(): void {
    const m = this.ctx.marker
    if (m?.kind === this.kind) recordReturn(this.ctx.backend.db, m.id, m.kind, this.ctx.session.batchId)
  }

  /** Writes one filled row (inside its savepoint); a RowError refuses it. */
  protected abstract write(r: RowInput): Outcome
}
