/**
 * The shared listener's security set (issue #21), over TLS on 127.0.0.1 with the host's own
 * certificate pinned: login, sessions (none, expired, forged, another user's), brute force slowed
 * and locked, a foreign Host refused, every writing channel refused to 只读 and every 管理员 one
 * to 录入 as the channel table says, uploads for 录入 and above, fuzzed payloads as over the
 * loopback bridge, and the loopback bridge still bound to 127.0.0.1 alone.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { Accounts, BAD_LOGIN } from '../../../src/main/accounts/accounts'
import { openBackend } from '../../../src/main/app/open'
import type { Backend } from '../../../src/main/app/backend'
import { startBridge } from '../../../src/main/bridge/server'
import { startShared, type SharedListener } from '../../../src/main/bridge/share'
import { CHANNEL_ACCESS, type Access } from '../../../src/shared/ipc/access'
import { CHANNELS } from '../../../src/shared/ipc/contract'
import { fuzzChannels, fuzzEnvelopes, ledgerState } from '../../support/fuzz'
import { httpsCall } from '../../support/https'

const CHEAP = { N: 1024, r: 8, p: 1 }
const IDLE = 30 * 60_000
const FUZZ_RUNS = Number(process.env.FUZZ_RUNS_SHARED ?? 8)

describe('shared listener', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bizledger-share-'))
  const dbPath = join(dir, '台账.db')
  const clock = { t: Date.UTC(2026, 0, 5, 9) }
  let backend: Backend
  let accounts: Accounts
  let shared: SharedListener
  const sessions: Record<string, string> = {}

  const call = (path: string, opts: { headers?: Record<string, string>; body?: string; method?: string } = {}) =>
    httpsCall(shared.port, shared.cert.cert, path, {
      ...opts,
      headers: { Host: `127.0.0.1:${shared.port}`, 'Content-Type': 'application/json', ...opts.headers },
    })
  const as = (session: string | undefined, channel: string, input: unknown = null) =>
    call(`/api/${channel}`, {
      headers: session === undefined ? {} : { 'X-BizLedger-Session': session },
      body: JSON.stringify(input),
    })
  const login = (name: string, password: string, address?: string) =>
    call('/api/session:login', {
      body: JSON.stringify({ name, password }),
      headers: address ? { 'X-Forwarded-For': address } : {},
    })

  beforeAll(async () => {
    backend = openBackend(dbPath, '测试员')
    accounts = new Accounts(backend.db, { now: () => clock.t, cost: CHEAP })
    await accounts.add('王主任', 'admin', 'admin-password')
    await accounts.add('小李', 'editor', 'editor-password')
    await accounts.add('访客', 'viewer', 'viewer-password')
    shared = await startShared({
      backend,
      accounts,
      dbPath,
      host: '127.0.0.1',
      port: 0,
      idleMs: IDLE,
      now: () => clock.t,
    })
  })
  // Each test signs in afresh: some turn the clock past the sessions' idle time.
  beforeEach(async () => {
    for (const [role, name] of [
      ['admin', '王主任'],
      ['editor', '小李'],
      ['viewer', '访客'],
    ]) {
      const r = await login(name, `${role}-password`)
      expect(r.status, name).toBe(200)
      sessions[role] = (r.json.value as { session: string }).session
    }
  })
  afterAll(async () => {
    await shared.close()
    backend.db.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('listens where it was told, with a certificate kept beside the ledger for its owner only', async () => {
    expect(shared.server.address()).toMatchObject({ address: '127.0.0.1' })
    expect(shared.url).toBe(`https://127.0.0.1:${shared.port}/`)
    expect(shared.cert.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/)
    expect(shared.cert.certPath).toBe(`${dbPath}.share-cert.pem`)
    for (const f of [shared.cert.certPath, shared.cert.keyPath])
      if (process.platform !== 'win32') expect(statSync(f).mode & 0o777, f).toBe(0o600)
    // The peer presents the very certificate whose fingerprint the host shows.
    const r = await as(sessions.viewer, 'app:stats')
    expect(r.peer?.fingerprint256).toBe(shared.cert.fingerprint)
    // A second start reuses it: the colleagues' confirmed fingerprint still holds.
    const again = await startShared({ backend, accounts, dbPath, host: '127.0.0.1', port: 0 })
    expect(again.cert).toMatchObject({ fingerprint: shared.cert.fingerprint, made: false })
    await again.close()
  })

  it('tells its page, unsigned, that it is a shared listener (GET /api/mode), and nothing more', async () => {
    const r = await call('/api/mode', { method: 'GET' })
    expect(r.status).toBe(200)
    expect(r.json).toEqual({ ok: true, value: { mode: 'shared' } })
    expect((await call('/api/mode', { body: 'null' })).status).toBe(405)
  })

  it('signs in with the right password only, one message for an unknown name and a wrong password', async () => {
    clock.t += 120_000
    const wrong = await login('小李', 'not-the-password')
    clock.t += 120_000
    const unknown = await login('没有这个人', 'editor-password')
    for (const r of [wrong, unknown]) {
      expect(r.status).toBe(401)
      expect(r.json).toEqual({ ok: false, error: { code: 'UNAUTHORIZED', message: BAD_LOGIN } })
    }
    const who = await as(sessions.editor, 'session:me')
    expect(who.json).toMatchObject({ ok: true, value: { name: '小李', role: 'editor', roleLabel: '录入' } })
  })

  it('refuses a call with no session, a forged one, or one past its idle time', async () => {
    const before = ledgerState(backend)
    const none = await as(undefined, 'partner:create', { name: '不该出现' })
    const forged = await as('A'.repeat(43), 'partner:create', { name: '不该出现' })
    const loopbackToken = await call('/api/partner:create', {
      headers: { 'X-BizLedger-Token': 'x'.repeat(32) },
      body: JSON.stringify({ name: '不该出现' }),
    })
    for (const r of [none, forged, loopbackToken]) {
      expect(r.status).toBe(401)
      expect(r.json).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } })
      expect(r.json.error?.message).toMatch(/登录/)
    }
    const fresh = (await login('小李', 'editor-password')).json.value as { session: string }
    clock.t += IDLE - 1000
    expect((await as(fresh.session, 'app:stats')).status).toBe(200) // used: idle time starts again
    clock.t += IDLE
    const expired = await as(fresh.session, 'app:stats')
    expect(expired.status).toBe(401)
    // (A login writes its user's row: only the counts are compared.)
    expect(ledgerState(backend).tables).toEqual(before.tables)
  })

  it("never lets one user's session act as another", async () => {
    // The session says who calls; nothing in the request can say otherwise.
    const r = await as(sessions.viewer, 'partner:create', { name: '冒充', user: '王主任', role: 'admin' })
    expect(r.status).toBe(403)
    const spoof = await call('/api/partner:create', {
      headers: {
        'X-BizLedger-Session': sessions.viewer,
        'X-BizLedger-User': encodeURIComponent('王主任'),
        'X-BizLedger-Role': 'admin',
      },
      body: JSON.stringify({ name: '冒充' }),
    })
    expect(spoof.status).toBe(403)
    expect((await as(sessions.viewer, 'session:me')).json.value).toMatchObject({ name: '访客', role: 'viewer' })
    // A removed user's session ends; a new user of the same name is not reached by it.
    const temp = await accounts.add('临时工', 'admin', 'temp-password')
    const tempSession = ((await login('临时工', 'temp-password')).json.value as { session: string }).session
    expect((await as(tempSession, 'backup:status')).status).toBe(200)
    accounts.remove('临时工')
    await accounts.add('临时工', 'admin', 'other-password')
    expect(accounts.list().find((u) => u.name === '临时工')?.id).not.toBe(temp.id)
    expect((await as(tempSession, 'backup:status')).status).toBe(401)
    expect((await as(tempSession, 'session:me')).status).toBe(401)
    // A restored older backup rolls the id counter back: a user made after it may get the id of
    // one who signed in before it. That session does not reach the new user.
    const before = ((await login('临时工', 'other-password')).json.value as { session: string }).session
    const row = backend.db.prepare("SELECT * FROM users WHERE name = '临时工'").get() as Record<string, unknown>
    backend.db.prepare('DELETE FROM users WHERE id = ?').run(row.id)
    backend.db
      .prepare(
        "INSERT INTO users (id, name, role, password, created_at, updated_at) VALUES (?, '后来者', 'admin', ?, ?, ?)",
      )
      .run(row.id, row.password, '2027-01-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z')
    expect((await as(before, 'backup:status')).status).toBe(401)
    backend.db.prepare("DELETE FROM users WHERE name = '后来者'").run()
    await accounts.add('临时工', 'admin', 'other-password')
    // Logging out ends that session only.
    const mine = ((await login('临时工', 'other-password')).json.value as { session: string }).session
    expect((await as(mine, 'session:logout')).status).toBe(200)
    expect((await as(mine, 'app:stats')).status).toBe(401)
    expect((await as(sessions.admin, 'app:stats')).status).toBe(200)
    accounts.remove('临时工')
  })

  const channelsMarked = (...marks: Access[]) => CHANNELS.filter((c) => marks.includes(CHANNEL_ACCESS[c]))

  it('refuses 只读 every writing channel in the channel table (403), and answers it a reading one', async () => {
    const before = ledgerState(backend)
    const writing = channelsMarked('write', 'admin')
    expect(writing.length).toBeGreaterThan(50)
    for (const channel of writing) {
      const r = await as(sessions.viewer, channel, {})
      expect(r.status, channel).toBe(403)
      expect(r.json, channel).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      expect(r.json.error?.message).toMatch(/只读/)
    }
    expect(ledgerState(backend)).toEqual(before)
    const read = await as(sessions.viewer, 'app:stats')
    expect(read.status).toBe(200)
    expect(read.json).toMatchObject({ ok: true, value: { partners: 0 } })
    const exported = await as(sessions.viewer, 'export:view', {})
    expect(exported.status).not.toBe(403)
  })

  it('refuses 录入 every 管理员 channel, and lets it write records', async () => {
    const before = ledgerState(backend)
    for (const channel of channelsMarked('admin')) {
      const r = await as(sessions.editor, channel, {})
      expect(r.status, channel).toBe(403)
      expect(r.json.error?.code).toBe('FORBIDDEN')
    }
    expect(ledgerState(backend)).toEqual(before)
    const made = await as(sessions.editor, 'partner:create', { name: '杨浦科创' })
    expect(made.json).toMatchObject({ ok: true, value: { name: '杨浦科创' } })
    // Recorded under the signed-in user, not the host's 设置 name or OS account.
    const id = (made.json.value as { id: number }).id
    const history = await as(sessions.viewer, 'audit:history', { entity: 'partner', id })
    expect(history.json).toMatchObject({ ok: true, value: [{ actor: '小李', action: 'create' }] })
    expect((await as(sessions.viewer, 'app:info')).json).toMatchObject({ ok: true, value: { user: '访客' } })
    expect(backend.audit.actor).toBe('测试员')
    const admin = await as(sessions.admin, 'backup:status')
    expect(admin.json).toMatchObject({ ok: true })
  })

  it('takes uploads from 录入 and 管理员 only', async () => {
    const up = (session?: string) =>
      call('/upload?name=a.csv', {
        headers: {
          'Content-Type': 'application/octet-stream',
          ...(session ? { 'X-BizLedger-Session': session } : {}),
        },
        body: '企业名称\n甲公司\n',
      })
    expect((await up()).status).toBe(401)
    const viewer = await up(sessions.viewer)
    expect(viewer.status).toBe(403)
    expect(viewer.json.error?.code).toBe('FORBIDDEN')
    const editor = await up(sessions.editor)
    expect(editor.status).toBe(200)
    const id = (editor.json.value as { id: string }).id
    const preview = await as(sessions.editor, 'import:preview', { file: id })
    expect(preview.json).toMatchObject({ ok: true, value: { kind: 'enterprises' } })
    expect((await as(sessions.viewer, 'import:preview', { file: id })).status).toBe(403)
    // The import runs on a connection of its own, awaited: still recorded under its user.
    const run = await as(sessions.editor, 'import:run', { file: id, kind: 'enterprises' })
    expect(run.json).toMatchObject({ ok: true })
    const batches = await as(sessions.viewer, 'import:batches', {})
    expect(batches.json).toMatchObject({ ok: true, value: [{ actor: '小李' }] })
  })

  it('refuses a Host header that does not name this machine (421), even signed in', async () => {
    const evil = await as(sessions.admin, 'app:stats', null)
    expect(evil.status).toBe(200)
    for (const host of [`evil.example:${shared.port}`, 'evil.example', `127.0.0.1:${shared.port + 1}`, '127.0.0.1']) {
      const r = await call('/api/app:stats', { headers: { Host: host, 'X-BizLedger-Session': sessions.admin } })
      expect(r.status, host).toBe(421)
      const page = await call('/', { method: 'GET', headers: { Host: host } })
      expect(page.status, host).toBe(421)
      const signIn = await call('/api/session:login', {
        headers: { Host: host },
        body: JSON.stringify({ name: '王主任', password: 'admin-password' }),
      })
      expect(signIn.status, host).toBe(421)
    }
    const local = await call('/api/app:stats', {
      headers: { Host: `localhost:${shared.port}`, 'X-BizLedger-Session': sessions.admin },
    })
    expect(local.status).toBe(200)
  })

  it('slows a brute force over the network and locks the account after 10 failures', async () => {
    await accounts.add('目标', 'editor', 'target-password')
    clock.t += 3600_000
    const statuses: number[] = []
    for (let i = 0; i < 40 && !statuses.includes(423); i++) {
      const r = await login('目标', `guess-${i}`)
      statuses.push(r.json.error?.code === 'LOCKED' ? 423 : r.status)
      if (r.status === 429) expect(r.json.error?.message).toMatch(/后再试|已锁定/)
      // A guesser who waits 20 s each time still meets the growing wait, then the lock.
      clock.t += 20_000
    }
    expect(statuses.filter((s) => s === 401)).toHaveLength(9)
    expect(statuses).toContain(429)
    expect(statuses.at(-1)).toBe(423)
    // The account is locked: the right password is refused for 15 minutes.
    clock.t += 60_000
    const locked = await login('目标', 'target-password')
    expect(locked.status).toBe(429)
    expect(locked.json.error?.code).toBe('LOCKED')
    clock.t += 15 * 60_000
    // Still within the address's window of failures: wait that out too, then it opens.
    clock.t += 15 * 60_000
    expect((await login('目标', 'target-password')).status).toBe(200)
  })

  it('refuses fuzzed payloads on every channel as over the loopback bridge, changing nothing', async () => {
    clock.t += 60_000
    const session = ((await login('王主任', 'admin-password')).json.value as { session: string }).session
    const post = (path: string, body: string, type = 'application/json') =>
      call(path, { headers: { 'Content-Type': type, 'X-BizLedger-Session': session }, body }).then((r) => ({
        status: r.status,
        body: r.body,
      }))
    const before = ledgerState(backend)
    const sent = await fuzzChannels(post, FUZZ_RUNS)
    expect(sent).toBeGreaterThanOrEqual(CHANNELS.length * FUZZ_RUNS)
    await fuzzEnvelopes(post)
    expect(ledgerState(backend)).toEqual(before)
    // Fuzzed logins: refused cleanly, never a crash.
    for (const body of [
      '{',
      '[]',
      '{"name":1}',
      '{"name":"王主任"}',
      'null',
      JSON.stringify({ name: 'x'.repeat(5000), password: 'y' }),
    ]) {
      const r = await call('/api/session:login', { body })
      expect([400, 401, 429], body).toContain(r.status)
      expect(r.json.ok).toBe(false)
    }
    expect((await as(session, 'app:stats')).status).toBe(200)
  }, 180_000)
})

describe('sharing off', () => {
  it('the loopback bridge listens on 127.0.0.1 and nowhere else', async () => {
    const backend = openBackend(':memory:', '测试员')
    const bridge = await startBridge({ backend })
    try {
      expect(bridge.server.address()).toEqual({ address: '127.0.0.1', family: 'IPv4', port: bridge.port })
      // Not a shared listener: a page served here keeps using the token and shows no login.
      const mode = await fetch(`http://127.0.0.1:${bridge.port}/api/mode`)
      expect(mode.status).toBe(405)
    } finally {
      await bridge.close()
      backend.db.close()
    }
  })
})
