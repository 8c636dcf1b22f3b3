/**
 * The loopback bridge's guards, from outside the page: the token is required, the Host header
 * must name the bridge itself (DNS rebinding), and a proper call gets the contract's envelope.
 */
import { request as httpRequest } from 'node:http'
import { TOKEN_HEADER } from '../../src/shared/ipc/bridge'
import { expect, test } from './fixtures'

interface Reply {
  status: number
  body: unknown
}

/** node:http rather than fetch: fetch will not let a test send a foreign Host header. */
function post(port: number, path: string, headers: Record<string, string>, body = 'null'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path, method: 'POST', headers: { 'Content-Type': 'application/json', ...headers } },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null })
        })
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

test.use({ dataset: 'blank' })

test('an /api call without the token is refused with 401', async ({ app }) => {
  const { port } = app.bridge
  const r = await post(port, '/api/app:stats', { Host: `127.0.0.1:${port}` })
  expect(r.status).toBe(401)
  expect(r.body).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } })

  const wrong = await post(port, '/api/app:stats', { Host: `127.0.0.1:${port}`, [TOKEN_HEADER]: 'x'.repeat(32) })
  expect(wrong.status).toBe(401)
})

test('a request naming another host is refused, even with the token', async ({ app }) => {
  const { port, token } = app.bridge
  const r = await post(port, '/api/app:stats', { Host: `evil.example:${port}`, [TOKEN_HEADER]: token })
  expect(r.status).toBe(421)
  expect(JSON.stringify(r.body)).not.toContain('enterprises')
})

test('a good call answers with the envelope, and the page itself works over the bridge', async ({ app }) => {
  const { port, token } = app.bridge
  const r = await post(port, '/api/app:stats', { Host: `127.0.0.1:${port}`, [TOKEN_HEADER]: token })
  expect(r.status).toBe(200)
  expect(r.body).toMatchObject({ ok: true, value: { enterprises: 0, visits: 0 } })

  const created = await post(
    port,
    '/api/enterprise:create',
    { Host: `localhost:${port}`, [TOKEN_HEADER]: token },
    JSON.stringify({ name: '上海桥接测试有限公司' }),
  )
  expect(created.body).toMatchObject({ ok: true, value: { name: '上海桥接测试有限公司', status: '在营' } })

  // The renderer served by the same bridge sees it.
  await app.open()
  await expect(app.page.getByTestId('status-bar')).toContainText('企业 1 家')
})
