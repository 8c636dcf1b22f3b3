/** The header that carries the loopback bridge's per-run token. */
export const TOKEN_HEADER = 'X-BizLedger-Token'
/** The header that carries a signed-in user's session on the shared listener. */
export const SESSION_HEADER = 'X-BizLedger-Session'

/** The shared listener's own routes (src/main/bridge/share.ts), outside the channel contract. */
export const SHARE_ROUTES = {
  /** GET: {mode:'shared'} from the shared listener; the loopback bridge refuses a GET there. */
  mode: '/api/mode',
  login: '/api/session:login',
  logout: '/api/session:logout',
  me: '/api/session:me',
} as const

/** What `session:me` answers: the signed-in user. */
export interface SessionUser {
  name: string
  role: 'admin' | 'editor' | 'viewer'
  roleLabel: string
}
