/**
 * One mark per channel (docs/architecture.md): what a call does, `read`, `write` or `admin`.
 * The shared mode's roles read it (只读: read; 录入: read and write; 管理员: all), and so do the
 * tests that walk every channel. The type maps every ChannelName: a channel added to the
 * contract without a mark here does not compile.
 *
 * Exports are `read`: they hand back what the caller may already see (只读 may export).
 */
import { LEDGER_NAMES } from './channels/views'
import type { ChannelName } from './contract'

export type Access = 'read' | 'write' | 'admin'

/** Lowest first: each role may do what the ones before it may. */
export const ROLES = ['viewer', 'editor', 'admin'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = { admin: '管理员', editor: '录入', viewer: '只读' }

/** The lowest role a mark lets through. */
export const ROLE_FOR: Record<Access, Role> = { read: 'viewer', write: 'editor', admin: 'admin' }

type LedgerName = (typeof LEDGER_NAMES)[number]
const CRUD = {
  query: 'read',
  list: 'read',
  get: 'read',
  dependents: 'read',
  create: 'write',
  update: 'write',
  delete: 'write',
  bulkUpdate: 'write',
} as const satisfies Record<string, Access>
type CrudChannel = `${LedgerName}:${keyof typeof CRUD}`

function crudMarks(): Record<CrudChannel, Access> {
  const out = {} as Record<CrudChannel, Access>
  for (const ledger of LEDGER_NAMES)
    for (const [action, mark] of Object.entries(CRUD)) out[`${ledger}:${action}` as CrudChannel] = mark
  return out
}

export const CHANNEL_ACCESS: { readonly [K in ChannelName]: Access } = {
  ...crudMarks(),
  'app:info': 'read',
  'app:stats': 'read',
  // Loads the demo into an empty ledger or starts it blank: the ledger's first choice.
  'app:setup': 'admin',
  'enterprise:profile': 'read',
  'building:profile': 'read',
  'partner:profile': 'read',
  'staff:profile': 'read',
  'search:global': 'read',
  'audit:history': 'read',
  'campaign:plan': 'read',
  'campaign:assign': 'write',
  'visit:record': 'write',
  'request:timeline': 'read',
  'event:matchFirms': 'read',
  'dashboard:get': 'read',
  // Saved views and the dashboard's layout are kept in the ledger, for everyone.
  'view:list': 'read',
  'view:save': 'write',
  'view:delete': 'write',
  'dashboard:prefs': 'read',
  'dashboard:open': 'read',
  'dashboard:savePrefs': 'write',
  'dashboard:exportFigures': 'read',
  // An import reads an upload, which only 录入 may send.
  'import:preview': 'write',
  'import:run': 'write',
  'import:progress': 'write',
  'import:cancel': 'write',
  'import:batches': 'read',
  'import:undo': 'write',
  'import:errorWorkbook': 'read',
  // 街道名称 and the like, printed on every report: the office's settings.
  'report:settings': 'read',
  'report:saveSettings': 'admin',
  'export:view': 'read',
  'export:layout': 'read',
  'export:progress': 'read',
  'export:cancel': 'read',
  'history:peek': 'read',
  'history:undo': 'write',
  'history:redo': 'write',
  'history:activity': 'read',
  'history:actors': 'read',
  'history:records': 'read',
  'history:restoreVersion': 'write',
  'history:trash': 'read',
  'history:restore': 'write',
  // Deletes for good what the trash still held: nothing can bring it back.
  'history:purge': 'admin',
  // A backup is the whole ledger; a restore replaces it for everyone.
  'backup:status': 'admin',
  'backup:now': 'admin',
  'backup:check': 'admin',
  'backup:restore': 'admin',
  'backup:restoreLatest': 'admin',
  'settings:get': 'read',
  // The name the audit log records changes under, for the whole ledger.
  'settings:setUser': 'admin',
  'fieldbook:sendTasks': 'write',
  'fieldbook:sendDispatch': 'write',
  'fieldbook:status': 'read',
  'dedupe:find': 'read',
  'dedupe:dismiss': 'write',
  'dedupe:compare': 'read',
  'dedupe:merge': 'write',
  'dedupe:proposals': 'read',
  'dedupe:link': 'write',
  'dedupe:keepGuests': 'write',
  'dedupe:check': 'read',
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value)
}

/** True when `role` reaches `needed`. */
export function roleReaches(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed)
}

/** The lowest role that may call `channel`. */
export function roleFor(channel: ChannelName): Role {
  return ROLE_FOR[CHANNEL_ACCESS[channel]]
}

export function mayCall(role: Role, channel: ChannelName): boolean {
  return roleReaches(role, roleFor(channel))
}
