/**
 * The request loop (诉求闭环): 受理 → 已派单 → 办理中 → 已办结 | 无法解决, with reopening.
 * One home for the rules, used by main to enforce them and by the UI to offer only the moves
 * that are allowed and to explain the others.
 */
import { addDays, daysBetween } from './dates'
import { DEFAULT_TIME_LIMIT_DAYS } from './dictionary'
import { CLOSED_STATUSES, REQUEST_STATUSES } from './request'

export type RequestStatus = (typeof REQUEST_STATUSES)[number]

/** Where each status may go next. Solving on the spot (受理 → 已办结) is allowed. */
export const REQUEST_TRANSITIONS: Record<RequestStatus, readonly RequestStatus[]> = {
  受理: ['已派单', '办理中', '已办结', '无法解决'],
  已派单: ['受理', '办理中', '已办结', '无法解决'],
  办理中: ['已派单', '已办结', '无法解决'],
  // A closed request is reopened, not edited back into shape.
  已办结: ['办理中'],
  无法解决: ['办理中'],
}

export function isClosed(status: string | null | undefined): boolean {
  return CLOSED_STATUSES.includes(status ?? '')
}

/** Null when the move is allowed, else why not, in Chinese. */
export function transitionProblem(from: RequestStatus, to: RequestStatus): string | null {
  if (from === to) return null
  if (REQUEST_TRANSITIONS[from].includes(to)) return null
  return `诉求状态不能从“${from}”改为“${to}”;可改为:${REQUEST_TRANSITIONS[from].join('、')}`
}

export interface RequestFacts {
  status?: string | null
  receivedOn: string
  dueOn?: string | null
  closedOn?: string | null
  response?: string | null
  handlingUnitId?: number | null
}

/** Field → message for every loop rule the record breaks (empty when it keeps them all). */
export function requestRuleProblems(r: RequestFacts): Record<string, string> {
  const problems: Record<string, string> = {}
  if (r.status === '已办结' && !r.response) problems.response = '已办结的诉求须填写办理情况'
  if (r.status === '无法解决' && !r.response) problems.response = '无法解决的诉求须在办理情况中写明原因'
  if (r.status === '已派单' && !r.handlingUnitId) problems.handlingUnitId = '已派单的诉求须指定承办单位'
  if (isClosed(r.status) && !r.closedOn) problems.closedOn = '已结束的诉求须填写办结日期'
  if (!isClosed(r.status) && r.closedOn) problems.closedOn = '未办结的诉求不应有办结日期'
  if (r.closedOn && r.closedOn < r.receivedOn) problems.closedOn = '办结日期不能早于受理日期'
  return problems
}

/** The due date a request gets from its category's time limit (15 days when none is set). */
export function dueDate(receivedOn: string, timeLimitDays: number | null | undefined): string {
  return addDays(receivedOn, timeLimitDays ?? DEFAULT_TIME_LIMIT_DAYS)
}

/** Days past due for an open request on `today`; 0 when not overdue or closed. */
export function daysOverdue(r: RequestFacts, today: string): number {
  if (isClosed(r.status) || !r.dueOn) return 0
  return Math.max(0, daysBetween(r.dueOn, today))
}
