/** Handlers of the channels in src/shared/ipc/channels/dedupe.ts. */
import type { LinkKind } from '../../shared/ipc/channels/dedupe'
import type { LedgerDeps } from '../core/deps'
import { checkFirm } from './door'
import { dismissGroup, findDuplicates } from './find'
import { acceptLinks, linkProposals, saveAttendees } from './link'
import { compareFirms, mergeFirms } from './merge'

export function dedupeHandlers(deps: LedgerDeps): Record<string, (input: never) => unknown> {
  return {
    'dedupe:find': () => ({ groups: findDuplicates(deps.db) }),
    'dedupe:dismiss': (i: { ids: number[] }) => dismissGroup(deps.db, deps.audit.actor, i.ids),
    'dedupe:compare': (i: { ids: number[] }) => compareFirms(deps, i.ids),
    'dedupe:merge': (i: { keepId: number; fromIds: number[]; choose?: Record<string, number> }) =>
      mergeFirms(deps, i.keepId, i.fromIds, i.choose),
    'dedupe:proposals': (i: { kind: LinkKind }) => linkProposals(deps, i.kind),
    'dedupe:link': (i: { kind: LinkKind; links: { recordId: number; enterpriseId: number }[] }) =>
      acceptLinks(deps, i.kind, i.links),
    'dedupe:keepGuests': (i: { eventId: number; attendeeIds: number[]; names: string[] }) =>
      saveAttendees(deps, i.eventId, i.attendeeIds, i.names),
    'dedupe:check': (i: { name: string; phone?: string | null; excludeId?: number }) => checkFirm(deps, i),
  }
}
