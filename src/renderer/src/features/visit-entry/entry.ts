/**
 * Pure parts of 录入走访: reading a date as typed from notes, turning the form into one
 * `visit:record` call, the loop rules checked before saving, and main's field errors
 * (`requests.0.content`) sent back to the row and input they name.
 */
import {
  REQUEST_STATUSES,
  isClosed,
  isIsoDate,
  requestRuleProblems,
  requestSchema,
  type RequestStatus,
} from '../../../../shared/domain'
import type { InputOf } from '../../../../shared/ipc/contract'

/**
 * 2026-11-20, 2026/11/20, 2026.11.20, 20261120, 2026年11月20日, and without the year
 * (11-20, 11/20, 11月20日: this year). Null when it is not a calendar day.
 */
export function parseTypedDate(text: string, today: string): string | null {
  const s = text.normalize('NFKC').trim().replace(/日$/, '')
  let y: number, m: number, d: number
  let match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})$/.exec(s)
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])]
  else if ((match = /^(\d{4})(\d{2})(\d{2})$/.exec(s)))
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])]
  else if ((match = /^(\d{1,2})[-/.月](\d{1,2})$/.exec(s)))
    [y, m, d] = [Number(today.slice(0, 4)), Number(match[1]), Number(match[2])]
  else return null
  const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
  return isIsoDate(iso) ? iso : null
}

const WEEKDAYS = '日一二三四五六'

/** 星期五: said beside a typed date, so a wrong day is seen before saving. */
export function weekday(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number)
  return `星期${WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}`
}

/** One request row of the form. */
export interface RequestDraft {
  /** Stable row key: rows are added and removed. */
  key: number
  categoryId?: number | null
  content?: string
  handlingUnitId?: number | null
  status?: RequestStatus
  response?: string
}

/** A row the user added and left empty is not a request. */
export function isBlankDraft(r: RequestDraft): boolean {
  return !r.categoryId && !(r.content ?? '').trim() && !r.handlingUnitId && !(r.response ?? '').trim()
}

export interface VisitValues {
  enterpriseId?: number | null
  /** As typed; parsed with parseTypedDate. */
  date: string
  visitorIds: number[]
  form?: string | null
  campaignId?: number | null
  summary?: string
}

export type RecordInput = InputOf<'visit:record'>

/** The `visit:record` input, and for each request sent the form row it came from. */
export function buildRecord(
  v: VisitValues,
  visitedOn: string,
  drafts: readonly RequestDraft[],
): { input: RecordInput; rowOf: number[] } {
  const rowOf: number[] = []
  const requests: RecordInput['requests'] = []
  drafts.forEach((r, i) => {
    if (isBlankDraft(r)) return
    rowOf.push(i)
    const status = r.status ?? '受理'
    requests.push({
      categoryId: r.categoryId ?? null,
      content: (r.content ?? '').trim(),
      handlingUnitId: r.handlingUnitId ?? null,
      status,
      response: (r.response ?? '').trim() || null,
      // Solved on the spot: closed the day of the visit, not the day it was typed in.
      closedOn: isClosed(status) ? visitedOn : null,
    })
  })
  return {
    input: {
      visit: {
        enterpriseId: v.enterpriseId ?? 0,
        visitedOn,
        visitorIds: v.visitorIds,
        form: (v.form ?? undefined) as RecordInput['visit']['form'],
        campaignId: v.campaignId ?? null,
        summary: (v.summary ?? '').trim() || null,
      },
      requests,
    },
    rowOf,
  }
}

/** Row -> field -> message: what is wrong with the requests before anything is sent. */
export function draftProblems(
  drafts: readonly RequestDraft[],
  visitedOn: string,
): Record<number, Record<string, string>> {
  const out: Record<number, Record<string, string>> = {}
  drafts.forEach((r, i) => {
    if (isBlankDraft(r)) return
    const p: Record<string, string> = {}
    for (const key of ['content', 'response'] as const) {
      const checked = requestSchema.shape[key].safeParse(r[key] ?? '')
      if (!checked.success) p[key] = checked.error.issues[0]?.message ?? '输入无效'
    }
    const status = r.status ?? '受理'
    const rules = requestRuleProblems({
      status,
      receivedOn: visitedOn,
      closedOn: isClosed(status) ? visitedOn : null,
      response: (r.response ?? '').trim() || null,
      handlingUnitId: r.handlingUnitId ?? null,
    })
    Object.assign(p, rules)
    if (Object.keys(p).length) out[i] = p
  })
  return out
}

/**
 * Main's field errors split into the visit's and each row's: `requests.1.content` is row
 * rowOf[1]'s 诉求内容 (blank rows are not sent, so the indexes differ).
 */
export function splitFieldErrors(
  fields: Record<string, string> | undefined,
  rowOf: readonly number[],
): { visit: Record<string, string>; rows: Record<number, Record<string, string>> } {
  const visit: Record<string, string> = {}
  const rows: Record<number, Record<string, string>> = {}
  for (const [key, msg] of Object.entries(fields ?? {})) {
    const m = /^requests\.(\d+)\.(\w+)$/.exec(key)
    if (m) {
      const row = rowOf[Number(m[1])] ?? Number(m[1])
      ;(rows[row] ??= {})[m[2]] = msg
    } else {
      visit[key.replace(/^visit\./, '')] = msg
    }
  }
  return { visit, rows }
}

export const STATUS_CHOICES = REQUEST_STATUSES.map((s) => ({ value: s, label: s }))
