/**
 * What the status dialog offers and asks for, from the shared loop rules (request-flow.ts):
 * only the moves REQUEST_TRANSITIONS allows, the fields each needs, and the rules a move would
 * break, explained before anything is sent.
 */
import {
  CLOSED_STATUSES,
  REQUEST_TRANSITIONS,
  isClosed,
  requestRuleProblems,
  transitionProblem,
  type Request,
  type RequestStatus,
} from '../../../../shared/domain'

/** What the user is asked for, per target status. */
export interface MoveNeeds {
  handlingUnit: boolean
  response: boolean
  closedOn: boolean
  /** Label of the response box: 办理情况, or 无法解决的原因. */
  responseLabel: string
  /** One line saying what the move means. */
  hint: string
}

const HINTS: Record<RequestStatus, string> = {
  受理: '退回受理:尚未派单',
  已派单: '派给承办单位办理(街道科室或区级部门)',
  办理中: '承办单位正在办理',
  已办结: '办结:填写办理情况和办结日期',
  无法解决: '无法解决:写明原因',
}

export function moveNeeds(to: RequestStatus): MoveNeeds {
  return {
    handlingUnit: to === '已派单' || to === '办理中',
    response: CLOSED_STATUSES.includes(to),
    closedOn: CLOSED_STATUSES.includes(to),
    responseLabel: to === '无法解决' ? '无法解决的原因' : '办理情况',
    hint: HINTS[to],
  }
}

/** The moves open from a status, in the loop's order. */
export function allowedMoves(from: RequestStatus): RequestStatus[] {
  return [...REQUEST_TRANSITIONS[from]]
}

export interface MoveValues {
  handlingUnitId?: number | null
  response?: string | null
  closedOn?: string | null
}

type Current = Pick<Request, 'status' | 'receivedOn' | 'handlingUnitId' | 'response' | 'closedOn' | 'dueOn'>

/** The patch a move sends: the status and, of what the move needs, what was given. */
export function movePatch(current: Current, to: RequestStatus, v: MoveValues): Record<string, unknown> {
  const need = moveNeeds(to)
  const patch: Record<string, unknown> = { status: to }
  if (need.handlingUnit && v.handlingUnitId !== undefined && v.handlingUnitId !== current.handlingUnitId)
    patch.handlingUnitId = v.handlingUnitId
  if (need.response && v.response !== undefined) {
    const text = (v.response ?? '').trim()
    if (text !== (current.response ?? '')) patch.response = text || null
  }
  if (need.closedOn) patch.closedOn = v.closedOn || null
  return patch
}

/** Field -> why the move cannot be saved, in Chinese; empty when main would accept it. */
export function moveProblems(current: Current, to: RequestStatus, v: MoveValues): Record<string, string> {
  const from = (current.status ?? '受理') as RequestStatus
  const wrongMove = transitionProblem(from, to)
  if (wrongMove) return { status: wrongMove }
  const patch = movePatch(current, to, v)
  const after = { ...current, ...patch }
  return requestRuleProblems({
    status: to,
    receivedOn: current.receivedOn,
    dueOn: current.dueOn,
    // main fills a missing closed date with today: not a problem the user must fix.
    closedOn: isClosed(to) ? ((after.closedOn as string | null) ?? current.receivedOn) : null,
    response: after.response as string | null,
    handlingUnitId: after.handlingUnitId as number | null,
  })
}

/** Tag colour of a status: open ones orange (red when late), closed ones green or grey. */
export function statusColor(status: string | null, overdue = false): string {
  if (status === '已办结') return 'green'
  if (status === '无法解决') return 'default'
  if (overdue) return 'red'
  return status === '受理' ? 'blue' : 'orange'
}
