/**
 * Visit sheets: one visit is often spread over several rows, its firm, date and visitors merged
 * vertically (or left blank below the first row), one request per row. A row goes on with the
 * visit above while its firm and its date are each blank or the same, so either may be merged
 * down or written once without the other; a row naming another firm or another date begins a
 * new visit. A visit is written with one request per row that has request content.
 * A bad request row is refused on its own; the visit and its other requests stay. A visit whose
 * own cells cannot be read is refused with the rows below it, which are its rows, not the
 * previous visit's.
 */
import { normaliseName } from '../../../shared/domain/values'
import {
  attempt,
  checkCells,
  columnFor,
  ledgerInput,
  reportProblem,
  requestDefaults,
  RowError,
  upsert,
  type KindContext,
  type KindHandler,
  type RowInput,
} from './common'
import { firmKey, firmRef, requireFirm } from './firms'

interface Group {
  firm: string | null
  date: string | null
  sheet: string
  rows: RowInput[]
  /** Its first row has a visit cell that cannot be read: nothing of the visit is written. */
  refused: boolean
}

/** The cells that say which visit a row belongs to. */
const VISIT_KEYS = new Set(['creditCode', 'enterpriseName', 'visitedOn'])

export class VisitHandler implements KindHandler {
  private group: Group | null = null
  private readonly seen = new Map<string, { sheet: string; row: number }>()
  private readonly findVisit
  private readonly findRequest

  constructor(private readonly ctx: KindContext) {
    const db = ctx.backend.db
    this.findVisit = db
      .prepare('SELECT id FROM visit WHERE enterprise_id = ? AND visited_on = ? ORDER BY id LIMIT 1')
      .pluck()
    this.findRequest = db
      .prepare('SELECT id FROM request WHERE visit_id = ? AND content = ? ORDER BY id LIMIT 1')
      .pluck()
  }

  row(r: RowInput): void {
    checkCells(this.ctx, r)
    const firm = firmKey(firmRef(r, 'enterpriseName'))
    const date = (r.values.get('visitedOn') as string | undefined) ?? null
    // A request cell that cannot be read costs that row its request only (see flush).
    const visitErrors = r.errors.filter((e) => !e.column.field?.startsWith('request.'))
    const g = this.group
    const continues =
      g !== null &&
      g.sheet === r.at.sheet &&
      (!firm || firm === g.firm) &&
      (!date || date === g.date) &&
      // A firm or date that cannot be read was still written: it is not a blank below the visit.
      !visitErrors.some((e) => VISIT_KEYS.has(e.column.field ?? ''))
    if (!continues) {
      this.flush()
      this.group = { firm, date, sheet: r.at.sheet, rows: [r], refused: visitErrors.length > 0 }
      return
    }
    if (g.refused) {
      const reason = `所属的第${g.rows[0].at.row}行走访未能导入,本行一并未导入`
      reportProblem(this.ctx, r, new RowError(reason))
      return
    }
    // The row alone is refused (its cells said why); the visit goes on below it.
    if (visitErrors.length === 0) g.rows.push(r)
  }

  finish(): void {
    this.flush()
  }

  private flush(): void {
    const g = this.group
    this.group = null
    if (!g || g.refused) return
    const ctx = this.ctx
    const first = g.rows[0]
    const key = `${g.firm ?? ''}|${g.date ?? ''}`
    const earlier = this.seen.get(key)
    let outcome: ReturnType<typeof upsert>['outcome'] = 'unchanged'
    const done = attempt(ctx, g.rows, () => {
      if (!first.values.has('visitedOn')) throw new RowError('请填写走访日期', 'visitedOn')
      if (earlier) {
        const sheet = earlier.sheet === first.at.sheet ? '' : `工作表“${earlier.sheet}”`
        throw new RowError(
          `与${sheet}第${earlier.row}行的走访重复(同一企业、同一日期),本行未再导入`,
          columnFor(first)?.field ?? undefined,
        )
      }
      const firm = requireFirm(ctx, first)
      const visitedOn = first.values.get('visitedOn') as string
      const input: Record<string, unknown> = { ...ledgerInput(ctx, 'visit', first), enterpriseId: firm.id }
      const visitors = this.visitors(g.rows)
      if (visitors.length) input.visitorIds = this.visitorIds(visitors)
      const existing = (this.findVisit.get(firm.id, visitedOn) as number | undefined) ?? null
      const visit = upsert(ctx, 'visit', existing, input, () => `${firm.name} ${visitedOn}`)
      outcome = visit.outcome
      if (visit.outcome === 'skipped') return
      for (const r of g.rows) {
        // Errors left on a row are in its request cells (reported already): no request from it.
        if (!r.values.has('request.content') || r.errors.length) continue
        attempt(ctx, [r], () => this.request(r, firm.id, visit.record.id as number, visitedOn), { prefix: 'request.' })
      }
    })
    if (!done) return
    ctx.report[outcome]++
    if (!this.seen.has(key)) this.seen.set(key, first.at)
  }

  private request(r: RowInput, enterpriseId: number, visitId: number, visitedOn: string): void {
    const ctx = this.ctx
    const input = requestDefaults({
      ...ledgerInput(ctx, 'request', r, 'request.'),
      enterpriseId,
      visitId,
      receivedOn: visitedOn,
    })
    const existing = (this.findRequest.get(visitId, input.content) as number | undefined) ?? null
    const result = upsert(ctx, 'request', existing, input, () => String(input.content).slice(0, 20))
    if (result.outcome === 'inserted') ctx.report.requestsInserted++
  }

  /** Everyone named in the group's visitor cells, in order, once each. */
  private visitors(rows: readonly RowInput[]): string[] {
    const names: string[] = []
    const seen = new Set<string>()
    for (const r of rows) {
      for (const name of (r.values.get('visitorIds') as string[] | undefined) ?? []) {
        const key = normaliseName(name)
        if (!seen.has(key)) {
          seen.add(key)
          names.push(name)
        }
      }
    }
    return names
  }

  private visitorIds(names: readonly string[]): number[] {
    const ids: number[] = []
    for (const name of names) {
      const id = this.ctx.links.ref('staff', name)
      if (id !== null && !ids.includes(id)) ids.push(id)
    }
    return ids
  }
}
