/**
 * The loopback bridge: the built renderer and the same contract over HTTP, for browsers and
 * tests on machines where Electron cannot run. Bound to 127.0.0.1 only; every API call must
 * carry the per-run token; the Host header must name this server (against DNS rebinding);
 * no CORS headers, so no other origin can read an answer.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createReadStream, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'
import { TOKEN_HEADER } from '../../shared/ipc/bridge'
import { UPLOAD_ROUTE } from '../../shared/ipc/files'
import { AppError } from '../errors'
import { dispatchAsync, toErrorBody, type Caller, type Gate } from '../ipc/dispatch'

const MAX_BODY = 5 * 1024 * 1024
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
}

export interface Bridge {
  server: Server
  port: number
  token: string
  /** Open this in a browser: the token travels in the fragment. */
  url: string
  close(): Promise<void>
}

export interface BridgeOptions {
  /** The Backend, or the LedgerHost holding it. */
  backend: Gate
  /** The built renderer (out/renderer); without it only the API is served. */
  staticDir?: string
  port?: number
  token?: string
}

/** What a refused request is answered with. */
export interface Refusal {
  status: number
  body: unknown
}

/**
 * How a listener knows who is calling: the loopback bridge by its per-run token, the shared
 * listener (share.ts) by a user's session. Everything else about a request is handled once, here.
 */
export interface Door {
  /** Whether the Host header names this server (against DNS rebinding). */
  hostAllowed(host: string): boolean
  /**
   * Who makes an API call or an upload: a user (checked against the channel table by the gate),
   * undefined for the machine's own user (the loopback token), or the refusal to send.
   */
  admit(req: IncomingMessage, what: 'api' | 'upload'): Caller | undefined | Refusal
  /** Requests the door answers itself (the shared listener's login); true when it did. */
  route?(req: IncomingMessage, res: ServerResponse, pathname: string): boolean
}

const isRefusal = (r: Caller | Refusal | undefined): r is Refusal => r !== undefined && 'status' in r

/** The request handling both listeners share: the API, uploads and the built renderer. */
export function bridgeHandler(opts: { backend: Gate; staticDir?: string; door: Door }): RequestListener {
  const { backend, door } = opts
  return (req, res) => {
    security(res)
    if (!door.hostAllowed(req.headers.host ?? '')) return send(res, 421, { error: 'Host not allowed' })
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    if (door.route?.(req, res, url.pathname)) return
    const isApi = url.pathname.startsWith('/api/')
    let caller: Caller | undefined
    if (isApi || url.pathname === UPLOAD_ROUTE) {
      if (req.method !== 'POST') return send(res, 405, { error: 'POST only' })
      let admitted: Caller | Refusal | undefined
      try {
        admitted = door.admit(req, isApi ? 'api' : 'upload')
      } catch (e) {
        // (The ledger could not be read to check the session: say so, and keep serving.)
        return send(res, 500, { ok: false, error: toErrorBody(e) })
      }
      if (isRefusal(admitted)) return send(res, admitted.status, admitted.body)
      caller = admitted
    }
    if (url.pathname === UPLOAD_ROUTE) {
      // Raw bytes, streamed to the upload folder with its size limit; a form post cannot send this type.
      if (req.headers['content-type'] !== 'application/octet-stream') {
        return send(res, 415, { ok: false, error: { code: 'BAD_INPUT', message: '上传须为文件内容' } })
      }
      return backend.uploads
        .save(url.searchParams.get('name') ?? '', req)
        .then((value) => send(res, 200, { ok: true, value }))
        .catch((e: Error) => {
          const code = e instanceof AppError ? e.code : 'UPLOAD_FAILED'
          send(res, 400, { ok: false, error: { code, message: e.message } })
          req.resume()
        })
    }
    if (isApi) {
      if (!isJson(req)) return send(res, 415, { ok: false, error: { code: 'BAD_INPUT', message: '请求须为 JSON' } })
      const channel = decodeURIComponent(url.pathname.slice('/api/'.length))
      return readJson(req)
        .then((input) => dispatchAsync(backend, channel, input, caller))
        .then((result) => send(res, !result.ok && result.error.code === 'FORBIDDEN' ? 403 : 200, result))
        .catch((e: Error) => send(res, 400, { ok: false, error: { code: 'BAD_INPUT', message: e.message } }))
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { error: 'GET only' })
    if (!opts.staticDir) return send(res, 404, { error: 'not found' })
    serveStatic(opts.staticDir, url.pathname, res)
  }
}

/** A form post from another page cannot set this type without a preflight we never answer. */
export function isJson(req: IncomingMessage): boolean {
  return String(req.headers['content-type'] ?? '').startsWith('application/json')
}

export async function startBridge(opts: BridgeOptions): Promise<Bridge> {
  const token = opts.token ?? randomBytes(24).toString('base64url')
  const expected = Buffer.from(token)
  let port = 0
  const door: Door = {
    hostAllowed: (host) => host === `127.0.0.1:${port}` || host === `localhost:${port}`,
    admit(req) {
      const given = Buffer.from(String(req.headers[TOKEN_HEADER.toLowerCase()] ?? ''))
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        return { status: 401, body: { ok: false, error: { code: 'UNAUTHORIZED', message: '访问令牌无效' } } }
      }
      return undefined
    },
  }
  const server = createServer(bridgeHandler({ backend: opts.backend, staticDir: opts.staticDir, door }))
  // Loopback only: sharing with the office is the shared listener's job (share.ts), never this one's.
  port = await listen(server, opts.port ?? 0, '127.0.0.1')
  return {
    server,
    port,
    token,
    url: `http://127.0.0.1:${port}/#token=${token}`,
    close: () => closeServer(server),
  }
}

/** Listens on `host:port` and answers the port it got (0 asks for any free one). */
export async function listen(server: Server, port: number, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  return (server.address() as AddressInfo).port
}

/** Stops listening and ends the idle keep-alive connections, so the close does not wait on them. */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve())
    server.closeIdleConnections()
  })
}

function security(res: ServerResponse) {
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('X-Frame-Options', 'DENY')
  res.setHeader('Referrer-Policy', 'no-referrer')
  res.setHeader('Cache-Control', 'no-store')
}

export function send(res: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' })
  res.end(text)
}

export function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size > MAX_BODY) {
        reject(new Error('请求过大'))
        req.destroy()
      } else chunks.push(c)
    })
    req.on('end', () => {
      try {
        const text = Buffer.concat(chunks).toString('utf8')
        const value: unknown = text === '' ? undefined : JSON.parse(text)
        // The browser client sends null for "no input"; the contract says undefined.
        resolve(value === null ? undefined : value)
      } catch {
        reject(new Error('请求不是有效的 JSON'))
      }
    })
    req.on('error', reject)
  })
}

function serveStatic(root: string, pathname: string, res: ServerResponse) {
  const rel = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '')
  let file = join(root, rel === '' ? 'index.html' : rel)
  if (!file.startsWith(join(root, sep)) && file !== join(root, 'index.html'))
    return send(res, 403, { error: 'forbidden' })
  try {
    if (!statSync(file).isFile()) file = join(root, 'index.html')
  } catch {
    file = join(root, 'index.html')
  }
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' })
  createReadStream(file).pipe(res)
}
