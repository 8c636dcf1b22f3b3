import { buildRawApi, type RawApi } from '../../../shared/ipc/api'
import type { Result } from '../../../shared/ipc/contract'

import { TOKEN_HEADER } from '../../../shared/ipc/bridge'
const TOKEN_KEY = 'bizledger.token'

/**
 * The bridge's per-run token comes in the URL fragment (never sent to a server, never in
 * logs) and is kept for the tab's lifetime so a reload still works.
 */
export function bridgeToken(): string | null {
  const m = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash)
  if (m) {
    sessionStorage.setItem(TOKEN_KEY, m[1])
    // Drop the token from the address bar but keep a page route beside it (#/enterprise&token=…).
    const rest = window.location.hash.replace(/(?:^#|&)token=[A-Za-z0-9_-]+/, '').replace(/^#?&?/, '')
    history.replaceState(null, '', window.location.pathname + window.location.search + (rest ? `#${rest}` : ''))
    return m[1]
  }
  return sessionStorage.getItem(TOKEN_KEY)
}

/** window.bizledger for a plain browser: the same contract over HTTP on 127.0.0.1. */
export function bridgeApi(token: string): RawApi {
  return buildRawApi(async (channel, input) => {
    try {
      const res = await fetch(`/api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify(input === undefined ? null : input),
      })
      return (await res.json()) as Result<unknown>
    } catch (e) {
      return { ok: false, error: { code: 'BRIDGE_DOWN', message: `无法连接本地服务: ${(e as Error).message}` } }
    }
  })
}
