/**
 * Every channel fed random and malformed payloads (fast-check) over a listener: each answer is a
 * clean `{ok:false}` VALIDATION error in Chinese, and the ledger is not changed at all. Payloads
 * the contract would accept are left out: those are real requests. Used over the loopback bridge
 * (fuzz-channels.test.ts) and over the shared listener with a signed-in 管理员 (share.test.ts).
 */
import fc from 'fast-check'
import { expect } from 'vitest'
import type { Backend } from '../../src/main/app/backend'
import { CHANNELS, contract } from '../../src/shared/ipc/contract'

export type Post = (path: string, body: string, contentType?: string) => Promise<{ status: number; body: string }>

/** Values of every JSON shape, with the keys and numbers that break careless code. */
const nasty = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', '../../etc/passwd', 'C:\\Windows\\win.ini', '\u0000', ''),
  fc.constantFrom(-1, 0, 1.5, 2 ** 53, -(2 ** 63), 1e308),
  fc.string({ maxLength: 30 }),
)
export const payload = fc.oneof(
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

/** What the ledger holds: total changes and every table's count (search index aside). */
export function ledgerState(backend: Backend) {
  const changes = backend.db.prepare('SELECT total_changes()').pluck().get() as number
  const tables = backend.db
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
  return { changes, tables }
}

/** Sends `runs` malformed payloads to each channel; answers how many were sent. */
export async function fuzzChannels(post: Post, runs: number): Promise<number> {
  let sent = 0
  for (const channel of CHANNELS) {
    const schema = contract[channel].input
    await fc.assert(
      fc.asyncProperty(
        payload.filter((p) => !schema.safeParse(p).success),
        async (p) => {
          const r = await post(`/api/${encodeURIComponent(channel)}`, JSON.stringify(p))
          sent++
          expect(r.status, channel).toBe(200)
          const body = JSON.parse(r.body) as { ok: boolean; error?: { code: string; message: string } }
          expect(body.ok, `${channel} accepted ${JSON.stringify(p)}`).toBe(false)
          expect(body.error?.code).toBe('VALIDATION')
          expect(body.error?.message).toMatch(/[\u4e00-\u9fa5]/)
        },
      ),
      { numRuns: runs, seed: 20240605 },
    )
  }
  return sent
}

/** Bodies that are not JSON, unknown channels and a form post: each refused, nothing changed. */
export async function fuzzEnvelopes(post: Post): Promise<void> {
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
        const r = await post(`/api/${channel}`, text)
        expect(r.status).toBe(400)
        expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
      },
    ),
    { numRuns: 60, seed: 7 },
  )
  await fc.assert(
    fc.asyncProperty(fc.string({ maxLength: 40 }), async (name) => {
      fc.pre(!CHANNELS.includes(name as never))
      const r = await post(`/api/${encodeURIComponent(name)}`, '{}')
      expect(JSON.parse(r.body)).toMatchObject({ ok: false })
    }),
    { numRuns: 60, seed: 8 },
  )
  const form = await post('/api/enterprise:create', 'name=x', 'application/x-www-form-urlencoded')
  expect(form.status).toBe(415)
}
