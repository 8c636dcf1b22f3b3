/**
 * The browser client of a shared ledger (issue #21): the page served by the shared listener
 * (src/main/bridge/share.ts) signs in as one of the ledger's users and sends the session in
 * X-BizLedger-Session with every call. The session is kept for the tab's lifetime only
 * (sessionStorage), never in a cookie. A 401 on any call means it is gone (expired, the user
 * removed): listeners are told, and the page returns to the login.
 */
import type { Result } from '../../../shared/ipc/contract'
import { SESSION_HEADER, SHARE_ROUTES, type SessionUser } from '../../../shared/ipc/bridge'

const SESSION_KEY = 'bizledger.session'

export const SESSION_EXPIRED = '登录已过期,请重新登录'

let shared = false
const lostListeners = new Set<() => void>()

/** True once the page knows it was served by the shared listener (see detectShared). */
export function isShared(): boolean {
  return shared
}

export function sessionToken(): string | null {
  try {
    return sessionStorage.getItem(SESSION_KEY)
  } catch {
    return null
  }
}

function keepSession(token: string | null): void {
  try {
    if (token) sessionStorage.setItem(SESSION_KEY, token)
    else sessionStorage.removeItem(SESSION_KEY)
  } catch {
    // Storage refused: the session lasts until the page is reloaded.
  }
}

/** Called when a call answers 401: the session has ended on the host. */
export function onSessionLost(listener: () => void): () => void {
  lostListeners.add(listener)
  return () => {
    lostListeners.delete(listener)
  }
}

function sessionLost(): void {
  keepSession(null)
  for (const l of lostListeners) l()
}

/** Asks the server that served this page whether it is a shared listener. */
export async function detectShared(): Promise<boolean> {
  try {
    const res = await fetch(SHARE_ROUTES.mode, { method: 'GET', cache: 'no-store' })
    if (!res.ok) return false
    const body = (await res.json()) as Result<{ mode?: string }>
    shared = body.ok && body.value.mode === 'shared'
  } catch {
    shared = false
  }
  return shared
}

const down = (e: unknown): Result<never> => ({
  ok: false,
  error: { code: 'BRIDGE_DOWN', message: `无法连接共享台账: ${(e as Error).message}` },
})

async function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Result<unknown>> {
  try {
    const res = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body === undefined ? null : body),
    })
    const answer = (await res.json()) as Result<unknown>
    if (res.status === 401 && path !== SHARE_ROUTES.login) sessionLost()
    return answer
  } catch (e) {
    return down(e)
  }
}

const withSession = (): Record<string, string> => ({ [SESSION_HEADER]: sessionToken() ?? '' })

/** Signs in; the session is kept for this tab. The error's message is the server's (Chinese). */
export async function login(name: string, password: string): Promise<Result<null>> {
  const r = await post(SHARE_ROUTES.login, { name, password })
  if (!r.ok) return r
  keepSession((r.value as { session: string }).session)
  return { ok: true, value: null }
}

/** The signed-in user, or the refusal (401 when the session is gone). */
export async function whoAmI(): Promise<Result<SessionUser>> {
  if (!sessionToken()) return { ok: false, error: { code: 'UNAUTHORIZED', message: SESSION_EXPIRED } }
  return (await post(SHARE_ROUTES.me, null, withSession())) as Result<SessionUser>
}

/** Ends the session on the host (best effort) and forgets it here. */
export async function logout(): Promise<void> {
  if (sessionToken()) await post(SHARE_ROUTES.logout, null, withSession())
  keepSession(null)
}

/** One call of the contract over the shared listener, carrying the session. */
export function sharedSend(channel: string, input: unknown): Promise<Result<unknown>> {
  return post(`/api/${encodeURIComponent(channel)}`, input, withSession())
}

/** Headers for an upload to the shared listener; a 401 answer ends the session here too. */
export function sharedUploadHeaders(): Record<string, string> {
  return withSession()
}

export function uploadRefused(status: number): void {
  if (status === 401) sessionLost()
}
