/**
 * One firm, one record (issue #20): 疑似重复 groups, a merge with what it carries, bare names of
 * rent-relief tenants and event guests linked to firms, and the warning at the door (form).
 */
import { z } from 'zod'
import type { Enterprise, Event } from '../../domain'
import type { Channel } from '../contract'

// The contract's helper, repeated: importing it would make the contract import itself.
function channel<O>() {
  return <I extends z.ZodType>(input: I): Channel<I, O> => ({ input })
}

export interface DuplicateGroup {
  ids: number[]
  names: string[]
  reasons: string[]
  /** 0–100. */
  score: number
}

/** How many records of each kind point at a firm: what a merge moves. */
export interface FirmLinks {
  visits: number
  requests: number
  rentReliefs: number
  events: number
  organisations: number
  assignments: number
}

export interface MergeCompare {
  records: Enterprise[]
  links: Record<number, FirmLinks>
  /** Field → the id of the record whose value is kept unless the user picks another. */
  defaults: Record<string, number>
  /** Why these cannot be merged (two different credit codes), or null. */
  refusal: string | null
}

export interface MergeResult {
  batch: string
  keepId: number
  removed: number
  moved: FirmLinks & { views: number }
  /** What the merge had to decide: a firm twice in one plan or event kept once. */
  notes: string[]
}

export const LINK_KINDS = ['rent-reliefs', 'events'] as const
export type LinkKind = (typeof LINK_KINDS)[number]

/** A bare name (a tenant, a guest) and the firm it most likely is. */
export interface LinkProposal {
  /** The rent relief's id, or the event guest's id. */
  recordId: number
  /** 紫荆广场 2022 第一批 / 2023-05-12 发展交流会. */
  context: string
  name: string
  enterpriseId: number
  enterpriseName: string
}

export interface FirmMatch {
  id: number
  name: string
  reason: string
}

const id = z.number().int().positive()
const none = z.strictObject({}).optional()

export const dedupeChannels = {
  'dedupe:find': channel<{ groups: DuplicateGroup[] }>()(none),
  /** 不是重复: the group's firms are not shown together again. */
  'dedupe:dismiss': channel<{ dismissed: number }>()(z.strictObject({ ids: z.array(id).min(2).max(50) })),
  'dedupe:compare': channel<MergeCompare>()(z.strictObject({ ids: z.array(id).min(2).max(20) })),
  /** `choose`: field → the record whose value the kept firm takes (default: see compare). */
  'dedupe:merge': channel<MergeResult>()(
    z.strictObject({
      keepId: id,
      fromIds: z.array(id).min(1).max(19),
      choose: z.record(z.string().max(40), id).optional(),
    }),
  ),
  'dedupe:proposals': channel<LinkProposal[]>()(z.strictObject({ kind: z.enum(LINK_KINDS) })),
  /** Accepts proposals (one, some or all) as one undoable batch. */
  'dedupe:link': channel<{ linked: number; batch: string | null }>()(
    z.strictObject({
      kind: z.enum(LINK_KINDS),
      links: z
        .array(z.strictObject({ recordId: id, enterpriseId: id }))
        .min(1)
        .max(10_000),
    }),
  ),
  /**
   * The attendee dialog's save when some names of the sign-in sheet matched no firm: the event's
   * firms and those names, kept to be linked later (关联企业…), as one batch Ctrl+Z undoes.
   */
  'dedupe:keepGuests': channel<{ kept: number; event: Event }>()(
    z.strictObject({
      eventId: id,
      attendeeIds: z.array(id).max(100_000),
      names: z.array(z.string().min(1).max(200)).max(2_000),
    }),
  ),
  /** The door: firms an entry in the form is likely to be already. */
  'dedupe:check': channel<FirmMatch[]>()(
    z.strictObject({
      name: z.string().max(200),
      phone: z.string().max(50).nullish(),
      excludeId: id.optional(),
    }),
  ),
}
