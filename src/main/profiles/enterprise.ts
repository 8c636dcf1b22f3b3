import type { Enterprise, EnterpriseProfile, RequestWithAge } from '../../shared/domain'
import type { Deps } from '../core/deps'
import { recordHistory } from '../audit/history'

/** What this module uses of the ledger's services (src/main/core/deps.ts). */
type ProfileDeps = Pick<Deps, 'db' | 'ledgers' | 'grids'>

type Row = Record<string, unknown>

/** Marks a request read from the request ledger (which computes its age in SQL) as overdue or not. */
export function ageRequest(r: Row): RequestWithAge {
  const request = r as unknown as RequestWithAge
  return { ...request, overdue: (request.daysOverdue ?? 0) > 0 }
}

const ids = (b: ProfileDeps, sql: string, id: number) => b.db.prepare(sql).pluck().all(id) as number[]

/** 一企一档: the firm and everything the office knows about it, in one read. */
export function enterpriseProfile(b: ProfileDeps, id: number): EnterpriseProfile {
  const enterprise = b.ledgers.enterprise.get(id) as unknown as Enterprise
  const find = (name: 'building' | 'staff' | 'partner', ref: number | null) =>
    ref === null ? null : (b.ledgers[name].find(ref) ?? null)
  return {
    enterprise,
    building: find('building', enterprise.buildingId) as EnterpriseProfile['building'],
    specialist: find('staff', enterprise.specialistId) as EnterpriseProfile['specialist'],
    partner: find('partner', enterprise.partnerId) as EnterpriseProfile['partner'],
    visits: b.grids.visit.byIds(
      ids(b, 'SELECT id FROM visit WHERE enterprise_id = ? ORDER BY visited_on DESC, id DESC', id),
    ) as unknown as EnterpriseProfile['visits'],
    requests: b.grids.request
      .byIds(ids(b, 'SELECT id FROM request WHERE enterprise_id = ? ORDER BY received_on DESC, id DESC', id))
      .map((r) => ageRequest(r)),
    rentReliefs: b.grids.rentRelief.byIds(
      ids(b, 'SELECT id FROM rent_relief WHERE enterprise_id = ? ORDER BY period_start DESC, id', id),
    ) as unknown as EnterpriseProfile['rentReliefs'],
    events: b.db
      .prepare(
        `SELECT e.id, e.held_on AS heldOn, e.theme, e.kind, e.organiser FROM event e
         JOIN event_attendee a ON a.event_id = e.id WHERE a.enterprise_id = ? ORDER BY e.held_on DESC`,
      )
      .all(id) as EnterpriseProfile['events'],
    organisations: b.db
      .prepare(
        `SELECT o.id, o.name, o.kind FROM organisation o
         JOIN organisation_member m ON m.organisation_id = o.id WHERE m.enterprise_id = ? ORDER BY o.id`,
      )
      .all(id) as EnterpriseProfile['organisations'],
    history: recordHistory(b.db, 'enterprise', id),
  }
}
