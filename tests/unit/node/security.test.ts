/**
 * The Electron shell's guards, asserted under plain Node with a stand-in for electron: the CSP
 * sent with every response (and the same one in index.html), permissions always refused,
 * navigation and redirects off the app refused, new windows and webviews denied, and the
 * window's web preferences.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { secureWebPreferences } from '../../../src/main/window-options'

type Listener = (...args: unknown[]) => void
const fake = vi.hoisted(() => ({
  permission: null as null | ((wc: unknown, p: string, cb: (ok: boolean) => void) => void),
  check: null as null | ((...a: unknown[]) => boolean),
  headers: null as null | ((d: { responseHeaders: Record<string, string[]> }, cb: (r: unknown) => void) => void),
}))
vi.mock('electron', () => ({
  session: {
    defaultSession: {
      setPermissionRequestHandler: (h: typeof fake.permission) => (fake.permission = h),
      setPermissionCheckHandler: (h: typeof fake.check) => (fake.check = h),
      webRequest: { onHeadersReceived: (h: typeof fake.headers) => (fake.headers = h) },
    },
  },
}))
const { CSP, hardenContents, hardenSession } = await import('../../../src/main/security')

function fakeContents() {
  const on: Record<string, Listener> = {}
  let openHandler: ((d: { url: string }) => { action: string }) | null = null
  return {
    on: (name: string, l: Listener) => (on[name] = l),
    setWindowOpenHandler: (h: typeof openHandler) => (openHandler = h),
    fire(name: string, url?: string) {
      let prevented = false
      on[name]({ preventDefault: () => (prevented = true) }, url)
      return prevented
    },
    open: (url: string) => openHandler!({ url }),
  }
}

describe('the Electron shell', () => {
  it('sends a strict CSP with every response, the same as the page’s own', () => {
    hardenSession()
    let answer: { responseHeaders: Record<string, string[]> } | null = null
    fake.headers!({ responseHeaders: { 'X-Other': ['1'] } }, (r) => (answer = r as typeof answer))
    expect(answer!.responseHeaders['Content-Security-Policy']).toEqual([CSP])
    expect(answer!.responseHeaders['X-Other']).toEqual(['1'])
    const directives = Object.fromEntries(CSP.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]))
    expect(directives['script-src']).toEqual(["'self'"])
    expect(directives['object-src']).toEqual(["'none'"])
    expect(directives['default-src']).toEqual(["'self'"])
    expect(directives['frame-ancestors']).toEqual(["'none'"])
    expect(CSP).not.toMatch(/unsafe-eval|\*|http:|https:/)
    const html = readFileSync(join(__dirname, '../../../src/renderer/index.html'), 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)![1]
    // frame-ancestors has no effect in a meta tag; everything else is the same policy.
    expect(meta).toBe(CSP.replace("; frame-ancestors 'none'", ''))
  })

  it('refuses every permission request and check', () => {
    hardenSession()
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      let granted: boolean | null = null
      fake.permission!({}, p, (ok) => (granted = ok))
      expect(granted, p).toBe(false)
      expect(fake.check!({}, p)).toBe(false)
    }
  })

  it('keeps the window on the app: navigation, redirects, new windows and webviews refused', () => {
    const contents = fakeContents()
    const trusted = (url: string) => url === 'file:///app/index.html'
    hardenContents(contents as never, trusted)
    expect(contents.fire('will-navigate', 'https://example.com/')).toBe(true)
    expect(contents.fire('will-navigate', 'file:///tmp/evil.html')).toBe(true)
    expect(contents.fire('will-navigate', 'file:///app/index.html')).toBe(false)
    expect(contents.fire('will-redirect', 'http://127.0.0.1:1/')).toBe(true)
    expect(contents.fire('will-attach-webview')).toBe(true)
    expect(contents.open('https://example.com/')).toEqual({ action: 'deny' })
    expect(contents.open('file:///app/index.html')).toEqual({ action: 'deny' })
  })

  it('opens the page sandboxed and isolated, with no Node and no middle-click windows', () => {
    expect(secureWebPreferences('/p.js')).toEqual({
      preload: '/p.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    })
  })
})
