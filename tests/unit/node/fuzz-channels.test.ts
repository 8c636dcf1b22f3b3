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
import { fuzzChannels, fuzzEnvelopes, ledgerState } from '../../support/fuzz'
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

describe('every channel refuses malformed input cleanly', () => {
  let bridge: Bridge
  const backend = memoryBackend()
  seedBasics(backend)
  const changes = () => ledgerState(backend).changes
  const fingerprint = () => ledgerState(backend).tables

  beforeAll(async () => {
    bridge = await startBridge({ backend })
  })
  afterAll(() => bridge.close())

  it(`sends ${RUNS} malformed payloads to each of the ${CHANNELS.length} channels`, async () => {
    const before = { changes: changes(), tables: fingerprint() }
    const sent = await fuzzChannels((path, body) => post(bridge, path, body), RUNS)
    expect(sent).toBeGreaterThanOrEqual(CHANNELS.length * RUNS)
    expect({ changes: changes(), tables: fingerprint() }).toEqual(before)
  }, 120_000)

  it('refuses bodies that are not JSON, unknown channels and the wrong content type', async () => {
    const before = changes()
    await fuzzEnvelopes((path, body, type) => post(bridge, path, body, type))
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
