/**
 * Recording a visit from notes: the visit and every request raised in it, in one save, so a
 * refused request never leaves a visit behind without it. Requests take the visit's firm and
 * date unless they say otherwise.
 */
import type { Request, StatusChange, Visit } from '../../shared/domain'
import type { LedgerDeps } from '../core/deps'
import { AppError } from '../errors'

export function recordVisit(
  b: LedgerDeps,
  visit: Record<string, unknown>,
  requests: Record<string, unknown>[],
): { visit: Visit; requests: Request[] } {
  return b.audit.inBatch(() =>
    b.db.transaction(() => {
      const v = b.ledgers.visit.create(visit)
      const made = requests.map((r, i) => {
        try {
          return b.ledgers.request.create({
            receivedOn: v.visitedOn,
            ...r,
            enterpriseId: v.enterpriseId,
            visitId: v.id,
          })
        } catch (e) {
          // Say which of the requests typed in the form is wrong.
          if (e instanceof AppError) {
            throw new AppError(e.code, `第${i + 1}条诉求:${e.message}`, {
              ...e.extra,
              fields: Object.fromEntries(
                Object.entries(e.extra.fields ?? {}).map(([k, m]) => [`requests.${i}.${k}`, m]),
              ),
            })
          }
          throw e
        }
      })
      return { visit: b.ledgers.visit.get(v.id as number) as unknown as Visit, requests: made as unknown as Request[] }
    })(),
  )
}

/** A request's status timeline, oldest first. */
export function requestTimeline(b: LedgerDeps, id: number): StatusChange[] {
  b.ledgers.request.get(id)
  return b.db
    .prepare(
      `SELECT id, at, actor, from_status AS fromStatus, to_status AS toStatus, note
       FROM request_status_change WHERE request_id = ? ORDER BY id`,
    )
    .all(id) as StatusChange[]
}

/**
 * Firms named in a pasted list (one per line, or separated by 、,,;), matched on credit code,
 * 注册号 or exact name: for attendance lists copied out of a sign-in sheet.
 */
export function matchFirmNames(
  b: LedgerDeps,
  text: string,
): { matched: { id: number; name: string }[]; missing: string[] } {
  const names = [
    ...new Set(
      text
        .normalize('NFKC')
        .split(/[\n\r、,,;;\t]+/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ]
  const find = b.db.prepare(
    "SELECT id, name FROM enterprise WHERE credit_code = upper(?) OR registration_no = ? OR name = ? OR short_name = ? ORDER BY status <> '在营' LIMIT 1",
  )
  const matched: { id: number; name: string }[] = []
  const missing: string[] = []
  for (const n of names) {
    const hit = find.get(n, n, n, n) as { id: number; name: string } | undefined
    if (hit) matched.push(hit)
    else missing.push(n)
  }
  return { matched, missing }
}
