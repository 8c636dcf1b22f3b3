/**
 * The shared listener (issue #21): the same contract as the loopback bridge (server.ts handles
 * every request for both), served to the office network over HTTPS with the host's own
 * certificate (cert.ts). A caller signs in as one of the ledger's users:
 *   POST /api/session:login {"name","password"} → {"ok":true,"value":{"session":"…"}}
 * and sends the session in X-BizLedger-Session with every other call; the gate checks the
 * user's role against the channel table on each one. No cookie is set, so another page cannot
 * make a signed-in request (no CSRF). The Host header must name this machine.
 */
import { createServer, type Server } from 'node:https'
import type { IncomingMessage } from 'node:http'
import { hostname, networkInterfaces } from 'node:os'
import { ROLE_LABELS, roleReaches } from '../../shared/ipc/access'
import { SESSION_HEADER, SHARE_ROUTES } from '../../shared/ipc/bridge'
import { Accounts } from '../accounts/accounts'
import { Sessions } from '../accounts/sessions'
import { AppError } from '../errors'
import { forbidden, toErrorBody, type Caller, type Gate } from '../ipc/dispatch'
import { loadOrMakeCert, type ShareCert } from './cert'
import { bridgeHandler, closeServer, isJson, listen, readJson, send, type Door, type Refusal } from './server'

export interface ShareOptions {
  /** The Backend, or the LedgerHost holding it. */
  backend: Gate
  /** The ledger's users (its database). */
  accounts: Accounts
  /** The ledger file: the certificate is kept beside it. */
  dbPath: string
  /** Where to listen: an address of this machine (0.0.0.0 for all) and a port (0: any free one). */
  host: string
  port: number
  staticDir?: string
  /** How long a session lives unused (default 30 minutes). */
  idleMs?: number
  now?: () => number
}

export interface SharedListener {
  server: Server
  port: number
  /** https://HOST:PORT/ as given to listen on. */
  url: string
  cert: ShareCert
  /** The names a Host header may carry (without the port). */
  names: ReadonlySet<string>
  sessions: Sessions
  close(): Promise<void>
}

export const LOGIN_PATH = SHARE_ROUTES.login
export const LOGOUT_PATH = SHARE_ROUTES.logout
export const ME_PATH = SHARE_ROUTES.me
/**
 * What the page asks first when it has neither the preload nor a loopback token: the shared
 * listener answers {mode:'shared'} (the renderer then shows its login); the loopback bridge
 * refuses a GET there. Tells nothing about the ledger or its users.
 */
export const MODE_PATH = SHARE_ROUTES.mode

const refuse = (status: number, code: string, message: string): Refusal => ({
  status,
  body: { ok: false, error: { code, message } },
})
const NO_SESSION = refuse(401, 'UNAUTHORIZED', '未登录或登录已过期,请重新登录。')

/** This machine's names and addresses, the listen address, and loopback: what a Host may name. */
export function machineNames(listenHost: string): Set<string> {
  const names = new Set(['127.0.0.1', 'localhost', '::1', normalHost(listenHost)])
  const own = hostname().toLowerCase()
  if (own) names.add(own).add(`${own}.local`)
  for (const list of Object.values(networkInterfaces()))
    for (const a of list ?? []) if (!a.address.includes('%')) names.add(a.address.toLowerCase())
  return names
}

const normalHost = (h: string) =>
  h
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')

/** The name and port of a Host header (`name:port`, `[v6]:port`, or a bare name). */
export function splitHost(header: string): { name: string; port: number | null } | null {
  const m = /^(\[[0-9a-fA-F:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/.exec(header)
  if (!m) return null
  return { name: normalHost(m[1]), port: m[2] === undefined ? null : Number(m[2]) }
}

export async function startShared(opts: ShareOptions): Promise<SharedListener> {
  const { accounts } = opts
  const names = machineNames(opts.host)
  const cert = loadOrMakeCert(opts.dbPath, [...names])
  const sessions = new Sessions({ idleMs: opts.idleMs, now: opts.now })
  let port = 0

  /** The signed-in user of a request, read again from the ledger: a role can change, a user go. */
  const callerOf = (req: IncomingMessage): Caller | null => {
    const token = req.headers[SESSION_HEADER.toLowerCase()]
    const held = sessions.check(typeof token === 'string' ? token : undefined)
    const user = held === null ? null : accounts.byId(held.id)
    // The very user it was given to: not a later one under a reused id (after a restore).
    return user && user.createdAt === held?.createdAt ? { name: user.name, role: user.role } : null
  }

  const door: Door = {
    hostAllowed(header) {
      const h = splitHost(header)
      return h !== null && names.has(h.name) && (h.port ?? 443) === port
    },
    admit(req, what) {
      const caller = callerOf(req)
      if (!caller) return NO_SESSION
      // An upload is read only by an import or a restore: 录入 and above.
      if (what === 'upload' && !roleReaches(caller.role, 'editor'))
        return { status: 403, body: { ok: false, error: forbidden(caller.role, 'editor').toBody() } }
      return caller
    },
    route(req, res, pathname) {
      if (pathname === MODE_PATH) {
        if (req.method !== 'GET') send(res, 405, { error: 'GET only' })
        else send(res, 200, { ok: true, value: { mode: 'shared' } })
        return true
      }
      if (pathname !== LOGIN_PATH && pathname !== LOGOUT_PATH && pathname !== ME_PATH) return false
      if (req.method !== 'POST') send(res, 405, { error: 'POST only' })
      else if (!isJson(req)) send(res, 415, { ok: false, error: { code: 'BAD_INPUT', message: '请求须为 JSON' } })
      else if (pathname === LOGIN_PATH) void login(req).then((r) => send(res, r.status, r.body))
      else {
        let caller: Caller | null
        try {
          caller = callerOf(req)
        } catch (e) {
          send(res, 500, { ok: false, error: toErrorBody(e) })
          return true
        }
        if (!caller) send(res, NO_SESSION.status, NO_SESSION.body)
        else if (pathname === ME_PATH)
          send(res, 200, { ok: true, value: { ...caller, roleLabel: ROLE_LABELS[caller.role] } })
        else {
          sessions.close(String(req.headers[SESSION_HEADER.toLowerCase()]))
          send(res, 200, { ok: true, value: null })
        }
        req.resume()
      }
      return true
    },
  }

  const login = async (req: IncomingMessage): Promise<Refusal> => {
    try {
      const input = await readJson(req)
      const { name, password } = (input ?? {}) as { name?: unknown; password?: unknown }
      if (typeof name !== 'string' || typeof password !== 'string')
        throw new AppError('VALIDATION', '请填写用户名和密码。')
      const user = await accounts.login(name, password, req.socket.remoteAddress ?? '')
      return { status: 200, body: { ok: true, value: { session: sessions.open(user) } } }
    } catch (e) {
      if (!(e instanceof AppError)) return refuse(400, 'BAD_INPUT', (e as Error).message)
      const status = { UNAUTHORIZED: 401, TOO_MANY_ATTEMPTS: 429, LOCKED: 429 }[e.code] ?? 400
      return { status, body: { ok: false, error: e.toBody() } }
    }
  }

  const server = createServer(
    { cert: cert.cert, key: cert.key, minVersion: 'TLSv1.2' },
    bridgeHandler({ backend: opts.backend, staticDir: opts.staticDir, door }),
  )
  port = await listen(server, opts.port, opts.host)
  const shown = opts.host.includes(':') ? `[${opts.host}]` : opts.host
  return {
    server,
    port,
    url: `https://${shown}:${port}/`,
    cert,
    names,
    sessions,
    close: () => closeServer(server),
  }
}
