/** Raw HTTPS to a shared listener on 127.0.0.1, its certificate pinned as the only trusted one. */
import { request } from 'node:https'
import { checkServerIdentity, type PeerCertificate } from 'node:tls'

export interface Reply {
  status: number
  body: string
  json: { ok: boolean; value?: unknown; error?: { code: string; message: string } }
  peer: PeerCertificate | null
}

export function httpsCall(
  port: number,
  ca: string,
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: opts.method ?? 'POST',
        headers: opts.headers,
        ca,
        agent: false,
        // Checked against the address connected to, whatever Host header a test sends.
        checkServerIdentity: (_name, cert) => checkServerIdentity('127.0.0.1', cert),
      },
      (res) => {
        const peer = (res.socket as import('node:tls').TLSSocket).getPeerCertificate?.() ?? null
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (c: string) => (body += c))
        res.on('end', () => {
          let json: Reply['json'] = { ok: false }
          try {
            json = JSON.parse(body) as Reply['json']
          } catch {
            // Not JSON: a static file.
          }
          resolve({ status: res.statusCode ?? 0, body, json, peer })
        })
      },
    )
    req.on('error', reject)
    req.end(opts.body)
  })
}
