/**
 * The shared mode's accounts (issue #21): scrypt hashes with a salt per user, the lock after 10
 * failed logins for 15 minutes, the growing wait per account and per address, and sessions that
 * end when idle. The clock is turned by hand.
 */
import { describe, expect, it } from 'vitest'
import { Accounts, BAD_LOGIN } from '../../../src/main/accounts/accounts'
import { hashPassword, verifyPassword } from '../../../src/main/accounts/password'
import { Sessions } from '../../../src/main/accounts/sessions'
import { AppError } from '../../../src/main/errors'
import { memoryBackend } from '../../support/ledger'

/** A cheap scrypt cost for tests that log in many times (the default is checked on its own). */
const CHEAP = { N: 1024, r: 8, p: 1 }

function setup() {
  const backend = memoryBackend()
  const clock = { t: Date.UTC(2026, 0, 5, 9, 0, 0) }
  const accounts = new Accounts(backend.db, { now: () => clock.t, cost: CHEAP })
  return { backend, clock, accounts }
}

async function refusal(p: Promise<unknown>): Promise<AppError> {
  try {
    await p
  } catch (e) {
    if (e instanceof AppError) return e
    throw e
  }
  throw new Error('expected a refusal')
}

describe('passwords', () => {
  it('are kept as scrypt hashes with the cost and a salt of their own, never in plain', async () => {
    const a = await hashPassword('正确的马电池订书钉')
    const b = await hashPassword('正确的马电池订书钉')
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/)
    expect(a).not.toContain('正确的马')
    expect(a.split('$')[4]).not.toBe(b.split('$')[4])
    expect(a).not.toBe(b)
    expect(await verifyPassword(a, '正确的马电池订书钉')).toBe(true)
    expect(await verifyPassword(a, '正确的马电池订书')).toBe(false)
    expect(await verifyPassword('plain', 'plain')).toBe(false)
    expect(await verifyPassword('scrypt$99999999$8$1$AA$AA', 'x')).toBe(false)
  })
})

describe('accounts', () => {
  it('adds, lists and removes users; names are unique whatever their case; the last admin stays', async () => {
    const { backend, accounts } = setup()
    await accounts.add('王主任', 'admin', 'password-1')
    await accounts.add('Li', 'editor', 'password-2')
    expect((await refusal(accounts.add('li', 'viewer', 'password-3'))).code).toBe('DUPLICATE')
    expect((await refusal(accounts.add('张三', 'boss', 'password-3'))).message).toContain('只读')
    expect((await refusal(accounts.add('张三', 'viewer', ''))).message).toBe('密码不能为空。')
    expect((await refusal(accounts.add('  ', 'viewer', 'password-3'))).code).toBe('VALIDATION')
    expect(accounts.list().map((u) => [u.name, u.role])).toEqual([
      ['Li', 'editor'],
      ['王主任', 'admin'],
    ])
    const stored = backend.db.prepare('SELECT password FROM users').pluck().all() as string[]
    expect(stored.join()).not.toContain('password-')
    expect(new Set(stored.map((s) => s.split('$')[4])).size).toBe(2)
    expect(() => accounts.remove('王主任')).toThrow('唯一的管理员')
    expect(accounts.remove('LI').name).toBe('Li')
    expect(() => accounts.remove('Li')).toThrow('没有名为')
    expect(accounts.hasAdmin()).toBe(true)
  })

  it('logs in with the right password only, saying the same for an unknown name', async () => {
    const { clock, accounts } = setup()
    const user = await accounts.add('王主任', 'admin', 'password-1')
    expect((await accounts.login('王主任', 'password-1', '127.0.0.1')).id).toBe(user.id)
    const wrong = await refusal(accounts.login('王主任', 'password-2', '127.0.0.1'))
    clock.t += 60_000
    const unknown = await refusal(accounts.login('没有这个人', 'password-1', '127.0.0.2'))
    expect([wrong.code, wrong.message]).toEqual(['UNAUTHORIZED', BAD_LOGIN])
    expect([unknown.code, unknown.message]).toEqual(['UNAUTHORIZED', BAD_LOGIN])
  })

  it('slows failures per account and locks the account for 15 minutes after 10', async () => {
    const { clock, accounts } = setup()
    await accounts.add('小李', 'editor', 'password-1')
    const codes: string[] = []
    for (let i = 1; i <= 10; i++) {
      // Each try from its own address, so only the account's count is at work.
      const e = await refusal(accounts.login('小李', 'wrong-pass', `10.0.0.${i}`))
      codes.push(e.code)
      if (i >= 3) {
        // Straight away again: refused without the password being looked at, even the right one.
        const soon = await refusal(accounts.login('小李', 'password-1', '10.0.1.1'))
        expect(soon.code).toMatch(/TOO_MANY_ATTEMPTS|LOCKED/)
        expect(soon.message).toMatch(/[秒分钟]后再试/)
      }
      clock.t += 61_000
    }
    expect(codes).toEqual([...Array(9).fill('UNAUTHORIZED'), 'LOCKED'])
    // Locked: the right password is refused too, until 15 minutes have passed.
    clock.t += 10 * 60_000
    const stillLocked = await refusal(accounts.login('小李', 'password-1', '10.0.2.1'))
    expect(stillLocked.code).toBe('LOCKED')
    expect(accounts.list()[0].lockedUntil).not.toBeNull()
    clock.t += 5 * 60_000
    expect((await accounts.login('小李', 'password-1', '10.0.2.2')).name).toBe('小李')
    expect(accounts.list()[0].lockedUntil).toBeNull()
  })

  it('the wait grows with each failure: 1 s after the 3rd, then 2 s, 4 s …', async () => {
    const { clock, accounts } = setup()
    await accounts.add('小李', 'editor', 'password-1')
    let address = 0
    const attempt = () => accounts.login('小李', 'wrong-pass', `10.0.0.${++address}`).catch((e: AppError) => e.code)
    expect([await attempt(), await attempt(), await attempt()]).toEqual(Array(3).fill('UNAUTHORIZED'))
    for (const wait of [1000, 2000, 4000, 8000]) {
      clock.t += wait - 1
      expect(await attempt()).toBe('TOO_MANY_ATTEMPTS')
      clock.t += 1
      expect(await attempt()).toBe('UNAUTHORIZED')
    }
  })

  it('slows failures per address across accounts, and an unknown name locks like a known one', async () => {
    const { clock, accounts } = setup()
    await accounts.add('小李', 'editor', 'password-1')
    for (let i = 0; i < 5; i++) await refusal(accounts.login(`猜的名字${i}`, 'x-password', '192.0.2.7'))
    await refusal(accounts.login('猜的名字5', 'x-password', '192.0.2.7'))
    // Six failures from one address: its next try must wait, even for a real user and password.
    expect((await refusal(accounts.login('小李', 'password-1', '192.0.2.7'))).code).toBe('TOO_MANY_ATTEMPTS')
    // Another address is not held up.
    expect((await accounts.login('小李', 'password-1', '192.0.2.8')).name).toBe('小李')
    clock.t += 2000
    expect((await accounts.login('小李', 'password-1', '192.0.2.7')).name).toBe('小李')

    const codes: string[] = []
    for (let i = 1; i <= 10; i++) {
      codes.push((await refusal(accounts.login('不存在的人', 'x-password', `10.1.0.${i}`))).code)
      clock.t += 61_000
    }
    expect(codes.at(-1)).toBe('LOCKED')
  })
})

describe('sessions', () => {
  it('give each login its own token, bound to the user, ended when idle', () => {
    const clock = { t: 0 }
    const sessions = new Sessions({ idleMs: 30 * 60_000, now: () => clock.t })
    const a = sessions.open({ id: 1, createdAt: 'x' })
    const b = sessions.open({ id: 2, createdAt: 'y' })
    expect(a).not.toBe(b)
    expect(a.length).toBeGreaterThanOrEqual(40)
    expect(sessions.check(a)?.id).toBe(1)
    expect(sessions.check(b)).toEqual({ id: 2, createdAt: 'y' })
    expect(sessions.check(a.slice(0, -1) + (a.endsWith('A') ? 'B' : 'A'))).toBeNull()
    expect(sessions.check(undefined)).toBeNull()
    clock.t += 29 * 60_000
    expect(sessions.check(a)?.id).toBe(1) // used: its idle time starts again
    clock.t += 29 * 60_000
    expect(sessions.check(a)?.id).toBe(1)
    expect(sessions.check(b)).toBeNull() // 58 minutes idle
    sessions.closeUser(1)
    expect(sessions.check(a)).toBeNull()
  })
})
