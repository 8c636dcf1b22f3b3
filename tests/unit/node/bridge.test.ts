import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBridge, type Bridge } from '../../../src/main/bridge/server'
import { memoryBackend } from '../../support/ledger'

/** Raw HTTP so the test controls the Host header, which fetch does not allow. */
function call(
  bridge: Bridge,
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: bridge.port, path, method: opts.method ?? 'GET', headers: opts.headers },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (c: string) => (body += c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }))
      },
    )
    req.on('error', reject)
    if (opts.body) req.write(opts.body)
    req.end()
  })
}

describe('loopback bridge', () => {
  let bridge: Bridge
  const backend = memoryBackend()
  const api = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
    call(bridge, `/api/${channel}`, {
      method: 'POST',
      headers: {
        Host: `127.0.0.1:${bridge.port}`,
        'Content-Type': 'application/json',
        'X-BizLedger-Token': bridge.token,
        ...headers,
      },
      body: JSON.stringify(body),
    })

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bizledger-web-'))
    mkdirSync(join(dir, 'assets'))
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>营商台账</title>')
    writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)')
    bridge = await startBridge({ backend, staticDir: dir })
  })
  afterAll(() => bridge.close())

  it('listens on 127.0.0.1 only and puts the token in the URL fragment', () => {
    expect(bridge.server.address()).toMatchObject({ address: '127.0.0.1' })
    expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}/#token=${bridge.token}`)
    expect(bridge.token.length).toBeGreaterThanOrEqual(32)
  })

  it('answers a call that carries the token', async () => {
    const r = await api('partner:create', { name: '杨浦科创' })
    expect(r.status).toBe(200)
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { name: '杨浦科创' } })
    const stats = await api('app:stats', null)
    expect(JSON.parse(stats.body)).toMatchObject({ ok: true, value: { partners: 1 } })
  })

  it('refuses a call without the token or with a wrong one, changing nothing', async () => {
    const before = backend.stats().partners
    const none = await call(bridge, '/api/partner:create', {
      method: 'POST',
      headers: { Host: `127.0.0.1:${bridge.port}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: '不该出现' }),
    })
    expect(none.status).toBe(401)
    const wrong = await api('partner:create', { name: '不该出现' }, { 'X-BizLedger-Token': 'x'.repeat(32) })
    expect(wrong.status).toBe(401)
    expect(backend.stats().partners).toBe(before)
  })

  it('refuses a foreign Host header (DNS rebinding) even with the token', async () => {
    const r = await api('app:stats', null, { Host: `evil.example:${bridge.port}` })
    expect(r.status).toBe(421)
    const page = await call(bridge, '/', { headers: { Host: 'evil.example' } })
    expect(page.status).toBe(421)
  })

  it('sends no CORS header and refuses non-JSON posts', async () => {
    const r = await api('app:stats', null, { Origin: 'http://evil.example' })
    expect(r.headers['access-control-allow-origin']).toBeUndefined()
    const form = await api('app:stats', null, { 'Content-Type': 'text/plain' })
    expect(form.status).toBe(415)
  })

  it('answers malformed JSON and unknown channels with a clean error', async () => {
    const bad = await call(bridge, '/api/app:stats', {
      method: 'POST',
      headers: {
        Host: `127.0.0.1:${bridge.port}`,
        'Content-Type': 'application/json',
        'X-BizLedger-Token': bridge.token,
      },
      body: '{not json',
    })
    expect(bad.status).toBe(400)
    expect(JSON.parse(bad.body).ok).toBe(false)
    const unknown = await api('fs:read', { path: '/etc/passwd' })
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } })
  })

  it('serves the renderer, falls back to index.html, and never leaves its folder', async () => {
    const host = { Host: `localhost:${bridge.port}` }
    const index = await call(bridge, '/', { headers: host })
    expect(index.status).toBe(200)
    expect(index.body).toContain('营商台账')
    const js = await call(bridge, '/assets/app.js', { headers: host })
    expect(js.headers['content-type']).toContain('javascript')
    for (const p of ['/../../../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2f..%2fetc/passwd']) {
      const r = await call(bridge, p, { headers: host })
      expect(r.body, p).not.toContain('root:')
    }
  })

  it('takes uploads only with the token and as raw bytes, names them safely, and reads them back by id', async () => {
    const up = (name: string, headers: Record<string, string>) =>
      call(bridge, `/upload?name=${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { Host: `127.0.0.1:${bridge.port}`, ...headers },
        body: '企业名称\n甲公司\n',
      })
    const raw = { 'Content-Type': 'application/octet-stream' }
    expect((await up('a.csv', raw)).status).toBe(401)
    const token = { 'X-BizLedger-Token': bridge.token }
    expect((await up('a.csv', { ...token, 'Content-Type': 'multipart/form-data' })).status).toBe(415)
    const bad = await up('../a.csv', { ...token, ...raw })
    expect(bad.status).toBe(400)
    expect(JSON.parse(bad.body).error.message).toContain('文件名无效')
    const ok = await up('名录.csv', { ...token, ...raw })
    expect(ok.status).toBe(200)
    const { value } = JSON.parse(ok.body) as { value: { id: string; name: string; size: number } }
    expect(value).toMatchObject({ name: '名录.csv', size: Buffer.byteLength('企业名称\n甲公司\n') })
    const preview = JSON.parse((await api('import:preview', { file: value.id })).body)
    expect(preview).toMatchObject({ ok: true, value: { file: '名录.csv', kind: 'enterprises' } })
  })
})
