import type { Stats } from '../../shared/domain'
import type { AppInfo, ChannelName } from '../../shared/ipc/contract'
import type { Db } from '../db/connection'
import { loadDemo } from '../demo/load'
import { AppError } from '../errors'
import { exportHandlers } from '../export/handlers'
import { importHandlers } from '../import/handlers'
import { reportHandlers } from '../reports/handlers'
import { historyHandlers } from '../history/handlers'
import { backupHandlers } from '../backup/handlers'
import { AuditLog } from '../ledger/audit'
import { ledgerHandlers } from '../ledger/handlers'
import { LedgerService } from '../ledger/service'
import { LEDGERS, type LedgerName } from '../ledgers'
import type { Deps, LedgerFile, User } from '../core/deps'
import { Settings } from '../core/settings'
import { Uploads } from '../files/uploads'
import { recordHistory } from '../audit/history'
import { dashboardHandlers } from '../dashboard/handlers'
import { dedupeHandlers } from '../dedupe/handlers'
import { assignFirms, campaignPlan } from '../campaigns/plan'
import { matchFirmNames } from '../campaigns/record'
import { campaignHandlers } from '../campaigns/handlers'
import { fieldBookHandlers } from '../fieldbooks/handlers'
import { enterpriseProfile } from '../profiles/enterprise'
import { buildingProfile, partnerProfile, staffProfile } from '../profiles/others'
import { profileHandlers } from '../profiles/handlers'
import { GridQueries } from '../query/grid'
import { globalSearch } from '../search/global'
import { SavedViews } from '../views/service'
import type { ViewState } from '../../shared/ipc/channels/views'

export interface BackendOptions {
  dbPath: string
  version: string
  /** Who the audit log names: the 设置 user name when one is set, else the default given. */
  actor: string
  /** Why the ledger was opened read-only (on a network drive), shown by the window. */
  readOnly?: string
}

type Handler = (input: never) => unknown

/** Runs a job on a second connection to the same ledger (app/open.ts opens it). */
export type OwnConnection = <T>(backend: Backend, job: (own: Backend) => Promise<T>) => Promise<T>

/**
 * Everything the app does to its database, behind the contract's channels. The Electron IPC
 * layer, the loopback bridge and the CLI all call this; none of it imports electron.
 */
export class Backend implements Deps {
  readonly ledgers: Record<LedgerName, LedgerService>
  /** Paged, filtered reads of each ledger for the grids. */
  readonly grids: Record<LedgerName, GridQueries>
  readonly views: SavedViews
  readonly audit: AuditLog
  readonly settings: Settings
  /** Files the page uploaded, by id, for the channels that read a file. */
  readonly uploads = new Uploads()
  readonly file: LedgerFile
  readonly user: User = {
    set: (name) => this.setUser(name),
    reload: () => this.refreshSettings(),
  }
  private readonly handlers: Record<string, Handler>
  /** The actor given when opening (the OS account in the app): used while no user name is set. */
  private readonly defaultActor: string

  constructor(
    readonly db: Db,
    readonly options: BackendOptions,
    ownConnection: OwnConnection,
  ) {
    this.defaultActor = options.actor
    this.audit = new AuditLog(db, options.actor)
    this.settings = new Settings(db)
    this.refreshSettings()
    const ledgers = {} as Record<LedgerName, LedgerService>
    const resolve = (entity: string) => ledgers[entity as LedgerName]
    for (const [name, def] of Object.entries(LEDGERS)) {
      ledgers[name as LedgerName] = new LedgerService(db, def, this.audit, resolve)
    }
    this.ledgers = ledgers
    const grids = {} as Record<LedgerName, GridQueries>
    for (const [name, def] of Object.entries(LEDGERS)) grids[name as LedgerName] = new GridQueries(db, def)
    this.grids = grids
    this.views = new SavedViews(db)
    this.file = { path: options.dbPath, withOwnConnection: (job) => ownConnection(this, job) }
    this.handlers = this.buildHandlers()
  }

  /** Reads the settings kept in the ledger (again after a restore replaced it). */
  refreshSettings(): void {
    const actor = this.settings.get('user.name') || this.defaultActor
    this.audit.actor = actor
    this.options.actor = actor
  }

  /** The name changes are recorded under; blank goes back to the OS account. */
  setUser(name: string): void {
    this.settings.set('user.name', name.trim())
    this.refreshSettings()
  }

  /** Runs a channel's handler; the input has already been parsed by the contract's schema. */
  handle(channel: ChannelName, input: unknown): unknown {
    const h = this.handlers[channel]
    if (!h) throw new AppError('UNKNOWN_CHANNEL', `未知的操作: ${channel}`)
    return h(input as never)
  }

  stats(): Stats {
    const n = (name: LedgerName) => this.ledgers[name].count()
    return {
      enterprises: n('enterprise'),
      buildings: n('building'),
      staff: n('staff'),
      partners: n('partner'),
      campaigns: n('campaign'),
      visits: n('visit'),
      requests: n('request'),
      rentReliefs: n('rentRelief'),
      events: n('event'),
      organisations: n('organisation'),
      servicePoints: n('servicePoint'),
    }
  }

  info(): AppInfo {
    const stats = this.stats()
    const empty = Object.values(stats).every((v) => v === 0)
    return {
      version: this.options.version,
      dbPath: this.options.dbPath,
      // The signed-in user on the shared listener, else the 设置 name or the OS account.
      user: this.audit.actor,
      needsSetup: empty && this.settings.get('setup') === null && !this.options.readOnly,
      stats,
      readOnly: this.options.readOnly ?? null,
    }
  }

  // The features' reads by name, for the CLI, tests and scripts; the channels reach the same
  // functions through each feature's handlers (buildHandlers).
  search(term: string, limit?: number) {
    return globalSearch(this.db, term, limit)
  }

  profile(_kind: 'enterprise', id: number) {
    return enterpriseProfile(this, id)
  }

  buildingProfile(id: number) {
    return buildingProfile(this, id)
  }

  partnerProfile(id: number) {
    return partnerProfile(this, id)
  }

  staffProfile(id: number) {
    return staffProfile(this, id)
  }

  campaignPlan(id: number) {
    return campaignPlan(this, id)
  }

  assignFirms(campaignId: number, enterpriseIds: number[], staffId: number | null) {
    return assignFirms(this, campaignId, enterpriseIds, staffId)
  }

  matchFirms(text: string) {
    return matchFirmNames(this, text)
  }

  /** First-run choice. Demo data only goes into an empty ledger, never over real records. */
  setup(mode: 'demo' | 'blank', seed = 1, size?: number): Stats {
    if (mode === 'demo') {
      const dictionaryEntries = this.ledgers.dictionary.count()
      if (dictionaryEntries > 0 || Object.values(this.stats()).some((n) => n > 0)) {
        throw new AppError('NOT_EMPTY', '数据库中已有数据,示例数据只能载入空白数据库。')
      }
      loadDemo(this, seed, size)
    }
    this.settings.set('setup', mode)
    return this.stats()
  }

  /** Every channel's handler: the app's own, then each feature's, given only what it uses. */
  private buildHandlers(): Record<string, Handler> {
    return {
      'app:info': () => this.info(),
      'app:stats': () => this.stats(),
      'app:setup': (i: { mode: 'demo' | 'blank'; seed?: number }) => this.setup(i.mode, i.seed),
      'search:global': (i: { term: string; limit?: number }) => this.search(i.term, i.limit),
      'audit:history': (i: { entity: string; id: number }) => recordHistory(this.db, i.entity, i.id),
      'view:list': (i: { ledger: string }) => this.views.list(i.ledger),
      'view:save': (i: { id?: number; ledger: string; name: string; state: ViewState }) => this.views.save(i),
      'view:delete': (i: { id: number }) => this.views.delete(i.id),
      ...ledgerHandlers(this),
      ...profileHandlers(this),
      ...campaignHandlers(this),
      ...dashboardHandlers(this),
      ...importHandlers(this),
      ...exportHandlers(this),
      ...reportHandlers(this),
      ...historyHandlers(this),
      ...backupHandlers(this),
      ...fieldBookHandlers(this),
      ...dedupeHandlers(this),
    }
  }
}
