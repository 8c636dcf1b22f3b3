/**
 * Bare names linked to firms (issue #20): rent-relief tenants kept as a name only, and the
 * names of an event's sign-in sheet that matched no firm (event_guest). Each gets the one firm
 * whose name or 曾用名 is the same after normalisation; accepting links them as one audited
 * batch, undone by Ctrl+Z like any change.
 */
import type { LinkKind, LinkProposal } from '../../shared/ipc/channels/dedupe'
import type { Db, LedgerDeps } from '../core/deps'
import { AppError } from '../errors'
import { recordSideRow } from '../history/sides'
import { storedFields } from '../ledger/mapping'
import { dedupeName, splitFormerNames } from './normalise'

/** Normalised name → the firms of that name, and, apart, those that once had it. */
export interface FirmIndex {
  byName: Map<string, { id: number; name: string }[]>
  byFormer: Map<string, { id: number; name: string }[]>
}

/** The firm table read once into a map by normalised name (the link proposals, the import's door). */
export function firmIndex(db: Db): FirmIndex {
  const byName = new Map<string, { id: number; name: string }[]>()
  const byFormer = new Map<string, { id: number; name: string }[]>()
  const add = (map: typeof byName, key: string, firm: { id: number; name: string }) => {
    if (!key) return
    const list = map.get(key)
    if (list) list.push(firm)
    else map.set(key, [firm])
  }
  const rows = db.prepare('SELECT id, name, former_names FROM enterprise').raw().all() as [
    number,
    string,
    string | null,
  ][]
  for (const [id, name, former] of rows) {
    const firm = { id, name }
    add(byName, dedupeName(name), firm)
    for (const f of splitFormerNames(former)) add(byFormer, dedupeName(f), firm)
  }
  return { byName, byFormer }
}

/** The one firm a bare name means: by name, else by 曾用名; none when it could be several. */
export function matchName(index: FirmIndex, name: string): { id: number; name: string } | null {
  const key = dedupeName(name)
  const named = index.byName.get(key) ?? []
  if (named.length === 1) return named[0]
  if (named.length > 1) return null
  const formerly = index.byFormer.get(key) ?? []
  return formerly.length === 1 ? formerly[0] : null
}

export function linkProposals(deps: Pick<LedgerDeps, 'db'>, kind: LinkKind): LinkProposal[] {
  const index = firmIndex(deps.db)
  const out: LinkProposal[] = []
  for (const b of bareNames(deps.db, kind)) {
    const firm = matchName(index, b.name)
    if (firm) out.push({ ...b, enterpriseId: firm.id, enterpriseName: firm.name })
  }
  return out
}

function bareNames(db: Db, kind: LinkKind): { recordId: number; context: string; name: string }[] {
  if (kind === 'rent-reliefs') {
    return db
      .prepare(
        `SELECT r.id AS recordId, trim(coalesce(b.name, r.operator, '') || ' ' || coalesce(r.batch, '')) AS context,
                r.tenant_name AS name
         FROM rent_relief r LEFT JOIN building b ON b.id = r.building_id
         WHERE r.enterprise_id IS NULL ORDER BY r.id`,
      )
      .all() as { recordId: number; context: string; name: string }[]
  }
  return db
    .prepare(
      `SELECT g.id AS recordId, e.held_on || ' ' || e.theme AS context, g.name
       FROM event_guest g JOIN event e ON e.id = g.event_id ORDER BY e.held_on, g.id`,
    )
    .all() as { recordId: number; context: string; name: string }[]
}

/** Links the names given (from the proposals or the user's own choice), one undoable batch. */
export function acceptLinks(
  deps: LedgerDeps,
  kind: LinkKind,
  links: readonly { recordId: number; enterpriseId: number }[],
): { linked: number; batch: string | null } {
  if (links.length === 0) return { linked: 0, batch: null }
  for (const l of links) deps.ledgers.enterprise.get(l.enterpriseId)
  return deps.audit.inBatch(
    (batch) =>
      deps.db.transaction(() => {
        for (const l of links) {
          if (kind === 'rent-reliefs') linkTenant(deps, l.recordId, l.enterpriseId)
          else linkGuest(deps, batch, l.recordId, l.enterpriseId)
        }
        return { linked: links.length, batch }
      })(),
    { kind: 'change' },
  )
}

function linkTenant(deps: LedgerDeps, id: number, enterpriseId: number): void {
  const svc = deps.ledgers.rentRelief
  svc.writeState(id, { ...storedFields(svc.def, svc.get(id)), enterpriseId })
}

/** The guest becomes an attendee of its event: the event's list gains the firm, the name goes. */
function linkGuest(deps: LedgerDeps, batch: string, guestId: number, enterpriseId: number): void {
  const guest = deps.db.prepare('SELECT id, event_id, name FROM event_guest WHERE id = ?').get(guestId) as
    { id: number; event_id: number; name: string } | undefined
  if (!guest) throw new AppError('NOT_FOUND', `活动来宾(编号 ${guestId})不存在,可能已被关联。`)
  const svc = deps.ledgers.event
  const event = svc.get(guest.event_id)
  // Written even when the firm is listed already: the batch needs an audit row to be undone.
  const ids = [...new Set([...(event.attendeeIds as number[]), enterpriseId])]
  svc.writeState(guest.event_id, { ...storedFields(svc.def, event), attendeeIds: ids })
  deps.db.prepare('DELETE FROM event_guest WHERE id = ?').run(guestId)
  recordSideRow(deps.db, batch, 'event_guest', guest, null)
}

/**
 * Names of a sign-in sheet that matched no firm, kept with the event to be linked later. Each
 * name kept is a side row of `batch`, so undoing the batch (Ctrl+Z, 撤销本次导入) takes it away;
 * a name the event has already is left alone, and a re-import adds nothing.
 */
export function keepGuests(db: Db, batch: string, eventId: number, names: readonly string[]): number {
  const ins = db.prepare('INSERT OR IGNORE INTO event_guest (event_id, name) VALUES (?, ?) RETURNING id')
  let n = 0
  for (const raw of names) {
    const name = raw.trim()
    const kept = name ? (ins.get(eventId, name) as { id: number } | undefined) : undefined
    if (!kept) continue
    recordSideRow(db, batch, 'event_guest', null, { id: kept.id, event_id: eventId, name })
    n++
  }
  return n
}

/** The attendee dialog's save: the event's firms and the names not found, one undoable batch. */
export function saveAttendees(
  deps: LedgerDeps,
  eventId: number,
  attendeeIds: readonly number[],
  names: readonly string[],
): { kept: number; event: Record<string, unknown> } {
  return deps.audit.inBatch(
    (batch) =>
      deps.db.transaction(() => {
        // Always an audit row, even when the list is as it was: Ctrl+Z finds a batch by its rows.
        const event = deps.ledgers.event.update(eventId, { attendeeIds: [...attendeeIds] })
        return { kept: keepGuests(deps.db, batch, eventId, names), event }
      })(),
    { kind: 'change' },
  )
}
