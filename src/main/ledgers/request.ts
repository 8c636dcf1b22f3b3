import {
  dueDate,
  isClosed,
  localToday,
  requestLabels,
  requestRuleProblems,
  requestSchema,
  transitionProblem,
  type RequestFacts,
  type RequestStatus,
} from '../../shared/domain'
import { AppError } from '../errors'
import type { LedgerDef } from '../ledger/def'
import { requestConditions } from './conditions'

// Age and lateness by the office's calendar, in SQL so grids can filter and sort on them.
const TODAY = "date('now', 'localtime')"
const CLOSED = "('已办结', '无法解决')"

export const requestLedger: LedgerDef = {
  conditions: requestConditions,
  entity: 'request',
  label: '诉求',
  unit: '件',
  table: 'request',
  schema: requestSchema,
  labels: requestLabels,
  select: `
    SELECT t.*, e.name AS enterprise_name, e.name_pinyin AS enterprise_pinyin, e.credit_code AS credit_code,
           c.name AS category_name,
           u.name AS handling_unit_name,
           CAST(julianday(coalesce(t.closed_on, ${TODAY})) - julianday(t.received_on) AS INTEGER) AS days_open,
           CASE WHEN t.status IN ${CLOSED} THEN NULL
                WHEN t.due_on < ${TODAY} THEN CAST(julianday(${TODAY}) - julianday(t.due_on) AS INTEGER)
                ELSE 0 END AS days_overdue
    FROM request t
    LEFT JOIN enterprise e ON e.id = t.enterprise_id
    LEFT JOIN dictionary c ON c.id = t.category_id
    LEFT JOIN dictionary u ON u.id = t.handling_unit_id`,
  title: (r) => String(r.content).slice(0, 20),
  searchColumns: ['content', 'category_name', 'handling_unit_name', 'status', 'response'],
  searchRefs: [{ column: 'enterprise_id', kind: 'enterprise' }],
  sortAs: { enterpriseName: 'enterprise_pinyin' },

  /** The loop's rules (request-flow.ts), and the defaults a clerk should not have to type. */
  beforeWrite(data, { db, before }) {
    const out = { ...data }
    const from = (before?.status as RequestStatus | undefined) ?? null
    const to = (out.status as RequestStatus | undefined) ?? from ?? '受理'
    out.status = to
    if (from) {
      const problem = transitionProblem(from, to)
      if (problem) throw new AppError('VALIDATION', problem, { fields: { status: problem } })
    }
    if (!out.dueOn) {
      const limit = out.categoryId
        ? (db.prepare('SELECT time_limit_days FROM dictionary WHERE id = ?').pluck().get(out.categoryId) as
            number | null)
        : null
      out.dueOn = dueDate(out.receivedOn as string, limit)
    }
    if (isClosed(to) && !out.closedOn) out.closedOn = localToday()
    if (!isClosed(to) && from && isClosed(from)) out.closedOn = null // reopened
    const problems = requestRuleProblems(out as unknown as RequestFacts)
    const fields = Object.keys(problems)
    if (fields.length) {
      throw new AppError('VALIDATION', fields.map((f) => problems[f]).join(';'), { fields: problems })
    }
    return out
  },

  /** Every status a request passes through, with who and when: the 诉求 timeline. */
  afterWrite(id, before, after, { db, actor }) {
    if (before?.status === after.status) return
    db.prepare('INSERT INTO request_status_change (request_id, actor, from_status, to_status) VALUES (?, ?, ?, ?)').run(
      id,
      actor,
      (before?.status as string | undefined) ?? null,
      after.status,
    )
  },
}
