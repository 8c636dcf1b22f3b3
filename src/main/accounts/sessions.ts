/**
 * Signed-in sessions, held in memory on the host only: a random token for each login, bound to
 * the user's id, ended after an idle time. The map is keyed by the token's SHA-256, so a lookup
 * reveals nothing about other tokens; the role is read from the ledger at each call (sharing.ts),
 * never from the token or the request.
 */
import { createHash, randomBytes } from 'node:crypto'

export const DEFAULT_IDLE_MS = 30 * 60_000

export interface SessionsOptions {
  idleMs?: number
  now?: () => number
}

/** Who a session was given to: the user's id and when that user was made. */
export interface SessionUser {
  id: number
  /**
   * Ids are never reused within one ledger (AUTOINCREMENT), but a restored older backup rolls the
   * counter back: a user added after it may get the id of one who signed in before it. The
   * creation time tells them apart.
   */
  createdAt: string
}

interface Held {
  user: SessionUser
  lastSeen: number
}

const keyOf = (token: string) => createHash('sha256').update(token).digest('base64')

export class Sessions {
  private readonly held = new Map<string, Held>()
  readonly idleMs: number
  private readonly now: () => number

  constructor(opts: SessionsOptions = {}) {
    this.idleMs = opts.idleMs ?? DEFAULT_IDLE_MS
    this.now = opts.now ?? Date.now
  }

  open(user: SessionUser): string {
    this.sweep()
    const token = randomBytes(32).toString('base64url')
    this.held.set(keyOf(token), { user: { id: user.id, createdAt: user.createdAt }, lastSeen: this.now() })
    return token
  }

  /** The user the token was given to, its idle time restarted; null when unknown or expired. */
  check(token: string | undefined): SessionUser | null {
    if (!token || token.length > 200) return null
    const key = keyOf(token)
    const s = this.held.get(key)
    if (!s) return null
    const now = this.now()
    if (now - s.lastSeen >= this.idleMs) {
      this.held.delete(key)
      return null
    }
    s.lastSeen = now
    return s.user
  }

  close(token: string): void {
    this.held.delete(keyOf(token))
  }

  /** Ends every session of a user (removed, or the password changed). */
  closeUser(userId: number): void {
    for (const [key, s] of this.held) if (s.user.id === userId) this.held.delete(key)
  }

  get size(): number {
    return this.held.size
  }

  private sweep() {
    const now = this.now()
    for (const [key, s] of this.held) if (now - s.lastSeen >= this.idleMs) this.held.delete(key)
  }
}
