import { session, type WebContents } from 'electron'

/** Served with every response the window loads (the page's meta CSP says the same). */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // antd and AG Grid inject their styles at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/** No permission (camera, notifications, ...) is ever granted; a ledger needs none. */
export function hardenSession(): void {
  const s = session.defaultSession
  s.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  s.setPermissionCheckHandler(() => false)
  s.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } })
  })
}

/** The window never navigates away from the app and never opens another. */
export function hardenContents(contents: WebContents, isTrusted: (url: string) => boolean): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  contents.on('will-navigate', (event, url) => {
    if (!isTrusted(url)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isTrusted(url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
}
