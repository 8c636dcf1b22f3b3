/**
 * The ledger's users (table `users`, migration 0017) and their logins: add, list, remove,
 * and check a password with the guard against guessing (guard.ts). Messages are Chinese; a
 * refused login says the same for an unknown name as for a wrong password.
 */
import { randomBytes } from 'node:crypto'
import { ROLES, ROLE_LABELS, isRole, type Role } from '../../shared/ipc/access'
import type { Db } from '../db/connection'
import { AppError } from '../errors'
import { AddressGuard, DEFAULT_POLICY, nextTry, type Failures, type GuardPolicy } from './guard'
import { DEFAULT_COST, hashPassword, verifyPassword, type ScryptCost } from './password'

export interface Account {
  id: number
  name: string
  role: Role
  createdAt: string
  updatedAt: string
  /** Set while the account is locked after too many failed logins (ms since 1970). */
  lockedUntil: number | null
}

export interface AccountsOptions {
  /** The clock (ms), for the locks and waits; tests turn it by hand. */
  now?: () => number
  cost?: ScryptCost
  policy?: Partial<GuardPolicy>
}

export const MIN_PASSWORD = 8
const MAX_PASSWORD = 200
export const BAD_LOGIN = '用户名或密码错误。'

interface Row {
  id: number
  name: string
  role: string
  password: string
  failed_logins: number
  last_failed_at: number | null
  locked_until: number | null
  created_at: string
  updated_at: string
}

const toAccount = (r: Row): Account => ({
  id: r.id,
  name: r.name,
  role: r.role as Role,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  lockedUntil: r.locked_until,
})

/** The user name as kept: NFKC, trimmed, 1–40 characters, no control characters. */
export function checkName(raw: string): string {
  const name = raw.normalize('NFKC').trim()
  if (name === '') throw new AppError('VALIDATION', '请填写用户名。')
  if ([...name].length > 40) throw new AppError('VALIDATION', '用户名不能超过 40 个字。')
  if ([...name].some((c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127))
    throw new AppError('VALIDATION', '用户名不能含控制字符。')
  return name
}

export function checkPassword(password: string): void {
  if (password === '') throw new AppError('VALIDATION', '密码不能为空。')
  if ([...password].length < MIN_PASSWORD) throw new AppError('VALIDATION', `密码至少 ${MIN_PASSWORD} 个字符。`)
  if ([...password].length > MAX_PASSWORD) throw new AppError('VALIDATION', `密码不能超过 ${MAX_PASSWORD} 个字符。`)
}

export class Accounts {
  private readonly now: () => number
  private readonly cost: ScryptCost
  private readonly policy: GuardPolicy
  private readonly addresses: AddressGuard
  /** Failures of names that are not users: refused the same way, so a guesser learns nothing. */
  private readonly unknown = new Map<string, Failures>()
  private decoy: Promise<string> | null = null

  constructor(
    private readonly db: Db,
    opts: AccountsOptions = {},
  ) {
    this.now = opts.now ?? Date.now
    this.cost = opts.cost ?? DEFAULT_COST
    this.policy = { ...DEFAULT_POLICY, ...opts.policy }
    this.addresses = new AddressGuard(this.policy)
  }

  private stamp(): string {
    return new Date(this.now()).toISOString()
  }

  private row(name: string): Row | undefined {
    return this.db.prepare('SELECT * FROM users WHERE name = ?').get(name) as Row | undefined
  }

  async add(rawName: string, role: string, password: string): Promise<Account> {
    const name = checkName(rawName)
    if (!isRole(role))
      throw new AppError('VALIDATION', `角色应为 ${ROLES.map((r) => `${r}(${ROLE_LABELS[r]})`).join('、')} 之一。`)
    checkPassword(password)
    if (this.row(name)) throw new AppError('DUPLICATE', `用户“${name}”已存在。`)
    const hash = await hashPassword(password, this.cost)
    const at = this.stamp()
    try {
      const r = this.db
        .prepare('INSERT INTO users (name, role, password, created_at, updated_at) VALUES (?, ?, ?, ?, ?) RETURNING *')
        .get(name, role, hash, at, at) as Row
      return toAccount(r)
    } catch (e) {
      if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE')
        throw new AppError('DUPLICATE', `用户“${name}”已存在。`)
      throw e
    }
  }

  list(): Account[] {
    return (this.db.prepare('SELECT * FROM users ORDER BY name').all() as Row[]).map(toAccount)
  }

  byId(id: number): Account | null {
    const r = this.db.prepare('SELECT * FROM users WHERE id = ?').get(id) as Row | undefined
    return r ? toAccount(r) : null
  }

  hasAdmin(): boolean {
    return this.db.prepare("SELECT 1 FROM users WHERE role = 'admin' LIMIT 1").get() !== undefined
  }

  /** Removes a user; the last 管理员 stays, so the ledger can always be managed. */
  remove(rawName: string): Account {
    const name = checkName(rawName)
    return this.db.transaction(() => {
      const r = this.row(name)
      if (!r) throw new AppError('NOT_FOUND', `没有名为“${name}”的用户。`)
      if (r.role === 'admin') {
        const admins = this.db.prepare("SELECT count(*) FROM users WHERE role = 'admin'").pluck().get() as number
        if (admins <= 1) throw new AppError('LAST_ADMIN', `“${r.name}”是唯一的管理员,不能删除。请先添加另一位管理员。`)
      }
      this.db.prepare('DELETE FROM users WHERE id = ?').run(r.id)
      return toAccount(r)
    })()
  }

  /**
   * Checks a login from `address`. Refusals: UNAUTHORIZED (wrong name or password, one message
   * for both), TOO_MANY_ATTEMPTS (a try before its wait is over), LOCKED (10 failures in a row).
   */
  async login(rawName: string, password: string, address: string): Promise<Account> {
    const now = this.now()
    const name = typeof rawName === 'string' ? rawName.normalize('NFKC').trim() : ''
    const addressWait = this.addresses.nextTry(address, now)
    if (now < addressWait) throw tooMany(addressWait - now)
    const row = name === '' ? undefined : this.row(name)
    const before = row ? failuresOf(row) : (this.unknown.get(name.toLowerCase()) ?? empty())
    if (before.lockedUntil !== null && now >= before.lockedUntil) {
      // The lock is over: a fresh start.
      before.count = 0
      before.lastAt = null
      before.lockedUntil = null
    }
    const next = nextTry(before, this.policy)
    if (now < next) throw before.lockedUntil !== null ? locked(before.lockedUntil - now) : tooMany(next - now)
    // Counted before the check, so parallel guesses cannot pass the count; a success takes it back.
    const after = this.recordFailure(row, name, before, now)
    this.addresses.fail(address, now)
    const ok =
      typeof password === 'string' && password.length <= MAX_PASSWORD * 4
        ? await verifyPassword(row?.password ?? (await this.decoyHash()), password)
        : false
    if (ok && row) {
      this.db
        .prepare('UPDATE users SET failed_logins = 0, last_failed_at = NULL, locked_until = NULL WHERE id = ?')
        .run(row.id)
      this.addresses.succeed(address)
      return toAccount({ ...row, failed_logins: 0, last_failed_at: null, locked_until: null })
    }
    if (after.lockedUntil !== null)
      throw new AppError(
        'LOCKED',
        `${BAD_LOGIN}连续 ${this.policy.lockAfter} 次登录失败,该账户已锁定 ${minutes(this.policy.lockMs)} 分钟。`,
      )
    throw new AppError('UNAUTHORIZED', BAD_LOGIN)
  }

  private recordFailure(row: Row | undefined, name: string, before: Failures, now: number): Failures {
    const count = before.count + 1
    const lockedUntil = count >= this.policy.lockAfter ? now + this.policy.lockMs : null
    const after: Failures = { count, lastAt: now, lockedUntil }
    if (row) {
      this.db
        .prepare('UPDATE users SET failed_logins = ?, last_failed_at = ?, locked_until = ? WHERE id = ?')
        .run(count, now, lockedUntil, row.id)
    } else if (name !== '') {
      if (this.unknown.size >= 10_000) this.unknown.clear()
      this.unknown.set(name.toLowerCase(), after)
    }
    return after
  }

  private decoyHash(): Promise<string> {
    this.decoy ??= hashPassword(randomBytes(12).toString('base64'), this.cost)
    return this.decoy
  }
}

const empty = (): Failures => ({ count: 0, lastAt: null, lockedUntil: null })

function failuresOf(r: Row): Failures {
  return { count: r.failed_logins, lastAt: r.last_failed_at, lockedUntil: r.locked_until }
}

const minutes = (ms: number) => Math.max(1, Math.ceil(ms / 60_000))

function tooMany(waitMs: number): AppError {
  const secs = Math.max(1, Math.ceil(waitMs / 1000))
  const when = secs < 120 ? `${secs} 秒` : `${minutes(waitMs)} 分钟`
  return new AppError('TOO_MANY_ATTEMPTS', `登录尝试过于频繁,请 ${when}后再试。`)
}

function locked(waitMs: number): AppError {
  return new AppError('LOCKED', `连续登录失败次数过多,账户已暂时锁定,请 ${minutes(waitMs)} 分钟后再试。`)
}
