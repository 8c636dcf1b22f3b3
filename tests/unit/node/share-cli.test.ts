/**
 * The shared mode from the command line, as a user runs it (`npm run cli`): users added with the
 * password on standard input, listed and removed; `serve` refusing a ledger with no 管理员, then
 * printing its https address and the certificate's fingerprint and answering over TLS on
 * 127.0.0.1 until SIGTERM.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { CLI, ROOT, cli, cliWithInput } from '../../support/cli'
import { httpsCall } from '../../support/https'

describe('users and serve from the command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bizledger-share-cli-'))
  const db = join(dir, '台账.db')
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('serve refuses a ledger with no 管理员, saying how to add one', () => {
    const r = cli('serve', '--db', db, '--listen', '127.0.0.1:0')
    expect(r.code).toBe(1)
    expect(r.err).toContain('还没有管理员')
    expect(r.err).toContain('users add')
    expect(r.err).toContain('--role admin')
    const bad = cli('serve', '--db', db, '--listen', 'nowhere')
    expect(bad.code).toBe(2)
    expect(bad.err).toContain('--listen')
  })

  it('adds users with the password read from standard input, lists and removes them', () => {
    const added = cliWithInput('管理员的密码123\n', 'users', 'add', '--db', db, '--name', '王主任', '--role', 'admin')
    expect(added.err).toBe('')
    expect(added.code).toBe(0)
    expect(added.out).toContain('管理员')
    expect(cliWithInput('viewer-pass\r\n', 'users', 'add', '--db', db, '--name', '访客', '--role', 'viewer').code).toBe(
      0,
    )
    const empty = cliWithInput('', 'users', 'add', '--db', db, '--name', '小李', '--role', 'editor')
    expect(empty.code).toBe(1)
    expect(empty.err).toContain('密码不能为空')
    const emptyLine = cliWithInput('\nsecond-line\n', 'users', 'add', '--db', db, '--name', '小李', '--role', 'editor')
    expect(emptyLine.code).toBe(1)
    const twice = cliWithInput('another-pass\n', 'users', 'add', '--db', db, '--name', '王主任', '--role', 'viewer')
    expect(twice.code).toBe(1)
    expect(twice.err).toContain('已存在')
    const badRole = cliWithInput('another-pass\n', 'users', 'add', '--db', db, '--name', '小李', '--role', 'boss')
    expect(badRole.code).toBe(2)
    expect(badRole.err).toContain('只读')

    const list = cli('users', 'list', '--db', db, '--json')
    expect(list.code).toBe(0)
    const users = JSON.parse(list.out) as { name: string; role: string; roleLabel: string }[]
    expect(users.map((u) => [u.name, u.role, u.roleLabel])).toEqual([
      ['王主任', 'admin', '管理员'],
      ['访客', 'viewer', '只读'],
    ])
    expect(list.out).not.toContain('密码')
    expect(cli('users', 'list', '--db', db).out).toContain('访客\t只读(viewer)')

    expect(cli('users', 'remove', '--db', db, '--name', '访客').code).toBe(0)
    const gone = cli('users', 'remove', '--db', db, '--name', '访客')
    expect(gone.code).toBe(1)
    expect(gone.err).toContain('没有名为')
    expect(cli('users', 'remove', '--db', db, '--name', '王主任').err).toContain('唯一的管理员')
    expect(cli('users', 'frobnicate', '--db', db).code).toBe(2)
  })

  it('serve prints the address and fingerprint, answers over TLS with that certificate, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [CLI, 'serve', '--db', db, '--listen', '127.0.0.1:0'], {
      cwd: ROOT,
      env: { ...process.env, BIZLEDGER_DB: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    let err = ''
    child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c))
    child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c))
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    try {
      const deadline = Date.now() + 90_000
      while (!/证书指纹/.test(out) && child.exitCode === null && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 100))
      expect(err).toBe('')
      const url = /共享地址: (https:\/\/127\.0\.0\.1:(\d+)\/)/.exec(out)
      const fingerprint = /证书指纹 \(SHA-256\): ((?:[0-9A-F]{2}:){31}[0-9A-F]{2})/.exec(out)
      expect(url, out).not.toBeNull()
      expect(fingerprint, out).not.toBeNull()
      const port = Number(url![2])
      const ca = readFileSync(`${db}.share-cert.pem`, 'utf8')
      const headers = { Host: `127.0.0.1:${port}`, 'Content-Type': 'application/json' }
      const login = await httpsCall(port, ca, '/api/session:login', {
        headers,
        body: JSON.stringify({ name: '王主任', password: '管理员的密码123' }),
      })
      expect(login.peer?.fingerprint256).toBe(fingerprint![1])
      expect(login.status).toBe(200)
      const session = (login.json.value as { session: string }).session
      const stats = await httpsCall(port, ca, '/api/app:stats', {
        headers: { ...headers, 'X-BizLedger-Session': session },
        body: 'null',
      })
      expect(stats.json).toMatchObject({ ok: true, value: { enterprises: 0 } })
      expect((await httpsCall(port, ca, '/api/app:stats', { headers, body: 'null' })).status).toBe(401)
    } finally {
      child.kill('SIGTERM')
    }
    expect(await exited).toBe(0)
    expect(out).toContain('已停止共享')
    // The day's backup, as the app makes at its first start of a day.
    expect(readdirSync(join(dir, 'backups')).some((f) => f.endsWith('-daily.db'))).toBe(true)
  }, 120_000)
})
