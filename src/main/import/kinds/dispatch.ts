/**
 * A 诉求派单表 back (fieldbooks/dispatch.ts): one row per request, found by its 诉求编号. A row
 * whose answer cells are all blank is passed over without a word; a filled one moves its
 * request by the request flow's rules (request-flow.ts, enforced again by the request ledger),
 * and the timeline says which unit answered. A move the flow does not allow, or a 办结日期
 * before the request was received, refuses that row alone, in Chinese.
 */
import { transitionProblem, type RequestStatus } from '../../../shared/domain/request-flow'
import { RowError, upsert, type KindContext, type Outcome, type RowInput } from './common'
import { FieldBookRows } from './field-book'

/** The cells a 承办单位 fills in. */
const FILLED = ['response', 'closedOn', 'status', 'reason']

interface Stored {
  id: number
  status: RequestStatus
  receivedOn: string
  content: string
  unit: string | null
}

export class DispatchHandler extends FieldBookRows {
  private readonly statements

  constructor(ctx: KindContext) {
    super(ctx, 'dispatch', FILLED)
    const db = ctx.backend.db
    this.statements = {
      request: db.prepare(
        `SELECT r.id, r.status, r.received_on AS receivedOn, r.content, u.name AS unit
         FROM request r LEFT JOIN dictionary u ON u.id = r.handling_unit_id WHERE r.id = ?`,
      ),
      lastChange: db.prepare('SELECT max(id) FROM request_status_change WHERE request_id = ?').pluck(),
      note: db.prepare('UPDATE request_status_change SET note = ? WHERE id = ?'),
      answered: db.prepare(
        'INSERT INTO request_status_change (request_id, actor, from_status, to_status, note) VALUES (?, ?, ?, ?, ?)',
      ),
    }
  }

  protected write(r: RowInput): Outcome {
    const id = r.values.get('requestId') as number | undefined
    if (id === undefined) throw new RowError('请填写诉求编号', 'requestId')
    const stored = this.statements.request.get(id) as Stored | undefined
    if (!stored) throw new RowError(`诉求编号 ${id} 不在诉求台账中(可能已被删除)`, 'requestId')
    const response = r.values.get('response') as string | undefined
    const reason = r.values.get('reason') as string | undefined
    const closedOn = r.values.get('closedOn') as string | undefined
    const said = r.values.get('status') as RequestStatus | undefined
    // A 办结日期 alone means it was closed; a reason alone, that it could not be solved.
    const status = said ?? (reason ? '无法解决' : closedOn ? '已办结' : stored.status)
    const problem = transitionProblem(stored.status, status)
    if (problem) throw new RowError(`诉求编号 ${id}:${problem}`, 'status')
    if (closedOn && closedOn < stored.receivedOn) {
      throw new RowError(`办结日期 ${closedOn} 早于受理日期 ${stored.receivedOn}`, 'closedOn')
    }
    if (reason && status !== '无法解决') {
      throw new RowError(`填写了无法解决原因,状态却是“${status}”;请把状态改为“无法解决”或删去原因`, 'reason')
    }
    const answer = [response, reason && `无法解决原因:${reason}`].filter(Boolean).join(';') || undefined
    const patch: Record<string, unknown> = { status }
    if (answer !== undefined) patch.response = answer
    if (closedOn !== undefined) patch.closedOn = closedOn
    const before = (this.statements.lastChange.get(id) as number | null) ?? 0
    const result = upsert(this.ctx, 'request', id, patch, () => stored.content.slice(0, 20))
    if (result.outcome === 'updated') this.noteUnit(r, stored, status, before, answer)
    return result.outcome
  }

  /** The timeline says who answered: the status change this row made, or an entry of its own. */
  private noteUnit(r: RowInput, stored: Stored, status: RequestStatus, before: number, answer?: string): void {
    const unit = (r.values.get('handlingUnitId') as string | undefined) ?? stored.unit ?? '承办单位'
    const note = `${unit}经诉求派单表答复${answer ? `:${answer.slice(0, 80)}` : ''}`
    const last = (this.statements.lastChange.get(stored.id) as number | null) ?? 0
    if (last > before) this.statements.note.run(note, last)
    else this.statements.answered.run(stored.id, this.ctx.session.actor, status, status, note)
  }
}
