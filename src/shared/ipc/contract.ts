/**
 * The one API between the renderer and main: channel -> { input schema, output type }.
 * Main validates every input with these schemas before a handler runs (the renderer is
 * untrusted); the preload, the loopback bridge and the renderer client are all built from it.
 */
import { z } from 'zod'
import {
  buildingSchema,
  campaignSchema,
  dictionarySchema,
  enterpriseSchema,
  eventSchema,
  organisationSchema,
  partnerSchema,
  rentReliefSchema,
  requestSchema,
  servicePointSchema,
  staffSchema,
  visitSchema,
  type Building,
  type Campaign,
  type DictionaryEntry,
  type Enterprise,
  type Event,
  type Organisation,
  type Partner,
  type RentRelief,
  type Request,
  type ServicePoint,
  type Staff,
  type Stats,
  type Visit,
} from '../domain'
import type { CampaignPlan, StatusChange } from '../domain/campaign-plan'
import { dashboardFilterSchema, type Dashboard } from '../domain/dashboard'
import type {
  AuditEntry,
  BuildingProfile,
  EnterpriseProfile,
  PartnerProfile,
  SearchHit,
  StaffProfile,
} from '../domain/profiles'
import { dashboardChannels } from './channels/dashboard'
import { dedupeChannels } from './channels/dedupe'
import { exportChannels } from './channels/export'
import { fieldBookChannels } from './channels/fieldbooks'
import { backupChannels } from './channels/backup'
import { historyChannels } from './channels/history'
import { importChannels } from './channels/import'
import { reportChannels } from './channels/reports'
import { viewDeleteInput, viewListInput, viewSaveInput, type SavedView } from './channels/views'
import { gridQuerySchema, gridWhereSchema, type GridPage } from './grid'

export interface Channel<I extends z.ZodType, O> {
  input: I
  /** Type only: never read at run time. */
  output?: O
}
function channel<O>() {
  return <I extends z.ZodType>(input: I): Channel<I, O> => ({ input })
}

const idInput = z.strictObject({ id: z.number().int().positive() })
const listInput = z.strictObject({}).optional()
const deleteInput = z.strictObject({
  id: z.number().int().positive(),
  /** Also delete the records that depend on this one (visits, requests, ...). */
  cascade: z.boolean().optional(),
})

/** '诉求 3 件、走访记录 12 条': how messages and confirmations name what depends on a record. */
export function listDependents(deps: readonly Dependent[]): string {
  return deps.map((d) => `${d.label} ${d.count} ${d.unit}`).join('、')
}

/** A kind of record that depends on the one being deleted, with how many there are. */
export interface Dependent {
  label: string
  count: number
  /** Counting word: 件, 条, 家 … */
  unit: string
  /** Deleted along with the record when the caller confirms; otherwise only unlinked. */
  cascades: boolean
}

export interface DeleteResult {
  deleted: number
  cascaded: Dependent[]
  /** The audit batch of the whole delete, cascade included: what an undo reverses. */
  batch: string
}

export interface BulkUpdateResult {
  updated: number
  /** The audit batch: one undoable change. */
  batch: string
}

type ObjectLike = z.ZodObject<z.ZodRawShape>

/**
 * The channels every ledger has. `list` returns every record (for pickers of small ledgers);
 * grids page through `query`. The update patch is checked again, merged, in main.
 */
function crud<N extends string, S extends ObjectLike, R>(name: N, schema: S) {
  const patch = z.strictObject(schema.shape).partial()
  const bulk = z
    .strictObject({
      /** The selected rows, or every row matching `where` ("select all filtered"). */
      ids: z.array(z.number().int().positive()).max(200_000).optional(),
      where: gridWhereSchema.optional(),
      patch,
    })
    .refine((b) => (b.ids === undefined) !== (b.where === undefined), { message: '请指定要修改的行' })
  return {
    [`${name}:query`]: channel<GridPage<R>>()(gridQuerySchema),
    [`${name}:bulkUpdate`]: channel<BulkUpdateResult>()(bulk),
    [`${name}:list`]: channel<R[]>()(listInput),
    [`${name}:get`]: channel<R>()(idInput),
    [`${name}:create`]: channel<R>()(schema),
    [`${name}:update`]: channel<R>()(z.strictObject({ id: z.number().int().positive(), patch })),
    [`${name}:delete`]: channel<DeleteResult>()(deleteInput),
    [`${name}:dependents`]: channel<Dependent[]>()(idInput),
  } as {
    [K in `${N}:query`]: Channel<typeof gridQuerySchema, GridPage<R>>
  } & {
    [K in `${N}:bulkUpdate`]: Channel<typeof bulk, BulkUpdateResult>
  } & {
    [K in `${N}:list`]: Channel<typeof listInput, R[]>
  } & { [K in `${N}:get`]: Channel<typeof idInput, R> } & {
    [K in `${N}:create`]: Channel<S, R>
  } & {
    [K in `${N}:update`]: Channel<z.ZodObject<{ id: z.ZodNumber; patch: typeof patch }>, R>
  } & { [K in `${N}:delete`]: Channel<typeof deleteInput, DeleteResult> } & {
    [K in `${N}:dependents`]: Channel<typeof idInput, Dependent[]>
  }
}

export interface AppInfo {
  version: string
  dbPath: string
  user: string
  /** True until the user chose demo data or a blank ledger on first run. */
  needsSetup: boolean
  stats: Stats
  /** Set when the ledger was opened read-only, with the reason (it lies on a network drive). */
  readOnly?: string | null
}

export const contract = {
  'app:info': channel<AppInfo>()(z.strictObject({}).optional()),
  'app:stats': channel<Stats>()(z.strictObject({}).optional()),
  /** First run: load the demo ledger (only into an empty database) or start blank. */
  'app:setup': channel<Stats>()(
    z.strictObject({
      mode: z.enum(['demo', 'blank']),
      seed: z
        .number()
        .int()
        .min(0)
        .max(2 ** 31)
        .optional(),
    }),
  ),
  ...crud<'enterprise', typeof enterpriseSchema, Enterprise>('enterprise', enterpriseSchema),
  ...crud<'building', typeof buildingSchema, Building>('building', buildingSchema),
  ...crud<'staff', typeof staffSchema, Staff>('staff', staffSchema),
  ...crud<'partner', typeof partnerSchema, Partner>('partner', partnerSchema),
  ...crud<'campaign', typeof campaignSchema, Campaign>('campaign', campaignSchema),
  ...crud<'visit', typeof visitSchema, Visit>('visit', visitSchema),
  ...crud<'request', typeof requestSchema, Request>('request', requestSchema),
  ...crud<'rentRelief', typeof rentReliefSchema, RentRelief>('rentRelief', rentReliefSchema),
  ...crud<'event', typeof eventSchema, Event>('event', eventSchema),
  ...crud<'organisation', typeof organisationSchema, Organisation>('organisation', organisationSchema),
  ...crud<'servicePoint', typeof servicePointSchema, ServicePoint>('servicePoint', servicePointSchema),
  ...crud<'dictionary', typeof dictionarySchema, DictionaryEntry>('dictionary', dictionarySchema),
  'enterprise:profile': channel<EnterpriseProfile>()(idInput),
  'building:profile': channel<BuildingProfile>()(idInput),
  'partner:profile': channel<PartnerProfile>()(idInput),
  'staff:profile': channel<StaffProfile>()(idInput),
  /** Ctrl+K: firms, buildings, partners and staff by name, pinyin, initials or credit code. */
  'search:global': channel<SearchHit[]>()(
    z.strictObject({ term: z.string().max(100), limit: z.number().int().min(1).max(50).optional() }),
  ),
  'audit:history': channel<AuditEntry[]>()(
    z.strictObject({ entity: z.string().max(40), id: z.number().int().positive() }),
  ),
  'campaign:plan': channel<CampaignPlan>()(idInput),
  /** Gives firms of a campaign to a visitor; staffId null takes them back. */
  'campaign:assign': channel<{ assigned: number }>()(
    z.strictObject({
      campaignId: z.number().int().positive(),
      enterpriseIds: z.array(z.number().int().positive()).min(1).max(10_000),
      staffId: z.number().int().positive().nullable(),
    }),
  ),
  /** A visit and the requests raised in it, saved together. */
  'visit:record': channel<{ visit: Visit; requests: Request[] }>()(
    z.strictObject({
      visit: visitSchema,
      requests: z
        .array(
          z.strictObject(requestSchema.shape).omit({ enterpriseId: true, visitId: true }).partial({ receivedOn: true }),
        )
        .max(30),
    }),
  ),
  'request:timeline': channel<StatusChange[]>()(idInput),
  /** Firms named in a pasted list (sign-in sheets): matched by name or credit code. */
  'event:matchFirms': channel<{ matched: { id: number; name: string }[]; missing: string[] }>()(
    z.strictObject({ text: z.string().max(50_000) }),
  ),
  /** 首页: key figures and every chart's series for one filter. */
  'dashboard:get': channel<Dashboard>()(dashboardFilterSchema),
  'view:list': channel<SavedView[]>()(viewListInput),
  'view:save': channel<SavedView>()(viewSaveInput),
  'view:delete': channel<{ deleted: number }>()(viewDeleteInput),
  ...dashboardChannels,
  ...importChannels,
  ...reportChannels,
  ...exportChannels,
  ...historyChannels,
  ...backupChannels,
  ...fieldBookChannels,
  ...dedupeChannels,
}

export type Contract = typeof contract
export type ChannelName = keyof Contract & string
export type InputOf<C extends ChannelName> = z.input<Contract[C]['input']>
export type OutputOf<C extends ChannelName> = NonNullable<Contract[C]['output']>
export const CHANNELS = Object.keys(contract) as ChannelName[]

export function isChannel(name: string): name is ChannelName {
  return Object.hasOwn(contract, name)
}

/** What crosses every boundary: handlers never throw across it. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody }

export interface ApiErrorBody {
  /** Stable, for code to branch on: VALIDATION, NOT_FOUND, HAS_DEPENDENTS, CONFLICT, ... */
  code: string
  /** Chinese, for the user. */
  message: string
  /** Per-field messages for forms and cells: field -> message. */
  fields?: Record<string, string>
  dependents?: Dependent[]
}
