/**
 * Every channel, through the loopback bridge, fed random and malformed payloads (fast-check):
 * each answer is a clean `{ok:false}` error in Chinese, the server stays up, and the database is
 * not changed at all. Payloads the contract would accept are left out: those are real requests.
 * The Electron upload channel's own checks get the same treatment.
 */
import { request } from 'node:http'
import fc from 'fast-check'
import { z } from 'zod'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uploadResult } from '../../../src/main/files/upload-result'
import { startBridge, type Bridge } from '../../../src/main/bridge/server'
import { CHANNELS, contract } from '../../../src/shared/ipc/contract'
import { memoryBackend, seedBasics } from '../../support/ledger'

const RUNS = Number(process.env.FUZZ_RUNS ?? 40)

function post(bridge: Bridge, path: string, body: string, contentType = 'application/json') {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: bridge.port,
        path,
        method: 'POST',
        headers: { Host: `127.0.0.1:${bridge.port}`, 'Content-Type': contentType, 'X-BizLedger-Token': bridge.token },
      },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (c: string) => (text += c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }))
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

/** Values of every JSON shape, with the keys and numbers that break careless code. */
const nasty = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', '../../etc/passwd', 'C:\\Windows\\win.ini', '\u0000', ''),
  fc.constantFrom(-1, 0, 1.5, 2 ** 53, -(2 ** 63), 1e308),
  fc.string({ maxLength: 30 }),
)
const payload = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.dictionary(
    fc.oneof(nasty.map(String), fc.constantFrom('id', 'patch', 'ids', 'where', 'file', 'batch', 'name')),
    fc.oneof(nasty, fc.jsonValue({ maxDepth: 2 })),
    { maxKeys: 4 },
  ),
  fc.record({ id: fc.oneof(nasty, fc.jsonValue()) }),
  fc.record({
    id: fc.integer({ min: 1, max: 5 }),
    patch: fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 })),
  }),
)

describe('every channel refuses malformed input cleanly', () => {
  let bridge: Bridge
  const backend = memoryBackend()
  seedBasics(backend)
  const changes = () => backend.db.prepare('SELECT total_changes()').pluck().get() as number
  const fingerprint = () =>
    backend.db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index%'",
      )
      .pluck()
      .all()
      .map(
        (t) =>
          `${t as string}:${
            backend.db
              .prepare(`SELECT count(*) FROM "${t as string}"`)
              .pluck()
              .get() as number
          }`,
      )
      .join(',')

  beforeAll(async () => {
    bridge = await startBridge({ backend })
  })
  afterAll(() => bridge.close())

  it(`sends ${RUNS} malformed payloads to each of the ${CHANNELS.length} channels`, async () => {
    const before = { changes: changes(), tables: fingerprint() }
    let sent = 0
    for (const channel of CHANNELS) {
      const schema = contract[channel].input
      await fc.assert(
        fc.asyncProperty(
          payload.filter((p) => !schema.safeParse(p).success),
          async (p) => {
            const r = await post(bridge, `/api/${encodeURIComponent(channel)}`, JSON.stringify(p))
            sent++
            expect(r.status, channel).toBe(200)
            const body = JSON.parse(r.body) as { ok: boolean; error?: { code: string; message: string } }
            expect(body.ok, `${channel} accepted ${JSON.stringify(p)}`).toBe(false)
            expect(body.error?.code).toBe('VALIDATION')
            expect(body.error?.message).toMatch(/[\u4e00-\u9fa5]/)
          },
        ),
        { numRuns: RUNS, seed: 20240605 },
      )
    }
    expect(sent).toBeGreaterThanOrEqual(CHANNELS.length * RUNS)
    expect({ changes: changes(), tables: fingerprint() }).toEqual(before)
  }, 120_000)

  it('refuses bodies that are not JSON, unknown channels and the wrong content type', async () => {
    const before = changes()
    await fc.assert(
      fc.asyncProperty(
        // (An empty body is "no input", which some channels take.)
        fc.string({ minLength: 1, maxLength: 200 }).filter((s) => {
          if (s.trim() === '') return false
          try {
            JSON.parse(s)
            return false
          } catch {
            return true
          }
        }),
        fc.constantFrom(...CHANNELS),
        async (text, channel) => {
          const r = await post(bridge, `/api/${channel}`, text)
          expect(r.status).toBe(400)
          expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
        },
      ),
      { numRuns: 60, seed: 7 },
    )
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 40 }), async (name) => {
        fc.pre(!CHANNELS.includes(name as never))
        const r = await post(bridge, `/api/${encodeURIComponent(name)}`, '{}')
        expect(JSON.parse(r.body)).toMatchObject({ ok: false })
      }),
      { numRuns: 60, seed: 8 },
    )
    const form = await post(bridge, '/api/enterprise:create', 'name=x', 'application/x-www-form-urlencoded')
    expect(form.status).toBe(415)
    expect(changes()).toBe(before)
    // Still serving.
    const info = await post(bridge, '/api/app:info', 'null')
    expect(JSON.parse(info.body)).toMatchObject({ ok: true })
  })

  it('no channel takes a path: files are named by upload id or backup name only', () => {
    const keys = new Set<string>()
    const walk = (node: unknown): void => {
      if (!node || typeof node !== 'object') return
      const props = (node as { properties?: Record<string, unknown> }).properties
      if (props) for (const k of Object.keys(props)) keys.add(k)
      for (const v of Object.values(node)) walk(v)
    }
    for (const channel of CHANNELS)
      walk(z.toJSONSchema(contract[channel].input, { unrepresentable: 'any', io: 'input' }))
    expect([...keys].filter((k) => /path|dir|folder|url/i.test(k))).toEqual([])
    expect(keys.has('file')).toBe(true) // the upload id (uploadIdSchema)
  })

  it('the upload channel checks its name and bytes, whatever the page sends', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.anything(),
        fc.oneof(fc.anything(), fc.uint8Array({ maxLength: 64 })),
        async (name, bytes) => {
          const r = await uploadResult(backend, name, bytes)
          if (typeof name !== 'string' || !(bytes instanceof Uint8Array)) expect(r.ok).toBe(false)
          if (!r.ok) expect(r.error.message).toMatch(/[\u4e00-\u9fa5]/)
          else expect(r.value.name).not.toMatch(/[\\/]/)
        },
      ),
      { numRuns: 200, seed: 9 },
    )
  })
})
